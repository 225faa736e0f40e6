/**
 * valibot input schemas of every operation, each built the first time it is used.
 *
 * Generated from openapi/spotify.yaml by `npm run generate` (codegen/generate.ts).
 * Do not edit by hand: change the document or the generator, then regenerate.
 */

import * as v from "valibot";

// Built schemas, by component name and by operationId.
const builtComponents = /* @__PURE__ */ new Map<string, unknown>();
const builtInputs = /* @__PURE__ */ new Map<string, unknown>();

/** The schema cached under `key`, built by `build` the first time. */
function once<T>(cache: Map<string, unknown>, key: string, build: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const schema = build();
  cache.set(key, schema);
  return schema;
}

/** Builds the `AddPlaylistItemsRequest` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function AddPlaylistItemsRequestSchema() {
  return once(builtComponents, "AddPlaylistItemsRequest", () =>
    /* @__PURE__ */ v.looseObject({
      uris: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(100, "must have at most 100 items"),
        ),
      ),
      position: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
          /* @__PURE__ */ v.minValue(0, "must be at least 0"),
        ),
      ),
    }),
  );
}

/** Builds the `CreatePlaylistRequest` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function CreatePlaylistRequestSchema() {
  return once(builtComponents, "CreatePlaylistRequest", () =>
    /* @__PURE__ */ v.looseObject({
      name: /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.string(),
        /* @__PURE__ */ v.minLength(1, "must be at least 1 characters"),
      ),
      public: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
      collaborative: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
      description: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
    }),
  );
}

/** Builds the `FollowPlaylistRequest` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function FollowPlaylistRequestSchema() {
  return once(builtComponents, "FollowPlaylistRequest", () =>
    /* @__PURE__ */ v.looseObject({
      public: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
    }),
  );
}

/** Builds the `IdsRequest` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function IdsRequestSchema() {
  return once(builtComponents, "IdsRequest", () =>
    /* @__PURE__ */ v.looseObject({
      ids: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      ),
    }),
  );
}

/** Builds the `PlaybackOffset` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function PlaybackOffsetSchema() {
  return once(builtComponents, "PlaybackOffset", () =>
    /* @__PURE__ */ v.union([
      /* @__PURE__ */ v.looseObject({
        position: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
          /* @__PURE__ */ v.minValue(0, "must be at least 0"),
        ),
      }),
      /* @__PURE__ */ v.looseObject({ uri: /* @__PURE__ */ v.string() }),
    ]),
  );
}

/** Builds the `RepeatState` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function RepeatStateSchema() {
  return once(builtComponents, "RepeatState", () =>
    /* @__PURE__ */ v.picklist(["off", "track", "context"]),
  );
}

/** Builds the `PlaylistDetailsRequest` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function PlaylistDetailsRequestSchema() {
  return once(builtComponents, "PlaylistDetailsRequest", () =>
    /* @__PURE__ */ v.looseObject({
      name: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      public: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
      collaborative: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
      description: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
    }),
  );
}

/** Builds the `PlaylistItemUriObject` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function PlaylistItemUriObjectSchema() {
  return once(builtComponents, "PlaylistItemUriObject", () =>
    /* @__PURE__ */ v.looseObject({ uri: /* @__PURE__ */ v.string() }),
  );
}

/** Builds the `RemovePlaylistItemsRequest` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function RemovePlaylistItemsRequestSchema() {
  return once(builtComponents, "RemovePlaylistItemsRequest", () =>
    /* @__PURE__ */ v.looseObject({
      items: /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.array(PlaylistItemUriObjectSchema()),
        /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
        /* @__PURE__ */ v.maxLength(100, "must have at most 100 items"),
      ),
      snapshot_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
    }),
  );
}

/** Builds the `RemovePlaylistTracksRequest` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function RemovePlaylistTracksRequestSchema() {
  return once(builtComponents, "RemovePlaylistTracksRequest", () =>
    /* @__PURE__ */ v.looseObject({
      tracks: /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.array(PlaylistItemUriObjectSchema()),
        /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
        /* @__PURE__ */ v.maxLength(100, "must have at most 100 items"),
      ),
      snapshot_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
    }),
  );
}

