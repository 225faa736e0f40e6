/** The current user's library, follows, top items and user profiles. */
import { album } from "../builders/album.js";
import { artist } from "../builders/artist.js";
import { simplifiedAudiobook } from "../builders/audiobook.js";
import { isoMinutesAgo } from "../builders/common.js";
import { simplifiedPlaylist } from "../builders/playlist.js";
import { episode, simplifiedShow } from "../builders/show.js";
import { track } from "../builders/track.js";
import { CURRENT_USER_ID, privateUser, publicUser } from "../builders/user.js";
import { indexedId, indexFromId } from "../ids.js";
import { carriedParams, MockApiError, offsetPage, pageUrl, readPaging } from "../paging.js";
import { rngFor } from "../prng.js";
import { type Handler, type HandlerInput, type HandlerTable, param, readIds } from "./types.js";

const PAGE = { defaultLimit: 20, maxLimit: 50 } as const;

/** A saved-items page: member `i` is saved `i * 90` minutes before the fixed epoch, newest first. */
function savedPage(
  path: string,
  size: (input: HandlerInput) => number,
  key: string,
  build: (input: HandlerInput, id: string) => unknown,
): Handler {
  return (input) =>
    offsetPage(
      input.ctx,
      path,
      readPaging(input.query, PAGE),
      size(input),
      (i) => ({
        added_at: isoMinutesAgo(i * 90),
        [key]: build(input, indexedId(input.ctx.seed, `saved:${key}`, i)),
      }),
      carriedParams(input.query, ["market"]),
    );
}

/**
 * `contains` answers: stable per (seed, id) so repeated checks agree. `fallback` stands in for
 * an optional list (the playlist-follow check defaults to the current user).
 */
function contains(name = "ids", fallback?: string): Handler {
  return ({ ctx, query, maxItems }) => {
    const list =
      fallback !== undefined && !query.has(name)
        ? [fallback]
        : readIds(query, maxItems ?? 50, name);
    return list.map((id) => rngFor(ctx.seed, "contains", id).chance(0.5));
  };
}

const FOLLOWED_SCOPE = "followed-artists";

function followedArtists({ ctx, query }: HandlerInput) {
  if (query.get("type") !== "artist") throw new MockApiError(400, "Only type=artist is supported");
  const { limit } = readPaging(query, PAGE);
  const after = query.get("after");
  // The cursor is the last artist id of the previous page, as on Spotify.
  const start = after === null ? 0 : (indexFromId(ctx.seed, FOLLOWED_SCOPE, after) ?? -1) + 1;
  if (start < 0) throw new MockApiError(400, "Invalid cursor");
  const total = ctx.sizes.followedArtists;
  const items = [];
  for (let i = start; i < Math.min(total, start + limit); i++) {
    items.push(artist(ctx, indexedId(ctx.seed, FOLLOWED_SCOPE, i)));
  }
  const last = items.at(-1)?.id ?? null;
  const hrefParams: Record<string, string | number> = { type: "artist", limit };
  if (after !== null) hrefParams.after = after;
  return {
    artists: {
      href: pageUrl(ctx, "me/following", hrefParams),
      limit,
      next:
        start + limit < total && last !== null
          ? pageUrl(ctx, "me/following", { type: "artist", limit, after: last })
          : null,
      cursors: { after: start + limit < total ? last : null },
      total,
      items,
    },
  };
}

function topPage(kind: "artists" | "tracks"): Handler {
  return ({ ctx, query }) => {
    const range = query.get("time_range") ?? "medium_term";
    return offsetPage(
      ctx,
      `me/top/${kind}`,
      readPaging(query, PAGE),
      kind === "artists" ? ctx.sizes.topArtists : ctx.sizes.topTracks,
      (i) => {
        const id = indexedId(ctx.seed, `top:${kind}:${range}`, i);
        return kind === "artists" ? artist(ctx, id) : track(ctx, id);
      },
      carriedParams(query, ["time_range"]),
    );
  };
}

function playlistsOf(userId: (input: HandlerInput) => string): Handler {
  return (input) => {
    const owner = userId(input);
    const path = owner === CURRENT_USER_ID ? "me/playlists" : `users/${owner}/playlists`;
    return offsetPage(
      input.ctx,
      path,
      readPaging(input.query, PAGE),
      input.ctx.sizes.userPlaylists,
      (i) => simplifiedPlaylist(input.ctx, indexedId(input.ctx.seed, `playlists:${owner}`, i)),
    );
  };
}

/** Handlers for `/me/...` library routes and `/users/{id}`. */
export const libraryHandlers: HandlerTable = {
  "GET /me": ({ ctx }) => privateUser(ctx),
  "GET /users/{}": (input) => publicUser(input.ctx, param(input)),
  "GET /me/playlists": playlistsOf(() => CURRENT_USER_ID),
  "GET /users/{}/playlists": playlistsOf(param),
  "GET /me/tracks": savedPage(
    "me/tracks",
    (i) => i.ctx.sizes.savedTracks,
    "track",
    (i, id) => track(i.ctx, id),
  ),
  "GET /me/albums": savedPage(
    "me/albums",
    (i) => i.ctx.sizes.savedAlbums,
    "album",
    (i, id) => album(i.ctx, id),
  ),
  "GET /me/episodes": savedPage(
    "me/episodes",
    (i) => i.ctx.sizes.savedEpisodes,
    "episode",
    (i, id) => episode(i.ctx, id),
  ),
  "GET /me/shows": savedPage(
    "me/shows",
    (i) => i.ctx.sizes.savedShows,
    "show",
    (i, id) => simplifiedShow(i.ctx, id),
  ),
  // Saved audiobooks come back flat: the audiobook's own fields plus `added_at`.
  "GET /me/audiobooks": ({ ctx, query }) =>
    offsetPage(ctx, "me/audiobooks", readPaging(query, PAGE), ctx.sizes.savedAudiobooks, (i) => ({
      ...simplifiedAudiobook(ctx, indexedId(ctx.seed, "saved:audiobook", i)),
      added_at: isoMinutesAgo(i * 90),
    })),
  "GET /me/tracks/contains": contains(),
  "GET /me/albums/contains": contains(),
  "GET /me/episodes/contains": contains(),
  "GET /me/shows/contains": contains(),
  "GET /me/audiobooks/contains": contains(),
  // The unified library endpoint takes Spotify URIs (the table caps them at 40).
  "GET /me/library/contains": contains("uris"),
  "GET /me/following/contains": contains(),
  "GET /playlists/{}/followers/contains": contains("ids", CURRENT_USER_ID),
  "GET /me/following": followedArtists,
  "GET /me/top/artists": topPage("artists"),
  "GET /me/top/tracks": topPage("tracks"),
};