/** Builds the `ReorderOrReplacePlaylistItemsRequest` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function ReorderOrReplacePlaylistItemsRequestSchema() {
  return once(builtComponents, "ReorderOrReplacePlaylistItemsRequest", () =>
    /* @__PURE__ */ v.looseObject({
      uris: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
          /* @__PURE__ */ v.maxLength(100, "must have at most 100 items"),
        ),
      ),
      range_start: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
          /* @__PURE__ */ v.minValue(0, "must be at least 0"),
        ),
      ),
      insert_before: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
          /* @__PURE__ */ v.minValue(0, "must be at least 0"),
        ),
      ),
      range_length: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
          /* @__PURE__ */ v.minValue(1, "must be at least 1"),
        ),
      ),
      snapshot_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
    }),
  );
}

/** Builds the `SaveTracksRequest` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function SaveTracksRequestSchema() {
  return once(builtComponents, "SaveTracksRequest", () =>
    /* @__PURE__ */ v.looseObject({
      ids: /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.array(
          /* @__PURE__ */ v.pipe(
            /* @__PURE__ */ v.string(),
            /* @__PURE__ */ v.regex(
              /^[0-9A-Za-z]+$/,
              "must be a Spotify ID (letters and digits only)",
            ),
          ),
        ),
        /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
        /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
      ),
      timestamped_ids: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.looseObject({
              id: /* @__PURE__ */ v.pipe(
                /* @__PURE__ */ v.string(),
                /* @__PURE__ */ v.regex(
                  /^[0-9A-Za-z]+$/,
                  "must be a Spotify ID (letters and digits only)",
                ),
              ),
              added_at: /* @__PURE__ */ v.string(),
            }),
          ),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      ),
    }),
  );
}

/** Builds the `StartPlaybackRequest` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function StartPlaybackRequestSchema() {
  return once(builtComponents, "StartPlaybackRequest", () =>
    /* @__PURE__ */ v.looseObject({
      context_uri: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      uris: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(/* @__PURE__ */ v.string())),
      offset: /* @__PURE__ */ v.optional(PlaybackOffsetSchema()),
      position_ms: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
          /* @__PURE__ */ v.minValue(0, "must be at least 0"),
        ),
      ),
    }),
  );
}

/** Builds the `TransferPlaybackRequest` component schema, once. */
/* @__NO_SIDE_EFFECTS__ */
function TransferPlaybackRequestSchema() {
  return once(builtComponents, "TransferPlaybackRequest", () =>
    /* @__PURE__ */ v.looseObject({
      device_ids: /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
        /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
        /* @__PURE__ */ v.maxLength(1, "must have at most 1 items"),
      ),
      play: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
    }),
  );
}

/**
 * A factory per operationId building its input schema; each call builds a new schema.
 * {@link inputSchemaOf} builds each one once and keeps it.
 */
export const inputSchemaFactories = {
  /** Inputs of `addPlaylistItems` (POST /playlists/{playlist_id}/items), by location. */
  addPlaylistItems: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          position: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
          uris: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
              /* @__PURE__ */ v.maxLength(100, "must have at most 100 items"),
            ),
          ),
        }),
      ),
      body: /* @__PURE__ */ v.optional(AddPlaylistItemsRequestSchema()),
    }),
  /** Inputs of `addPlaylistTracks` (POST /playlists/{playlist_id}/tracks), by location. */
  addPlaylistTracks: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          position: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
          uris: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
              /* @__PURE__ */ v.maxLength(100, "must have at most 100 items"),
            ),
          ),
        }),
      ),
      body: /* @__PURE__ */ v.optional(AddPlaylistItemsRequestSchema()),
    }),
  /** Inputs of `addToQueue` (POST /me/player/queue), by location. */
  addToQueue: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        uri: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^spotify:(track|episode):[0-9A-Za-z]+$/,
            "must be a spotify:track: or spotify:episode: URI",
          ),
        ),
        device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      }),
    }),
  /** Inputs of `changePlaylistDetails` (PUT /playlists/{playlist_id}), by location. */
  changePlaylistDetails: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      body: PlaylistDetailsRequestSchema(),
    }),
  /** Inputs of `checkFollowing` (GET /me/following/contains), by location. */
  checkFollowing: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        type: /* @__PURE__ */ v.picklist(["artist", "user"]),
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
    }),
  /** Inputs of `checkLibraryContains` (GET /me/library/contains), by location. */
  checkLibraryContains: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        uris: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^spotify:(track|album|episode|show|audiobook|artist|user|playlist):[^:]+$/,
                "must match ^spotify:(track|album|episode|show|audiobook|artist|user|playlist):[^:]+$",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(40, "must have at most 40 items"),
        ),
      }),
    }),
  /** Inputs of `checkPlaylistFollowers` (GET /playlists/{playlist_id}/followers/contains), by location. */
  checkPlaylistFollowers: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          ids: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
              /* @__PURE__ */ v.maxLength(1, "must have at most 1 items"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `checkSavedAlbums` (GET /me/albums/contains), by location. */
  checkSavedAlbums: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(20, "must have at most 20 items"),
        ),
      }),
    }),
  /** Inputs of `checkSavedAudiobooks` (GET /me/audiobooks/contains), by location. */
  checkSavedAudiobooks: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
    }),
  /** Inputs of `checkSavedEpisodes` (GET /me/episodes/contains), by location. */
  checkSavedEpisodes: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
    }),
  /** Inputs of `checkSavedShows` (GET /me/shows/contains), by location. */
  checkSavedShows: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
    }),
  /** Inputs of `checkSavedTracks` (GET /me/tracks/contains), by location. */
  checkSavedTracks: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
    }),
  /** Inputs of `createPlaylist` (POST /me/playlists), by location. */
  createPlaylist: () => /* @__PURE__ */ v.object({ body: CreatePlaylistRequestSchema() }),
  /** Inputs of `createPlaylistForUser` (POST /users/{user_id}/playlists), by location. */
  createPlaylistForUser: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({ user_id: /* @__PURE__ */ v.string() }),
      body: CreatePlaylistRequestSchema(),
    }),
  /** Inputs of `followArtistsOrUsers` (PUT /me/following), by location. */
  followArtistsOrUsers: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        type: /* @__PURE__ */ v.picklist(["artist", "user"]),
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
      body: /* @__PURE__ */ v.optional(IdsRequestSchema()),
    }),
  /** Inputs of `followPlaylist` (PUT /playlists/{playlist_id}/followers), by location. */
  followPlaylist: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      body: /* @__PURE__ */ v.optional(FollowPlaylistRequestSchema()),
    }),
  /** Inputs of `getAlbum` (GET /albums/{id}), by location. */
  getAlbum: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getAlbumTracks` (GET /albums/{id}/tracks), by location. */
  getAlbumTracks: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getArtist` (GET /artists/{id}), by location. */
  getArtist: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
    }),
  /** Inputs of `getArtistAlbums` (GET /artists/{id}/albums), by location. */
  getArtistAlbums: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          include_groups: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.array(
              /* @__PURE__ */ v.picklist(["album", "single", "appears_on", "compilation"]),
            ),
          ),
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(10, "must be at most 10"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getArtistTopTracks` (GET /artists/{id}/top-tracks), by location. */
  getArtistTopTracks: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getAudioAnalysis` (GET /audio-analysis/{id}), by location. */
  getAudioAnalysis: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
    }),
  /** Inputs of `getAudioFeatures` (GET /audio-features/{id}), by location. */
  getAudioFeatures: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
    }),
  /** Inputs of `getAudiobook` (GET /audiobooks/{id}), by location. */
  getAudiobook: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getAudiobookChapters` (GET /audiobooks/{id}/chapters), by location. */
  getAudiobookChapters: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getAvailableDevices` (GET /me/player/devices), by location. */
  getAvailableDevices: () => /* @__PURE__ */ v.object({}),
  /** Inputs of `getAvailableMarkets` (GET /markets), by location. */
  getAvailableMarkets: () => /* @__PURE__ */ v.object({}),
  /** Inputs of `getCategories` (GET /browse/categories), by location. */
  getCategories: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          locale: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getCategory` (GET /browse/categories/{category_id}), by location. */
  getCategory: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({ category_id: /* @__PURE__ */ v.string() }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          locale: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
        }),
      ),
    }),
  /** Inputs of `getCategoryPlaylists` (GET /browse/categories/{category_id}/playlists), by location. */
  getCategoryPlaylists: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({ category_id: /* @__PURE__ */ v.string() }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getChapter` (GET /chapters/{id}), by location. */
  getChapter: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getCurrentUserPlaylists` (GET /me/playlists), by location. */
  getCurrentUserPlaylists: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(100000, "must be at most 100000"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getCurrentUserProfile` (GET /me), by location. */
  getCurrentUserProfile: () => /* @__PURE__ */ v.object({}),
  /** Inputs of `getCurrentlyPlaying` (GET /me/player/currently-playing), by location. */
  getCurrentlyPlaying: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
          additional_types: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.array(/* @__PURE__ */ v.picklist(["track", "episode"])),
          ),
        }),
      ),
    }),
  /** Inputs of `getEpisode` (GET /episodes/{id}), by location. */
  getEpisode: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getFeaturedPlaylists` (GET /browse/featured-playlists), by location. */
  getFeaturedPlaylists: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          locale: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getFollowedArtists` (GET /me/following), by location. */
  getFollowedArtists: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        type: /* @__PURE__ */ v.literal("artist"),
        after: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
        limit: /* @__PURE__ */ v.optional(
          /* @__PURE__ */ v.pipe(
            /* @__PURE__ */ v.number(),
            /* @__PURE__ */ v.integer("must be an integer"),
            /* @__PURE__ */ v.minValue(1, "must be at least 1"),
            /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
          ),
        ),
      }),
    }),
  /** Inputs of `getGenreSeeds` (GET /recommendations/available-genre-seeds), by location. */
  getGenreSeeds: () => /* @__PURE__ */ v.object({}),
  /** Inputs of `getNewReleases` (GET /browse/new-releases), by location. */
  getNewReleases: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getPlaybackState` (GET /me/player), by location. */
  getPlaybackState: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
          additional_types: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.array(/* @__PURE__ */ v.picklist(["track", "episode"])),
          ),
        }),
      ),
    }),
  /** Inputs of `getPlaylist` (GET /playlists/{playlist_id}), by location. */
  getPlaylist: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
          fields: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
          additional_types: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.array(/* @__PURE__ */ v.picklist(["track", "episode"])),
          ),
        }),
      ),
    }),
  /** Inputs of `getPlaylistCoverImage` (GET /playlists/{playlist_id}/images), by location. */
  getPlaylistCoverImage: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
    }),
  /** Inputs of `getPlaylistItems` (GET /playlists/{playlist_id}/items), by location. */
  getPlaylistItems: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
          fields: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
          additional_types: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.array(/* @__PURE__ */ v.picklist(["track", "episode"])),
          ),
        }),
      ),
    }),
  /** Inputs of `getPlaylistTracks` (GET /playlists/{playlist_id}/tracks), by location. */
  getPlaylistTracks: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
          fields: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(100, "must be at most 100"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
          additional_types: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.array(/* @__PURE__ */ v.picklist(["track", "episode"])),
          ),
        }),
      ),
    }),
  /** Inputs of `getQueue` (GET /me/player/queue), by location. */
  getQueue: () => /* @__PURE__ */ v.object({}),
  /** Inputs of `getRecentlyPlayed` (GET /me/player/recently-played), by location. */
  getRecentlyPlayed: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          after: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
            ),
          ),
          before: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getRecommendations` (GET /recommendations), by location. */
  getRecommendations: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(100, "must be at most 100"),
            ),
          ),
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
          seed_artists: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.array(
                /* @__PURE__ */ v.pipe(
                  /* @__PURE__ */ v.string(),
                  /* @__PURE__ */ v.regex(
                    /^[0-9A-Za-z]+$/,
                    "must be a Spotify ID (letters and digits only)",
                  ),
                ),
              ),
              /* @__PURE__ */ v.maxLength(5, "must have at most 5 items"),
            ),
          ),
          seed_genres: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
              /* @__PURE__ */ v.maxLength(5, "must have at most 5 items"),
            ),
          ),
          seed_tracks: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.array(
                /* @__PURE__ */ v.pipe(
                  /* @__PURE__ */ v.string(),
                  /* @__PURE__ */ v.regex(
                    /^[0-9A-Za-z]+$/,
                    "must be a Spotify ID (letters and digits only)",
                  ),
                ),
              ),
              /* @__PURE__ */ v.maxLength(5, "must have at most 5 items"),
            ),
          ),
          min_acousticness: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          max_acousticness: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          target_acousticness: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          min_danceability: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          max_danceability: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          target_danceability: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          min_duration_ms: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
          max_duration_ms: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
          target_duration_ms: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
          min_energy: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          max_energy: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          target_energy: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          min_instrumentalness: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          max_instrumentalness: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          target_instrumentalness: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          min_key: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(11, "must be at most 11"),
            ),
          ),
          max_key: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(11, "must be at most 11"),
            ),
          ),
          target_key: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(11, "must be at most 11"),
            ),
          ),
          min_liveness: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          max_liveness: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          target_liveness: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          min_loudness: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
          max_loudness: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
          target_loudness: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
          min_mode: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          max_mode: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          target_mode: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          min_popularity: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(100, "must be at most 100"),
            ),
          ),
          max_popularity: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(100, "must be at most 100"),
            ),
          ),
          target_popularity: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(100, "must be at most 100"),
            ),
          ),
          min_speechiness: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          max_speechiness: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          target_speechiness: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          min_tempo: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
          max_tempo: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
          target_tempo: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
          min_time_signature: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
            ),
          ),
          max_time_signature: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
            ),
          ),
          target_time_signature: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
            ),
          ),
          min_valence: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          max_valence: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
          target_valence: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getRelatedArtists` (GET /artists/{id}/related-artists), by location. */
  getRelatedArtists: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
    }),
  /** Inputs of `getSavedAlbums` (GET /me/albums), by location. */
  getSavedAlbums: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getSavedAudiobooks` (GET /me/audiobooks), by location. */
  getSavedAudiobooks: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getSavedEpisodes` (GET /me/episodes), by location. */
  getSavedEpisodes: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getSavedShows` (GET /me/shows), by location. */
  getSavedShows: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getSavedTracks` (GET /me/tracks), by location. */
  getSavedTracks: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getSeveralAlbums` (GET /albums), by location. */
  getSeveralAlbums: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(20, "must have at most 20 items"),
        ),
        market: /* @__PURE__ */ v.optional(
          /* @__PURE__ */ v.pipe(
            /* @__PURE__ */ v.string(),
            /* @__PURE__ */ v.regex(
              /^([A-Z]{2}|from_token)$/,
              "must be a two-letter country code such as SE, or from_token",
            ),
          ),
        ),
      }),
    }),
  /** Inputs of `getSeveralArtists` (GET /artists), by location. */
  getSeveralArtists: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
    }),
  /** Inputs of `getSeveralAudioFeatures` (GET /audio-features), by location. */
  getSeveralAudioFeatures: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(100, "must have at most 100 items"),
        ),
      }),
    }),
  /** Inputs of `getSeveralAudiobooks` (GET /audiobooks), by location. */
  getSeveralAudiobooks: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
        market: /* @__PURE__ */ v.optional(
          /* @__PURE__ */ v.pipe(
            /* @__PURE__ */ v.string(),
            /* @__PURE__ */ v.regex(
              /^([A-Z]{2}|from_token)$/,
              "must be a two-letter country code such as SE, or from_token",
            ),
          ),
        ),
      }),
    }),
  /** Inputs of `getSeveralChapters` (GET /chapters), by location. */
  getSeveralChapters: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
        market: /* @__PURE__ */ v.optional(
          /* @__PURE__ */ v.pipe(
            /* @__PURE__ */ v.string(),
            /* @__PURE__ */ v.regex(
              /^([A-Z]{2}|from_token)$/,
              "must be a two-letter country code such as SE, or from_token",
            ),
          ),
        ),
      }),
    }),
  /** Inputs of `getSeveralEpisodes` (GET /episodes), by location. */
  getSeveralEpisodes: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
        market: /* @__PURE__ */ v.optional(
          /* @__PURE__ */ v.pipe(
            /* @__PURE__ */ v.string(),
            /* @__PURE__ */ v.regex(
              /^([A-Z]{2}|from_token)$/,
              "must be a two-letter country code such as SE, or from_token",
            ),
          ),
        ),
      }),
    }),
  /** Inputs of `getSeveralShows` (GET /shows), by location. */
  getSeveralShows: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
        market: /* @__PURE__ */ v.optional(
          /* @__PURE__ */ v.pipe(
            /* @__PURE__ */ v.string(),
            /* @__PURE__ */ v.regex(
              /^([A-Z]{2}|from_token)$/,
              "must be a two-letter country code such as SE, or from_token",
            ),
          ),
        ),
      }),
    }),
  /** Inputs of `getSeveralTracks` (GET /tracks), by location. */
  getSeveralTracks: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        market: /* @__PURE__ */ v.optional(
          /* @__PURE__ */ v.pipe(
            /* @__PURE__ */ v.string(),
            /* @__PURE__ */ v.regex(
              /^([A-Z]{2}|from_token)$/,
              "must be a two-letter country code such as SE, or from_token",
            ),
          ),
        ),
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
    }),
  /** Inputs of `getShow` (GET /shows/{id}), by location. */
  getShow: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getShowEpisodes` (GET /shows/{id}/episodes), by location. */
  getShowEpisodes: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getTopArtists` (GET /me/top/artists), by location. */
  getTopArtists: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          time_range: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.picklist(["long_term", "medium_term", "short_term"]),
          ),
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getTopTracks` (GET /me/top/tracks), by location. */
  getTopTracks: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          time_range: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.picklist(["long_term", "medium_term", "short_term"]),
          ),
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getTrack` (GET /tracks/{id}), by location. */
  getTrack: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          market: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^([A-Z]{2}|from_token)$/,
                "must be a two-letter country code such as SE, or from_token",
              ),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getUserPlaylists` (GET /users/{user_id}/playlists), by location. */
  getUserPlaylists: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({ user_id: /* @__PURE__ */ v.string() }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          limit: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(1, "must be at least 1"),
              /* @__PURE__ */ v.maxValue(50, "must be at most 50"),
            ),
          ),
          offset: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.number(),
              /* @__PURE__ */ v.integer("must be an integer"),
              /* @__PURE__ */ v.minValue(0, "must be at least 0"),
              /* @__PURE__ */ v.maxValue(100000, "must be at most 100000"),
            ),
          ),
        }),
      ),
    }),
  /** Inputs of `getUserProfile` (GET /users/{user_id}), by location. */
  getUserProfile: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({ user_id: /* @__PURE__ */ v.string() }),
    }),
  /** Inputs of `pausePlayback` (PUT /me/player/pause), by location. */
  pausePlayback: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
        }),
      ),
    }),
  /** Inputs of `removeLibraryItems` (DELETE /me/library), by location. */
  removeLibraryItems: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        uris: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^spotify:(track|album|episode|show|audiobook|artist|user|playlist):[^:]+$/,
                "must match ^spotify:(track|album|episode|show|audiobook|artist|user|playlist):[^:]+$",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(40, "must have at most 40 items"),
        ),
      }),
    }),
  /** Inputs of `removePlaylistItems` (DELETE /playlists/{playlist_id}/items), by location. */
  removePlaylistItems: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      body: RemovePlaylistItemsRequestSchema(),
    }),
  /** Inputs of `removePlaylistTracks` (DELETE /playlists/{playlist_id}/tracks), by location. */
  removePlaylistTracks: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      body: RemovePlaylistTracksRequestSchema(),
    }),
  /** Inputs of `removeSavedAlbums` (DELETE /me/albums), by location. */
  removeSavedAlbums: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(20, "must have at most 20 items"),
        ),
      }),
      body: /* @__PURE__ */ v.optional(IdsRequestSchema()),
    }),
  /** Inputs of `removeSavedAudiobooks` (DELETE /me/audiobooks), by location. */
  removeSavedAudiobooks: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
    }),
  /** Inputs of `removeSavedEpisodes` (DELETE /me/episodes), by location. */
  removeSavedEpisodes: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
      body: /* @__PURE__ */ v.optional(IdsRequestSchema()),
    }),
  /** Inputs of `removeSavedShows` (DELETE /me/shows), by location. */
  removeSavedShows: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
        market: /* @__PURE__ */ v.optional(
          /* @__PURE__ */ v.pipe(
            /* @__PURE__ */ v.string(),
            /* @__PURE__ */ v.regex(
              /^([A-Z]{2}|from_token)$/,
              "must be a two-letter country code such as SE, or from_token",
            ),
          ),
        ),
      }),
      body: /* @__PURE__ */ v.optional(IdsRequestSchema()),
    }),
  /** Inputs of `removeSavedTracks` (DELETE /me/tracks), by location. */
  removeSavedTracks: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
      body: /* @__PURE__ */ v.optional(IdsRequestSchema()),
    }),
  /** Inputs of `reorderOrReplacePlaylistItems` (PUT /playlists/{playlist_id}/items), by location. */
  reorderOrReplacePlaylistItems: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          uris: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
              /* @__PURE__ */ v.maxLength(100, "must have at most 100 items"),
            ),
          ),
        }),
      ),
      body: /* @__PURE__ */ v.optional(ReorderOrReplacePlaylistItemsRequestSchema()),
    }),
  /** Inputs of `reorderOrReplacePlaylistTracks` (PUT /playlists/{playlist_id}/tracks), by location. */
  reorderOrReplacePlaylistTracks: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          uris: /* @__PURE__ */ v.optional(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
              /* @__PURE__ */ v.maxLength(100, "must have at most 100 items"),
            ),
          ),
        }),
      ),
      body: /* @__PURE__ */ v.optional(ReorderOrReplacePlaylistItemsRequestSchema()),
    }),
  /** Inputs of `saveAlbums` (PUT /me/albums), by location. */
  saveAlbums: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(20, "must have at most 20 items"),
        ),
      }),
      body: /* @__PURE__ */ v.optional(IdsRequestSchema()),
    }),
  /** Inputs of `saveAudiobooks` (PUT /me/audiobooks), by location. */
  saveAudiobooks: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
    }),
  /** Inputs of `saveEpisodes` (PUT /me/episodes), by location. */
  saveEpisodes: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
      body: /* @__PURE__ */ v.optional(IdsRequestSchema()),
    }),
  /** Inputs of `saveLibraryItems` (PUT /me/library), by location. */
  saveLibraryItems: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        uris: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^spotify:(track|album|episode|show|audiobook|artist|user|playlist):[^:]+$/,
                "must match ^spotify:(track|album|episode|show|audiobook|artist|user|playlist):[^:]+$",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(40, "must have at most 40 items"),
        ),
      }),
    }),
  /** Inputs of `saveShows` (PUT /me/shows), by location. */
  saveShows: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.pipe(
              /* @__PURE__ */ v.string(),
              /* @__PURE__ */ v.regex(
                /^[0-9A-Za-z]+$/,
                "must be a Spotify ID (letters and digits only)",
              ),
            ),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
      body: /* @__PURE__ */ v.optional(IdsRequestSchema()),
    }),
  /** Inputs of `saveTracks` (PUT /me/tracks), by location. */
  saveTracks: () => /* @__PURE__ */ v.object({ body: SaveTracksRequestSchema() }),
  /** Inputs of `search` (GET /search), by location. */
  search: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        q: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.minLength(1, "must be at least 1 characters"),
        ),
        type: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(
            /* @__PURE__ */ v.picklist([
              "album",
              "artist",
              "playlist",
              "track",
              "show",
              "episode",
              "audiobook",
            ]),
          ),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
        ),
        market: /* @__PURE__ */ v.optional(
          /* @__PURE__ */ v.pipe(
            /* @__PURE__ */ v.string(),
            /* @__PURE__ */ v.regex(
              /^([A-Z]{2}|from_token)$/,
              "must be a two-letter country code such as SE, or from_token",
            ),
          ),
        ),
        limit: /* @__PURE__ */ v.optional(
          /* @__PURE__ */ v.pipe(
            /* @__PURE__ */ v.number(),
            /* @__PURE__ */ v.integer("must be an integer"),
            /* @__PURE__ */ v.minValue(1, "must be at least 1"),
            /* @__PURE__ */ v.maxValue(10, "must be at most 10"),
          ),
        ),
        offset: /* @__PURE__ */ v.optional(
          /* @__PURE__ */ v.pipe(
            /* @__PURE__ */ v.number(),
            /* @__PURE__ */ v.integer("must be an integer"),
            /* @__PURE__ */ v.minValue(0, "must be at least 0"),
            /* @__PURE__ */ v.maxValue(1000, "must be at most 1000"),
          ),
        ),
        include_external: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.literal("audio")),
      }),
    }),
  /** Inputs of `seekToPosition` (PUT /me/player/seek), by location. */
  seekToPosition: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        position_ms: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
          /* @__PURE__ */ v.minValue(0, "must be at least 0"),
        ),
        device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      }),
    }),
  /** Inputs of `setPlaybackVolume` (PUT /me/player/volume), by location. */
  setPlaybackVolume: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        volume_percent: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
          /* @__PURE__ */ v.minValue(0, "must be at least 0"),
          /* @__PURE__ */ v.maxValue(100, "must be at most 100"),
        ),
        device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      }),
    }),
  /** Inputs of `setRepeatMode` (PUT /me/player/repeat), by location. */
  setRepeatMode: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        state: RepeatStateSchema(),
        device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      }),
    }),
  /** Inputs of `setShuffle` (PUT /me/player/shuffle), by location. */
  setShuffle: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        state: /* @__PURE__ */ v.boolean(),
        device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      }),
    }),
  /** Inputs of `skipToNext` (POST /me/player/next), by location. */
  skipToNext: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
        }),
      ),
    }),
  /** Inputs of `skipToPrevious` (POST /me/player/previous), by location. */
  skipToPrevious: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
        }),
      ),
    }),
  /** Inputs of `startPlayback` (PUT /me/player/play), by location. */
  startPlayback: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.object({
          device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
        }),
      ),
      body: /* @__PURE__ */ v.optional(StartPlaybackRequestSchema()),
    }),
  /** Inputs of `transferPlayback` (PUT /me/player), by location. */
  transferPlayback: () => /* @__PURE__ */ v.object({ body: TransferPlaybackRequestSchema() }),
  /** Inputs of `unfollowArtistsOrUsers` (DELETE /me/following), by location. */
  unfollowArtistsOrUsers: () =>
    /* @__PURE__ */ v.object({
      query: /* @__PURE__ */ v.object({
        type: /* @__PURE__ */ v.picklist(["artist", "user"]),
        ids: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
          /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
          /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
        ),
      }),
      body: /* @__PURE__ */ v.optional(IdsRequestSchema()),
    }),
  /** Inputs of `unfollowPlaylist` (DELETE /playlists/{playlist_id}/followers), by location. */
  unfollowPlaylist: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
    }),
  /** Inputs of `uploadPlaylistCoverImage` (PUT /playlists/{playlist_id}/images), by location. */
  uploadPlaylistCoverImage: () =>
    /* @__PURE__ */ v.object({
      path: /* @__PURE__ */ v.object({
        playlist_id: /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.string(),
          /* @__PURE__ */ v.regex(
            /^[0-9A-Za-z]+$/,
            "must be a Spotify ID (letters and digits only)",
          ),
        ),
      }),
      body: /* @__PURE__ */ v.string(),
    }),
};

/** An operationId that has an input schema. */
export type InputSchemaId = keyof typeof inputSchemaFactories;

/**
 * The input schema of operation `id`, built on the first request for it and reused after;
 * building it builds no other operation's schema.
 *
 * @example v.safeParse(inputSchemaOf("getAlbum"), { path: { id: "4aawyAB9vmqN3uQ7FjRGTy" } })
 */
/* @__NO_SIDE_EFFECTS__ */
export function inputSchemaOf<Id extends InputSchemaId>(
  id: Id,
): ReturnType<(typeof inputSchemaFactories)[Id]> {
  return once<unknown>(builtInputs, id, inputSchemaFactories[id]) as ReturnType<
    (typeof inputSchemaFactories)[Id]
  >;
}

/** The operationIds whose schema {@link inputSchemaOf} has built so far, in build order. */
export function builtInputSchemaIds(): string[] {
  return [...builtInputs.keys()];
}
