/**
 * valibot schemas for every component and operation of the Spotify Web API.
 *
 * Generated from openapi/spotify.yaml by `npm run generate` (codegen/generate.ts).
 * Do not edit by hand: change the document or the generator, then regenerate.
 */

import * as v from "valibot";

/** Validates the `DisallowsObject` component schema. */
export const DisallowsObjectSchema = /* @__PURE__ */ v.looseObject({
  interrupting_playback: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  pausing: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  resuming: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  seeking: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  skipping_next: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  skipping_prev: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  toggling_repeat_context: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  toggling_shuffle: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  toggling_repeat_track: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  transferring_playback: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
});

/** Validates the `ActionsObject` component schema. */
export const ActionsObjectSchema = /* @__PURE__ */ v.looseObject({
  disallows: /* @__PURE__ */ v.optional(DisallowsObjectSchema),
});

/** Validates the `AddPlaylistItemsRequest` component schema. */
export const AddPlaylistItemsRequestSchema = /* @__PURE__ */ v.looseObject({
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
});

/** Validates the `CopyrightObject` component schema. */
export const CopyrightObjectSchema = /* @__PURE__ */ v.looseObject({
  text: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  type: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `ExternalIdObject` component schema. */
export const ExternalIdObjectSchema = /* @__PURE__ */ v.looseObject({
  isrc: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  ean: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  upc: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `ExternalUrlObject` component schema. */
export const ExternalUrlObjectSchema = /* @__PURE__ */ v.looseObject({
  spotify: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `ImageObject` component schema. */
export const ImageObjectSchema = /* @__PURE__ */ v.looseObject({
  url: /* @__PURE__ */ v.string(),
  height: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.nullable(
      /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.number(),
        /* @__PURE__ */ v.integer("must be an integer"),
      ),
    ),
  ),
  width: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.nullable(
      /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.number(),
        /* @__PURE__ */ v.integer("must be an integer"),
      ),
    ),
  ),
});

/** Validates the `LinkedTrackObject` component schema. */
export const LinkedTrackObjectSchema = /* @__PURE__ */ v.looseObject({
  external_urls: /* @__PURE__ */ v.optional(ExternalUrlObjectSchema),
  href: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  type: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  uri: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `RestrictionObject` component schema. */
export const RestrictionObjectSchema = /* @__PURE__ */ v.looseObject({
  reason: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `SimplifiedArtistObject` component schema. */
export const SimplifiedArtistObjectSchema = /* @__PURE__ */ v.looseObject({
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  name: /* @__PURE__ */ v.string(),
  type: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.literal("artist")),
  uri: /* @__PURE__ */ v.string(),
});

/** Validates the `SimplifiedTrackObject` component schema. */
export const SimplifiedTrackObjectSchema = /* @__PURE__ */ v.looseObject({
  artists: /* @__PURE__ */ v.array(SimplifiedArtistObjectSchema),
  available_markets: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  ),
  disc_number: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  duration_ms: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  explicit: /* @__PURE__ */ v.boolean(),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  is_playable: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.boolean())),
  linked_from: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(LinkedTrackObjectSchema)),
  restrictions: /* @__PURE__ */ v.optional(RestrictionObjectSchema),
  name: /* @__PURE__ */ v.string(),
  preview_url: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  track_number: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  type: /* @__PURE__ */ v.literal("track"),
  uri: /* @__PURE__ */ v.string(),
  is_local: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
});

/** Validates the `PagingSimplifiedTrackObject` component schema. */
export const PagingSimplifiedTrackObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(SimplifiedTrackObjectSchema),
});

/** Validates the `ReleaseDatePrecision` component schema. */
export const ReleaseDatePrecisionSchema = /* @__PURE__ */ v.nullable(
  /* @__PURE__ */ v.picklist(["year", "month", "day"]),
);

/** Validates the `AlbumObject` component schema. */
export const AlbumObjectSchema = /* @__PURE__ */ v.looseObject({
  album_type: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total_tracks: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  available_markets: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  ),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.array(ImageObjectSchema),
  name: /* @__PURE__ */ v.string(),
  release_date: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  release_date_precision: ReleaseDatePrecisionSchema,
  restrictions: /* @__PURE__ */ v.optional(RestrictionObjectSchema),
  type: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.literal("album")),
  uri: /* @__PURE__ */ v.string(),
  artists: /* @__PURE__ */ v.array(SimplifiedArtistObjectSchema),
  is_playable: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  tracks: PagingSimplifiedTrackObjectSchema,
  copyrights: /* @__PURE__ */ v.array(CopyrightObjectSchema),
  external_ids: ExternalIdObjectSchema,
  genres: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(/* @__PURE__ */ v.string())),
  label: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  popularity: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
});

/** Validates the `ArtistDiscographyAlbumObject` component schema. */
export const ArtistDiscographyAlbumObjectSchema = /* @__PURE__ */ v.looseObject({
  album_type: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total_tracks: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  available_markets: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  ),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.array(ImageObjectSchema),
  name: /* @__PURE__ */ v.string(),
  release_date: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  release_date_precision: ReleaseDatePrecisionSchema,
  restrictions: /* @__PURE__ */ v.optional(RestrictionObjectSchema),
  type: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.literal("album")),
  uri: /* @__PURE__ */ v.string(),
  artists: /* @__PURE__ */ v.array(SimplifiedArtistObjectSchema),
  is_playable: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  album_group: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `FollowersObject` component schema. */
export const FollowersObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  total: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
});

/** Validates the `ArtistObject` component schema. */
export const ArtistObjectSchema = /* @__PURE__ */ v.looseObject({
  external_urls: ExternalUrlObjectSchema,
  followers: /* @__PURE__ */ v.optional(FollowersObjectSchema),
  genres: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(/* @__PURE__ */ v.string())),
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(ImageObjectSchema)),
  name: /* @__PURE__ */ v.string(),
  popularity: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  type: /* @__PURE__ */ v.literal("artist"),
  uri: /* @__PURE__ */ v.string(),
});

/** Validates the `SectionObject` component schema. */
export const SectionObjectSchema = /* @__PURE__ */ v.looseObject({
  start: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  duration: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  confidence: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  loudness: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  tempo: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  tempo_confidence: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  key: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  key_confidence: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  mode: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  mode_confidence: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  time_signature: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  time_signature_confidence: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
});

/** Validates the `SegmentObject` component schema. */
export const SegmentObjectSchema = /* @__PURE__ */ v.looseObject({
  start: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  duration: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  confidence: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  loudness_start: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  loudness_max: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  loudness_max_time: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  loudness_end: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  pitches: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(/* @__PURE__ */ v.number())),
  timbre: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(/* @__PURE__ */ v.number())),
});

/** Validates the `TimeIntervalObject` component schema. */
export const TimeIntervalObjectSchema = /* @__PURE__ */ v.looseObject({
  start: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  duration: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  confidence: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
});

/** Validates the `AudioAnalysisObject` component schema. */
export const AudioAnalysisObjectSchema = /* @__PURE__ */ v.looseObject({
  meta: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.looseObject({
      analyzer_version: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      platform: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      detailed_status: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      status_code: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
        ),
      ),
      timestamp: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
        ),
      ),
      analysis_time: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      input_process: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
    }),
  ),
  track: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.looseObject({
      num_samples: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
        ),
      ),
      duration: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      sample_md5: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      offset_seconds: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
        ),
      ),
      window_seconds: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
        ),
      ),
      analysis_sample_rate: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
        ),
      ),
      analysis_channels: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
        ),
      ),
      end_of_fade_in: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      start_of_fade_out: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      loudness: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      tempo: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      tempo_confidence: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      time_signature: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
        ),
      ),
      time_signature_confidence: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      key: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
        ),
      ),
      key_confidence: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      mode: /* @__PURE__ */ v.optional(
        /* @__PURE__ */ v.pipe(
          /* @__PURE__ */ v.number(),
          /* @__PURE__ */ v.integer("must be an integer"),
        ),
      ),
      mode_confidence: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      codestring: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      code_version: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      echoprintstring: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      echoprint_version: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      synchstring: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      synch_version: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
      rhythmstring: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
      rhythm_version: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
    }),
  ),
  bars: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(TimeIntervalObjectSchema)),
  beats: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(TimeIntervalObjectSchema)),
  sections: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(SectionObjectSchema)),
  segments: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(SegmentObjectSchema)),
  tatums: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(TimeIntervalObjectSchema)),
});

/** Validates the `AudioFeaturesObject` component schema. */
export const AudioFeaturesObjectSchema = /* @__PURE__ */ v.looseObject({
  acousticness: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.minValue(0, "must be at least 0"),
      /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
    ),
  ),
  analysis_url: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  danceability: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.minValue(0, "must be at least 0"),
      /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
    ),
  ),
  duration_ms: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  energy: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.minValue(0, "must be at least 0"),
      /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
    ),
  ),
  id: /* @__PURE__ */ v.string(),
  instrumentalness: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.minValue(0, "must be at least 0"),
      /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
    ),
  ),
  key: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
      /* @__PURE__ */ v.minValue(-1, "must be at least -1"),
      /* @__PURE__ */ v.maxValue(11, "must be at most 11"),
    ),
  ),
  liveness: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.minValue(0, "must be at least 0"),
      /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
    ),
  ),
  loudness: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  mode: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  speechiness: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.minValue(0, "must be at least 0"),
      /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
    ),
  ),
  tempo: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.number()),
  time_signature: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
      /* @__PURE__ */ v.minValue(3, "must be at least 3"),
      /* @__PURE__ */ v.maxValue(7, "must be at most 7"),
    ),
  ),
  track_href: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  type: /* @__PURE__ */ v.literal("audio_features"),
  uri: /* @__PURE__ */ v.string(),
  valence: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.minValue(0, "must be at least 0"),
      /* @__PURE__ */ v.maxValue(1, "must be at most 1"),
    ),
  ),
});

/** Validates the `AuthorObject` component schema. */
export const AuthorObjectSchema = /* @__PURE__ */ v.looseObject({
  name: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `NarratorObject` component schema. */
export const NarratorObjectSchema = /* @__PURE__ */ v.looseObject({
  name: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `ResumePointObject` component schema. */
export const ResumePointObjectSchema = /* @__PURE__ */ v.nullable(
  /* @__PURE__ */ v.looseObject({}),
);

/** Validates the `SimplifiedChapterObject` component schema. */
export const SimplifiedChapterObjectSchema = /* @__PURE__ */ v.looseObject({
  audio_preview_url: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  ),
  available_markets: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  ),
  chapter_number: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  description: /* @__PURE__ */ v.string(),
  html_description: /* @__PURE__ */ v.string(),
  duration_ms: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  explicit: /* @__PURE__ */ v.boolean(),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.array(ImageObjectSchema),
  is_playable: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.boolean())),
  languages: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  name: /* @__PURE__ */ v.string(),
  release_date: /* @__PURE__ */ v.string(),
  release_date_precision: ReleaseDatePrecisionSchema,
  resume_point: /* @__PURE__ */ v.optional(ResumePointObjectSchema),
  restrictions: /* @__PURE__ */ v.optional(RestrictionObjectSchema),
  type: /* @__PURE__ */ v.picklist(["chapter", "episode"]),
  uri: /* @__PURE__ */ v.string(),
});

/** Validates the `PagingSimplifiedChapterObject` component schema. */
export const PagingSimplifiedChapterObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(SimplifiedChapterObjectSchema),
});

/** Validates the `AudiobookObject` component schema. */
export const AudiobookObjectSchema = /* @__PURE__ */ v.looseObject({
  authors: /* @__PURE__ */ v.array(AuthorObjectSchema),
  available_markets: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  ),
  copyrights: /* @__PURE__ */ v.array(CopyrightObjectSchema),
  description: /* @__PURE__ */ v.string(),
  html_description: /* @__PURE__ */ v.string(),
  edition: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  explicit: /* @__PURE__ */ v.boolean(),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.array(ImageObjectSchema),
  languages: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  media_type: /* @__PURE__ */ v.string(),
  name: /* @__PURE__ */ v.string(),
  narrators: /* @__PURE__ */ v.array(NarratorObjectSchema),
  publisher: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  total_chapters: /* @__PURE__ */ v.nullable(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  type: /* @__PURE__ */ v.literal("audiobook"),
  uri: /* @__PURE__ */ v.string(),
  chapters: PagingSimplifiedChapterObjectSchema,
});

/** Validates the `BooleanList` component schema. */
export const BooleanListSchema = /* @__PURE__ */ v.array(/* @__PURE__ */ v.boolean());

/** Validates the `CategoryObject` component schema. */
export const CategoryObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  icons: /* @__PURE__ */ v.array(ImageObjectSchema),
  id: /* @__PURE__ */ v.string(),
  name: /* @__PURE__ */ v.string(),
});

/** Validates the `PagingCategoryObject` component schema. */
export const PagingCategoryObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(CategoryObjectSchema),
});

/** Validates the `CategoriesResponse` component schema. */
export const CategoriesResponseSchema = /* @__PURE__ */ v.looseObject({
  categories: PagingCategoryObjectSchema,
});

/** Validates the `SimplifiedAudiobookObject` component schema. */
export const SimplifiedAudiobookObjectSchema = /* @__PURE__ */ v.looseObject({
  authors: /* @__PURE__ */ v.array(AuthorObjectSchema),
  available_markets: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  ),
  copyrights: /* @__PURE__ */ v.array(CopyrightObjectSchema),
  description: /* @__PURE__ */ v.string(),
  html_description: /* @__PURE__ */ v.string(),
  edition: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  explicit: /* @__PURE__ */ v.boolean(),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.array(ImageObjectSchema),
  languages: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  media_type: /* @__PURE__ */ v.string(),
  name: /* @__PURE__ */ v.string(),
  narrators: /* @__PURE__ */ v.array(NarratorObjectSchema),
  publisher: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  total_chapters: /* @__PURE__ */ v.nullable(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  type: /* @__PURE__ */ v.literal("audiobook"),
  uri: /* @__PURE__ */ v.string(),
});

/** Validates the `ChapterObject` component schema. */
export const ChapterObjectSchema = /* @__PURE__ */ v.looseObject({
  audio_preview_url: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  ),
  available_markets: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  ),
  chapter_number: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  description: /* @__PURE__ */ v.string(),
  html_description: /* @__PURE__ */ v.string(),
  duration_ms: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  explicit: /* @__PURE__ */ v.boolean(),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.array(ImageObjectSchema),
  is_playable: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.boolean())),
  languages: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  name: /* @__PURE__ */ v.string(),
  release_date: /* @__PURE__ */ v.string(),
  release_date_precision: ReleaseDatePrecisionSchema,
  resume_point: /* @__PURE__ */ v.optional(ResumePointObjectSchema),
  restrictions: /* @__PURE__ */ v.optional(RestrictionObjectSchema),
  type: /* @__PURE__ */ v.picklist(["chapter", "episode"]),
  uri: /* @__PURE__ */ v.string(),
  audiobook: SimplifiedAudiobookObjectSchema,
});

/** Validates the `ContextObject` component schema. */
export const ContextObjectSchema = /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.looseObject({}));

/** Validates the `CoverImage` component schema. */
export const CoverImageSchema = /* @__PURE__ */ v.pipe(
  /* @__PURE__ */ v.string(),
  /* @__PURE__ */ v.maxLength(262144, "must be at most 262144 characters"),
);

/** Validates the `CreatePlaylistRequest` component schema. */
export const CreatePlaylistRequestSchema = /* @__PURE__ */ v.looseObject({
  name: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.string(),
    /* @__PURE__ */ v.minLength(1, "must be at least 1 characters"),
  ),
  public: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  collaborative: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  description: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `SimplifiedShowObject` component schema. */
export const SimplifiedShowObjectSchema = /* @__PURE__ */ v.looseObject({
  available_markets: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  ),
  copyrights: /* @__PURE__ */ v.array(CopyrightObjectSchema),
  description: /* @__PURE__ */ v.string(),
  html_description: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  explicit: /* @__PURE__ */ v.boolean(),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.array(ImageObjectSchema),
  is_externally_hosted: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.boolean()),
  languages: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  media_type: /* @__PURE__ */ v.string(),
  name: /* @__PURE__ */ v.string(),
  publisher: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  total_episodes: /* @__PURE__ */ v.nullable(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  type: /* @__PURE__ */ v.literal("show"),
  uri: /* @__PURE__ */ v.string(),
});

/** Validates the `EpisodeObject` component schema. */
export const EpisodeObjectSchema = /* @__PURE__ */ v.looseObject({
  audio_preview_url: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  ),
  description: /* @__PURE__ */ v.string(),
  html_description: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  duration_ms: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  explicit: /* @__PURE__ */ v.boolean(),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.array(ImageObjectSchema),
  is_externally_hosted: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.boolean()),
  is_playable: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.boolean())),
  language: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  languages: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  name: /* @__PURE__ */ v.string(),
  release_date: /* @__PURE__ */ v.string(),
  release_date_precision: ReleaseDatePrecisionSchema,
  resume_point: /* @__PURE__ */ v.optional(ResumePointObjectSchema),
  restrictions: /* @__PURE__ */ v.optional(RestrictionObjectSchema),
  type: /* @__PURE__ */ v.literal("episode"),
  uri: /* @__PURE__ */ v.string(),
  show: SimplifiedShowObjectSchema,
  episode: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  track: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
});

/** Validates the `LocalTrackObject` component schema. */
export const LocalTrackObjectSchema = /* @__PURE__ */ v.looseObject({
  is_local: /* @__PURE__ */ v.literal(true),
  id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  href: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  uri: /* @__PURE__ */ v.string(),
  type: /* @__PURE__ */ v.literal("track"),
  name: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  duration_ms: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  album: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.looseObject({})),
  artists: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(/* @__PURE__ */ v.looseObject({}))),
});

/** Validates the `TrackFormEpisodeObject` component schema. */
export const TrackFormEpisodeObjectSchema = /* @__PURE__ */ v.looseObject({
  id: /* @__PURE__ */ v.string(),
  type: /* @__PURE__ */ v.literal("episode"),
  uri: /* @__PURE__ */ v.string(),
  episode: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  track: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  name: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  duration_ms: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  album: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.looseObject({})),
  artists: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(/* @__PURE__ */ v.looseObject({}))),
});

/** Validates the `SimplifiedAlbumObject` component schema. */
export const SimplifiedAlbumObjectSchema = /* @__PURE__ */ v.looseObject({
  album_type: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total_tracks: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  available_markets: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  ),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.array(ImageObjectSchema),
  name: /* @__PURE__ */ v.string(),
  release_date: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  release_date_precision: ReleaseDatePrecisionSchema,
  restrictions: /* @__PURE__ */ v.optional(RestrictionObjectSchema),
  type: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.literal("album")),
  uri: /* @__PURE__ */ v.string(),
  artists: /* @__PURE__ */ v.array(SimplifiedArtistObjectSchema),
  is_playable: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
});

/** Validates the `TrackObject` component schema. */
export const TrackObjectSchema = /* @__PURE__ */ v.looseObject({
  album: SimplifiedAlbumObjectSchema,
  artists: /* @__PURE__ */ v.array(SimplifiedArtistObjectSchema),
  available_markets: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  ),
  disc_number: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  duration_ms: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  explicit: /* @__PURE__ */ v.boolean(),
  external_ids: /* @__PURE__ */ v.optional(ExternalIdObjectSchema),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  is_playable: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.boolean())),
  linked_from: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(LinkedTrackObjectSchema)),
  restrictions: /* @__PURE__ */ v.optional(RestrictionObjectSchema),
  name: /* @__PURE__ */ v.string(),
  popularity: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  preview_url: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  track_number: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  type: /* @__PURE__ */ v.literal("track"),
  uri: /* @__PURE__ */ v.string(),
  is_local: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  episode: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  track: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
});

/** Validates the `PlayableItem` component schema. */
export const PlayableItemSchema = /* @__PURE__ */ v.nullable(
  /* @__PURE__ */ v.union([
    TrackObjectSchema,
    EpisodeObjectSchema,
    LocalTrackObjectSchema,
    TrackFormEpisodeObjectSchema,
  ]),
);

/** Validates the `CurrentlyPlayingObject` component schema. */
export const CurrentlyPlayingObjectSchema = /* @__PURE__ */ v.looseObject({
  context: /* @__PURE__ */ v.optional(ContextObjectSchema),
  timestamp: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  progress_ms: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.nullable(
      /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.number(),
        /* @__PURE__ */ v.integer("must be an integer"),
      ),
    ),
  ),
  is_playing: /* @__PURE__ */ v.boolean(),
  item: /* @__PURE__ */ v.optional(PlayableItemSchema),
  currently_playing_type: /* @__PURE__ */ v.string(),
  actions: /* @__PURE__ */ v.optional(ActionsObjectSchema),
});

/** Validates the `CursorObject` component schema. */
export const CursorObjectSchema = /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.looseObject({}));

/** Validates the `CursorPagingArtistObject` component schema. */
export const CursorPagingArtistObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  cursors: /* @__PURE__ */ v.optional(CursorObjectSchema),
  total: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  items: /* @__PURE__ */ v.array(ArtistObjectSchema),
});

/** Validates the `CursorPagingObject` component schema. */
export const CursorPagingObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  cursors: /* @__PURE__ */ v.optional(CursorObjectSchema),
  total: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
});

/** Validates the `PlayHistoryObject` component schema. */
export const PlayHistoryObjectSchema = /* @__PURE__ */ v.looseObject({
  track: TrackObjectSchema,
  played_at: /* @__PURE__ */ v.string(),
  context: /* @__PURE__ */ v.optional(ContextObjectSchema),
});

/** Validates the `CursorPagingPlayHistoryObject` component schema. */
export const CursorPagingPlayHistoryObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  cursors: /* @__PURE__ */ v.optional(CursorObjectSchema),
  total: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  items: /* @__PURE__ */ v.array(PlayHistoryObjectSchema),
});

/** Validates the `DeviceObject` component schema. */
export const DeviceObjectSchema = /* @__PURE__ */ v.looseObject({
  id: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  is_active: /* @__PURE__ */ v.boolean(),
  is_private_session: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  is_restricted: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  name: /* @__PURE__ */ v.string(),
  type: /* @__PURE__ */ v.string(),
  volume_percent: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.nullable(
      /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.number(),
        /* @__PURE__ */ v.integer("must be an integer"),
        /* @__PURE__ */ v.minValue(0, "must be at least 0"),
        /* @__PURE__ */ v.maxValue(100, "must be at most 100"),
      ),
    ),
  ),
  supports_volume: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
});

/** Validates the `DeviceList` component schema. */
export const DeviceListSchema = /* @__PURE__ */ v.looseObject({
  devices: /* @__PURE__ */ v.array(DeviceObjectSchema),
});

/** Validates the `PlayerErrorReason` component schema. */
export const PlayerErrorReasonSchema = /* @__PURE__ */ v.picklist([
  "NO_PREV_TRACK",
  "NO_NEXT_TRACK",
  "NO_SPECIFIC_TRACK",
  "ALREADY_PAUSED",
  "NOT_PAUSED",
  "NOT_PLAYING_LOCALLY",
  "NOT_PLAYING_TRACK",
  "NOT_PLAYING_CONTEXT",
  "ENDLESS_CONTEXT",
  "CONTEXT_DISALLOW",
  "ALREADY_PLAYING",
  "RATE_LIMITED",
  "REMOTE_CONTROL_DISALLOW",
  "DEVICE_NOT_CONTROLLABLE",
  "VOLUME_CONTROL_DISALLOW",
  "NO_ACTIVE_DEVICE",
  "PREMIUM_REQUIRED",
  "UNKNOWN",
]);

/** Validates the `ErrorObject` component schema. */
export const ErrorObjectSchema = /* @__PURE__ */ v.looseObject({
  status: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
    /* @__PURE__ */ v.minValue(400, "must be at least 400"),
    /* @__PURE__ */ v.maxValue(599, "must be at most 599"),
  ),
  message: /* @__PURE__ */ v.string(),
  reason: /* @__PURE__ */ v.optional(PlayerErrorReasonSchema),
});

/** Validates the `ErrorBody` component schema. */
export const ErrorBodySchema = /* @__PURE__ */ v.looseObject({ error: ErrorObjectSchema });

/** Validates the `ExplicitContentSettingsObject` component schema. */
export const ExplicitContentSettingsObjectSchema = /* @__PURE__ */ v.looseObject({
  filter_enabled: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  filter_locked: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
});

/** Validates the `FollowPlaylistRequest` component schema. */
export const FollowPlaylistRequestSchema = /* @__PURE__ */ v.looseObject({
  public: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
});

/** Validates the `FollowedArtistsResponse` component schema. */
export const FollowedArtistsResponseSchema = /* @__PURE__ */ v.looseObject({
  artists: CursorPagingArtistObjectSchema,
});

/** Validates the `GenreSeedList` component schema. */
export const GenreSeedListSchema = /* @__PURE__ */ v.looseObject({
  genres: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
});

/** Validates the `IdsRequest` component schema. */
export const IdsRequestSchema = /* @__PURE__ */ v.looseObject({
  ids: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
      /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
    ),
  ),
});

/** Validates the `ImageArray` component schema. */
export const ImageArraySchema = /* @__PURE__ */ v.array(ImageObjectSchema);

/** Validates the `MarketList` component schema. */
export const MarketListSchema = /* @__PURE__ */ v.looseObject({
  markets: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
});

/** Validates the `PagingSimplifiedAlbumObject` component schema. */
export const PagingSimplifiedAlbumObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(SimplifiedAlbumObjectSchema)),
});

/** Validates the `NewReleasesResponse` component schema. */
export const NewReleasesResponseSchema = /* @__PURE__ */ v.looseObject({
  albums: PagingSimplifiedAlbumObjectSchema,
});

/** Validates the `OAuthErrorBody` component schema. */
export const OAuthErrorBodySchema = /* @__PURE__ */ v.looseObject({
  error: /* @__PURE__ */ v.string(),
  error_description: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `OAuthTokenResponse` component schema. */
export const OAuthTokenResponseSchema = /* @__PURE__ */ v.looseObject({
  access_token: /* @__PURE__ */ v.string(),
  token_type: /* @__PURE__ */ v.string(),
  expires_in: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  refresh_token: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  scope: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `PagingArtistDiscographyAlbumObject` component schema. */
export const PagingArtistDiscographyAlbumObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(ArtistDiscographyAlbumObjectSchema),
});

/** Validates the `PagingArtistObject` component schema. */
export const PagingArtistObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(ArtistObjectSchema)),
});

/** Validates the `PagingObject` component schema. */
export const PagingObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
});

/** Validates the `PlaylistImageList` component schema. */
export const PlaylistImageListSchema = /* @__PURE__ */ v.nullable(
  /* @__PURE__ */ v.array(ImageObjectSchema),
);

/** Validates the `PlaylistItemsRefObject` component schema. */
export const PlaylistItemsRefObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
});

/** Validates the `PlaylistOwnerObject` component schema. */
export const PlaylistOwnerObjectSchema = /* @__PURE__ */ v.looseObject({
  external_urls: /* @__PURE__ */ v.optional(ExternalUrlObjectSchema),
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  type: /* @__PURE__ */ v.literal("user"),
  uri: /* @__PURE__ */ v.string(),
  display_name: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
});

/** Validates the `SimplifiedPlaylistObject` component schema. */
export const SimplifiedPlaylistObjectSchema = /* @__PURE__ */ v.looseObject({
  collaborative: /* @__PURE__ */ v.boolean(),
  description: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: PlaylistImageListSchema,
  name: /* @__PURE__ */ v.string(),
  owner: PlaylistOwnerObjectSchema,
  public: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.boolean())),
  snapshot_id: /* @__PURE__ */ v.string(),
  items: /* @__PURE__ */ v.optional(PlaylistItemsRefObjectSchema),
  tracks: /* @__PURE__ */ v.optional(PlaylistItemsRefObjectSchema),
  type: /* @__PURE__ */ v.literal("playlist"),
  uri: /* @__PURE__ */ v.string(),
});

/** Validates the `PagingPlaylistObject` component schema. */
export const PagingPlaylistObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(SimplifiedPlaylistObjectSchema)),
});

/** Validates the `PlaylistUserObject` component schema. */
export const PlaylistUserObjectSchema = /* @__PURE__ */ v.looseObject({
  external_urls: /* @__PURE__ */ v.optional(ExternalUrlObjectSchema),
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  type: /* @__PURE__ */ v.literal("user"),
  uri: /* @__PURE__ */ v.string(),
});

/** Validates the `PlaylistTrackObject` component schema. */
export const PlaylistTrackObjectSchema = /* @__PURE__ */ v.looseObject({
  added_at: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  added_by: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(PlaylistUserObjectSchema)),
  is_local: /* @__PURE__ */ v.boolean(),
  item: /* @__PURE__ */ v.optional(PlayableItemSchema),
  track: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(PlayableItemSchema)),
});

/** Validates the `PagingPlaylistTrackObject` component schema. */
export const PagingPlaylistTrackObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(PlaylistTrackObjectSchema),
});

/** Validates the `SavedAlbumObject` component schema. */
export const SavedAlbumObjectSchema = /* @__PURE__ */ v.looseObject({
  added_at: /* @__PURE__ */ v.string(),
  album: AlbumObjectSchema,
});

/** Validates the `PagingSavedAlbumObject` component schema. */
export const PagingSavedAlbumObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(SavedAlbumObjectSchema),
});

/** Validates the `SavedAudiobookObject` component schema. */
export const SavedAudiobookObjectSchema = /* @__PURE__ */ v.looseObject({
  authors: /* @__PURE__ */ v.array(AuthorObjectSchema),
  available_markets: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  ),
  copyrights: /* @__PURE__ */ v.array(CopyrightObjectSchema),
  description: /* @__PURE__ */ v.string(),
  html_description: /* @__PURE__ */ v.string(),
  edition: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  explicit: /* @__PURE__ */ v.boolean(),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.array(ImageObjectSchema),
  languages: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  media_type: /* @__PURE__ */ v.string(),
  name: /* @__PURE__ */ v.string(),
  narrators: /* @__PURE__ */ v.array(NarratorObjectSchema),
  publisher: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  total_chapters: /* @__PURE__ */ v.nullable(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  type: /* @__PURE__ */ v.literal("audiobook"),
  uri: /* @__PURE__ */ v.string(),
  added_at: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `PagingSavedAudiobookObject` component schema. */
export const PagingSavedAudiobookObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(SavedAudiobookObjectSchema),
});

/** Validates the `UnavailableEpisodeObject` component schema. */
export const UnavailableEpisodeObjectSchema = /* @__PURE__ */ v.looseObject({
  type: /* @__PURE__ */ v.literal("episode"),
  id: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.picklist([])),
  uri: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
});

/** Validates the `SavedEpisodeObject` component schema. */
export const SavedEpisodeObjectSchema = /* @__PURE__ */ v.looseObject({
  added_at: /* @__PURE__ */ v.string(),
  episode: /* @__PURE__ */ v.union([EpisodeObjectSchema, UnavailableEpisodeObjectSchema]),
});

/** Validates the `PagingSavedEpisodeObject` component schema. */
export const PagingSavedEpisodeObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(SavedEpisodeObjectSchema),
});

/** Validates the `SavedShowObject` component schema. */
export const SavedShowObjectSchema = /* @__PURE__ */ v.looseObject({
  added_at: /* @__PURE__ */ v.string(),
  show: SimplifiedShowObjectSchema,
});

/** Validates the `PagingSavedShowObject` component schema. */
export const PagingSavedShowObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(SavedShowObjectSchema),
});

/** Validates the `SavedTrackObject` component schema. */
export const SavedTrackObjectSchema = /* @__PURE__ */ v.looseObject({
  added_at: /* @__PURE__ */ v.string(),
  track: TrackObjectSchema,
});

/** Validates the `PagingSavedTrackObject` component schema. */
export const PagingSavedTrackObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(SavedTrackObjectSchema),
});

/** Validates the `PagingSimplifiedAudiobookObject` component schema. */
export const PagingSimplifiedAudiobookObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(SimplifiedAudiobookObjectSchema)),
});

/** Validates the `SimplifiedEpisodeObject` component schema. */
export const SimplifiedEpisodeObjectSchema = /* @__PURE__ */ v.looseObject({
  audio_preview_url: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  ),
  description: /* @__PURE__ */ v.string(),
  html_description: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  duration_ms: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  explicit: /* @__PURE__ */ v.boolean(),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.array(ImageObjectSchema),
  is_externally_hosted: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.boolean()),
  is_playable: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.boolean())),
  language: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  languages: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  name: /* @__PURE__ */ v.string(),
  release_date: /* @__PURE__ */ v.string(),
  release_date_precision: ReleaseDatePrecisionSchema,
  resume_point: /* @__PURE__ */ v.optional(ResumePointObjectSchema),
  restrictions: /* @__PURE__ */ v.optional(RestrictionObjectSchema),
  type: /* @__PURE__ */ v.literal("episode"),
  uri: /* @__PURE__ */ v.string(),
});

/** Validates the `PagingSimplifiedEpisodeObject` component schema. */
export const PagingSimplifiedEpisodeObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(SimplifiedEpisodeObjectSchema)),
});

/** Validates the `PagingSimplifiedShowObject` component schema. */
export const PagingSimplifiedShowObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(SimplifiedShowObjectSchema)),
});

/** Validates the `PagingTrackObject` component schema. */
export const PagingTrackObjectSchema = /* @__PURE__ */ v.looseObject({
  href: /* @__PURE__ */ v.string(),
  limit: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  next: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  offset: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  previous: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  total: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  items: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(TrackObjectSchema)),
});

/** Validates the `PlaybackOffset` component schema. */
export const PlaybackOffsetSchema = /* @__PURE__ */ v.union([
  /* @__PURE__ */ v.looseObject({
    position: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
      /* @__PURE__ */ v.minValue(0, "must be at least 0"),
    ),
  }),
  /* @__PURE__ */ v.looseObject({ uri: /* @__PURE__ */ v.string() }),
]);

/** Validates the `RepeatState` component schema. */
export const RepeatStateSchema = /* @__PURE__ */ v.picklist(["off", "track", "context"]);

/** Validates the `PlaybackStateObject` component schema. */
export const PlaybackStateObjectSchema = /* @__PURE__ */ v.looseObject({
  context: /* @__PURE__ */ v.optional(ContextObjectSchema),
  timestamp: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.number(),
    /* @__PURE__ */ v.integer("must be an integer"),
  ),
  progress_ms: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.nullable(
      /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.number(),
        /* @__PURE__ */ v.integer("must be an integer"),
      ),
    ),
  ),
  is_playing: /* @__PURE__ */ v.boolean(),
  item: /* @__PURE__ */ v.optional(PlayableItemSchema),
  currently_playing_type: /* @__PURE__ */ v.string(),
  actions: /* @__PURE__ */ v.optional(ActionsObjectSchema),
  device: DeviceObjectSchema,
  repeat_state: RepeatStateSchema,
  shuffle_state: /* @__PURE__ */ v.boolean(),
  smart_shuffle: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
});

/** Validates the `PlaylistDetailsRequest` component schema. */
export const PlaylistDetailsRequestSchema = /* @__PURE__ */ v.looseObject({
  name: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  public: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  collaborative: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
  description: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `PlaylistItemUriObject` component schema. */
export const PlaylistItemUriObjectSchema = /* @__PURE__ */ v.looseObject({
  uri: /* @__PURE__ */ v.string(),
});

/** Validates the `PlaylistObject` component schema. */
export const PlaylistObjectSchema = /* @__PURE__ */ v.looseObject({
  collaborative: /* @__PURE__ */ v.boolean(),
  description: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  external_urls: ExternalUrlObjectSchema,
  followers: /* @__PURE__ */ v.optional(FollowersObjectSchema),
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: PlaylistImageListSchema,
  name: /* @__PURE__ */ v.string(),
  owner: PlaylistOwnerObjectSchema,
  public: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.boolean())),
  snapshot_id: /* @__PURE__ */ v.string(),
  items: /* @__PURE__ */ v.optional(PagingPlaylistTrackObjectSchema),
  tracks: /* @__PURE__ */ v.optional(PagingPlaylistTrackObjectSchema),
  type: /* @__PURE__ */ v.literal("playlist"),
  uri: /* @__PURE__ */ v.string(),
});

/** Validates the `PlaylistsPageResponse` component schema. */
export const PlaylistsPageResponseSchema = /* @__PURE__ */ v.looseObject({
  message: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  playlists: PagingPlaylistObjectSchema,
});

/** Validates the `PrivateUserObject` component schema. */
export const PrivateUserObjectSchema = /* @__PURE__ */ v.looseObject({
  account_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  country: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  display_name: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  email: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  explicit_content: /* @__PURE__ */ v.optional(ExplicitContentSettingsObjectSchema),
  external_urls: ExternalUrlObjectSchema,
  followers: /* @__PURE__ */ v.optional(FollowersObjectSchema),
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(ImageObjectSchema)),
  product: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  type: /* @__PURE__ */ v.literal("user"),
  uri: /* @__PURE__ */ v.string(),
});

/** Validates the `PublicUserObject` component schema. */
export const PublicUserObjectSchema = /* @__PURE__ */ v.looseObject({
  display_name: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  external_urls: ExternalUrlObjectSchema,
  followers: /* @__PURE__ */ v.optional(FollowersObjectSchema),
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(ImageObjectSchema)),
  type: /* @__PURE__ */ v.literal("user"),
  uri: /* @__PURE__ */ v.string(),
});

/** Validates the `QueueObject` component schema. */
export const QueueObjectSchema = /* @__PURE__ */ v.looseObject({
  currently_playing: PlayableItemSchema,
  queue: /* @__PURE__ */ v.array(PlayableItemSchema),
});

/** Validates the `RecommendationSeedObject` component schema. */
export const RecommendationSeedObjectSchema = /* @__PURE__ */ v.looseObject({
  afterFilteringSize: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  afterRelinkingSize: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  href: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string())),
  id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  initialPoolSize: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  type: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `RecommendationsObject` component schema. */
export const RecommendationsObjectSchema = /* @__PURE__ */ v.looseObject({
  seeds: /* @__PURE__ */ v.array(RecommendationSeedObjectSchema),
  tracks: /* @__PURE__ */ v.array(TrackObjectSchema),
});

/** Validates the `RemovePlaylistItemsRequest` component schema. */
export const RemovePlaylistItemsRequestSchema = /* @__PURE__ */ v.looseObject({
  items: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.array(PlaylistItemUriObjectSchema),
    /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
    /* @__PURE__ */ v.maxLength(100, "must have at most 100 items"),
  ),
  snapshot_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `RemovePlaylistTracksRequest` component schema. */
export const RemovePlaylistTracksRequestSchema = /* @__PURE__ */ v.looseObject({
  tracks: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.array(PlaylistItemUriObjectSchema),
    /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
    /* @__PURE__ */ v.maxLength(100, "must have at most 100 items"),
  ),
  snapshot_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
});

/** Validates the `ReorderOrReplacePlaylistItemsRequest` component schema. */
export const ReorderOrReplacePlaylistItemsRequestSchema = /* @__PURE__ */ v.looseObject({
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
});

/** Validates the `SaveTracksRequest` component schema. */
export const SaveTracksRequestSchema = /* @__PURE__ */ v.looseObject({
  ids: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.array(
      /* @__PURE__ */ v.pipe(
        /* @__PURE__ */ v.string(),
        /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** Validates the `SearchResponse` component schema. */
export const SearchResponseSchema = /* @__PURE__ */ v.looseObject({
  tracks: /* @__PURE__ */ v.optional(PagingTrackObjectSchema),
  artists: /* @__PURE__ */ v.optional(PagingArtistObjectSchema),
  albums: /* @__PURE__ */ v.optional(PagingSimplifiedAlbumObjectSchema),
  playlists: /* @__PURE__ */ v.optional(PagingPlaylistObjectSchema),
  shows: /* @__PURE__ */ v.optional(PagingSimplifiedShowObjectSchema),
  episodes: /* @__PURE__ */ v.optional(PagingSimplifiedEpisodeObjectSchema),
  audiobooks: /* @__PURE__ */ v.optional(PagingSimplifiedAudiobookObjectSchema),
});

/** Validates the `SeveralAlbums` component schema. */
export const SeveralAlbumsSchema = /* @__PURE__ */ v.looseObject({
  albums: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(AlbumObjectSchema)),
});

/** Validates the `SeveralArtists` component schema. */
export const SeveralArtistsSchema = /* @__PURE__ */ v.looseObject({
  artists: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(ArtistObjectSchema)),
});

/** Validates the `SeveralAudioFeatures` component schema. */
export const SeveralAudioFeaturesSchema = /* @__PURE__ */ v.looseObject({
  audio_features: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(AudioFeaturesObjectSchema)),
});

/** Validates the `SeveralAudiobooks` component schema. */
export const SeveralAudiobooksSchema = /* @__PURE__ */ v.looseObject({
  audiobooks: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(AudiobookObjectSchema)),
});

/** Validates the `SeveralChapters` component schema. */
export const SeveralChaptersSchema = /* @__PURE__ */ v.looseObject({
  chapters: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(ChapterObjectSchema)),
});

/** Validates the `SeveralEpisodes` component schema. */
export const SeveralEpisodesSchema = /* @__PURE__ */ v.looseObject({
  episodes: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(EpisodeObjectSchema)),
});

/** Validates the `SeveralShows` component schema. */
export const SeveralShowsSchema = /* @__PURE__ */ v.looseObject({
  shows: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(SimplifiedShowObjectSchema)),
});

/** Validates the `SeveralTracks` component schema. */
export const SeveralTracksSchema = /* @__PURE__ */ v.looseObject({
  tracks: /* @__PURE__ */ v.array(/* @__PURE__ */ v.nullable(TrackObjectSchema)),
});

/** Validates the `ShowObject` component schema. */
export const ShowObjectSchema = /* @__PURE__ */ v.looseObject({
  available_markets: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  ),
  copyrights: /* @__PURE__ */ v.array(CopyrightObjectSchema),
  description: /* @__PURE__ */ v.string(),
  html_description: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.string()),
  explicit: /* @__PURE__ */ v.boolean(),
  external_urls: ExternalUrlObjectSchema,
  href: /* @__PURE__ */ v.string(),
  id: /* @__PURE__ */ v.string(),
  images: /* @__PURE__ */ v.array(ImageObjectSchema),
  is_externally_hosted: /* @__PURE__ */ v.nullable(/* @__PURE__ */ v.boolean()),
  languages: /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
  media_type: /* @__PURE__ */ v.string(),
  name: /* @__PURE__ */ v.string(),
  publisher: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  total_episodes: /* @__PURE__ */ v.nullable(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
    ),
  ),
  type: /* @__PURE__ */ v.literal("show"),
  uri: /* @__PURE__ */ v.string(),
  episodes: PagingSimplifiedEpisodeObjectSchema,
});

/** Validates the `SnapshotIdResponse` component schema. */
export const SnapshotIdResponseSchema = /* @__PURE__ */ v.looseObject({
  snapshot_id: /* @__PURE__ */ v.string(),
});

/** Validates the `StartPlaybackRequest` component schema. */
export const StartPlaybackRequestSchema = /* @__PURE__ */ v.looseObject({
  context_uri: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  uris: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.array(/* @__PURE__ */ v.string())),
  offset: /* @__PURE__ */ v.optional(PlaybackOffsetSchema),
  position_ms: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
      /* @__PURE__ */ v.minValue(0, "must be at least 0"),
    ),
  ),
});

/** Validates the `TransferPlaybackRequest` component schema. */
export const TransferPlaybackRequestSchema = /* @__PURE__ */ v.looseObject({
  device_ids: /* @__PURE__ */ v.pipe(
    /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
    /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
    /* @__PURE__ */ v.maxLength(1, "must have at most 1 items"),
  ),
  play: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.boolean()),
});

/** Inputs of `addPlaylistItems` (POST /playlists/{playlist_id}/items), by location. */
export const addPlaylistItemsParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
  body: /* @__PURE__ */ v.optional(AddPlaylistItemsRequestSchema),
});

/** JSON response bodies of `addPlaylistItems`, by HTTP status. */
export const addPlaylistItemsResponses = {
  "201": SnapshotIdResponseSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `addPlaylistTracks` (POST /playlists/{playlist_id}/tracks), by location. */
export const addPlaylistTracksParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
  body: /* @__PURE__ */ v.optional(AddPlaylistItemsRequestSchema),
});

/** JSON response bodies of `addPlaylistTracks`, by HTTP status. */
export const addPlaylistTracksResponses = {
  "201": SnapshotIdResponseSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `addToQueue` (POST /me/player/queue), by location. */
export const addToQueueParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `addToQueue`, by HTTP status. */
export const addToQueueResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `changePlaylistDetails` (PUT /playlists/{playlist_id}), by location. */
export const changePlaylistDetailsParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
    ),
  }),
  body: PlaylistDetailsRequestSchema,
});

/** JSON response bodies of `changePlaylistDetails`, by HTTP status. */
export const changePlaylistDetailsResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `checkFollowing` (GET /me/following/contains), by location. */
export const checkFollowingParams = /* @__PURE__ */ v.object({
  query: /* @__PURE__ */ v.object({
    type: /* @__PURE__ */ v.picklist(["artist", "user"]),
    ids: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
      /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
      /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
    ),
  }),
});

/** JSON response bodies of `checkFollowing`, by HTTP status. */
export const checkFollowingResponses = {
  "200": BooleanListSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `checkLibraryContains` (GET /me/library/contains), by location. */
export const checkLibraryContainsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `checkLibraryContains`, by HTTP status. */
export const checkLibraryContainsResponses = {
  "200": BooleanListSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `checkPlaylistFollowers` (GET /playlists/{playlist_id}/followers/contains), by location. */
export const checkPlaylistFollowersParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `checkPlaylistFollowers`, by HTTP status. */
export const checkPlaylistFollowersResponses = {
  "200": BooleanListSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `checkSavedAlbums` (GET /me/albums/contains), by location. */
export const checkSavedAlbumsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `checkSavedAlbums`, by HTTP status. */
export const checkSavedAlbumsResponses = {
  "200": BooleanListSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `checkSavedAudiobooks` (GET /me/audiobooks/contains), by location. */
export const checkSavedAudiobooksParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `checkSavedAudiobooks`, by HTTP status. */
export const checkSavedAudiobooksResponses = {
  "200": BooleanListSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `checkSavedEpisodes` (GET /me/episodes/contains), by location. */
export const checkSavedEpisodesParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `checkSavedEpisodes`, by HTTP status. */
export const checkSavedEpisodesResponses = {
  "200": BooleanListSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `checkSavedShows` (GET /me/shows/contains), by location. */
export const checkSavedShowsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `checkSavedShows`, by HTTP status. */
export const checkSavedShowsResponses = {
  "200": BooleanListSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `checkSavedTracks` (GET /me/tracks/contains), by location. */
export const checkSavedTracksParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `checkSavedTracks`, by HTTP status. */
export const checkSavedTracksResponses = {
  "200": BooleanListSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `createPlaylist` (POST /me/playlists), by location. */
export const createPlaylistParams = /* @__PURE__ */ v.object({ body: CreatePlaylistRequestSchema });

/** JSON response bodies of `createPlaylist`, by HTTP status. */
export const createPlaylistResponses = {
  "201": PlaylistObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `createPlaylistForUser` (POST /users/{user_id}/playlists), by location. */
export const createPlaylistForUserParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({ user_id: /* @__PURE__ */ v.string() }),
  body: CreatePlaylistRequestSchema,
});

/** JSON response bodies of `createPlaylistForUser`, by HTTP status. */
export const createPlaylistForUserResponses = {
  "201": PlaylistObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `followArtistsOrUsers` (PUT /me/following), by location. */
export const followArtistsOrUsersParams = /* @__PURE__ */ v.object({
  query: /* @__PURE__ */ v.object({
    type: /* @__PURE__ */ v.picklist(["artist", "user"]),
    ids: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
      /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
      /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
    ),
  }),
  body: /* @__PURE__ */ v.optional(IdsRequestSchema),
});

/** JSON response bodies of `followArtistsOrUsers`, by HTTP status. */
export const followArtistsOrUsersResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `followPlaylist` (PUT /playlists/{playlist_id}/followers), by location. */
export const followPlaylistParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
    ),
  }),
  body: /* @__PURE__ */ v.optional(FollowPlaylistRequestSchema),
});

/** JSON response bodies of `followPlaylist`, by HTTP status. */
export const followPlaylistResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getAlbum` (GET /albums/{id}), by location. */
export const getAlbumParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getAlbum`, by HTTP status. */
export const getAlbumResponses = {
  "200": AlbumObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getAlbumTracks` (GET /albums/{id}/tracks), by location. */
export const getAlbumTracksParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getAlbumTracks`, by HTTP status. */
export const getAlbumTracksResponses = {
  "200": PagingSimplifiedTrackObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getArtist` (GET /artists/{id}), by location. */
export const getArtistParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
    ),
  }),
});

/** JSON response bodies of `getArtist`, by HTTP status. */
export const getArtistResponses = {
  "200": ArtistObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getArtistAlbums` (GET /artists/{id}/albums), by location. */
export const getArtistAlbumsParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getArtistAlbums`, by HTTP status. */
export const getArtistAlbumsResponses = {
  "200": PagingArtistDiscographyAlbumObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getArtistTopTracks` (GET /artists/{id}/top-tracks), by location. */
export const getArtistTopTracksParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getArtistTopTracks`, by HTTP status. */
export const getArtistTopTracksResponses = {
  "200": SeveralTracksSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getAudioAnalysis` (GET /audio-analysis/{id}), by location. */
export const getAudioAnalysisParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
    ),
  }),
});

/** JSON response bodies of `getAudioAnalysis`, by HTTP status. */
export const getAudioAnalysisResponses = {
  "200": AudioAnalysisObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getAudioFeatures` (GET /audio-features/{id}), by location. */
export const getAudioFeaturesParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
    ),
  }),
});

/** JSON response bodies of `getAudioFeatures`, by HTTP status. */
export const getAudioFeaturesResponses = {
  "200": AudioFeaturesObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getAudiobook` (GET /audiobooks/{id}), by location. */
export const getAudiobookParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getAudiobook`, by HTTP status. */
export const getAudiobookResponses = {
  "200": AudiobookObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getAudiobookChapters` (GET /audiobooks/{id}/chapters), by location. */
export const getAudiobookChaptersParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getAudiobookChapters`, by HTTP status. */
export const getAudiobookChaptersResponses = {
  "200": PagingSimplifiedChapterObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getAvailableDevices` (GET /me/player/devices), by location. */
export const getAvailableDevicesParams = /* @__PURE__ */ v.object({});

/** JSON response bodies of `getAvailableDevices`, by HTTP status. */
export const getAvailableDevicesResponses = {
  "200": DeviceListSchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getAvailableMarkets` (GET /markets), by location. */
export const getAvailableMarketsParams = /* @__PURE__ */ v.object({});

/** JSON response bodies of `getAvailableMarkets`, by HTTP status. */
export const getAvailableMarketsResponses = {
  "200": MarketListSchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getCategories` (GET /browse/categories), by location. */
export const getCategoriesParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getCategories`, by HTTP status. */
export const getCategoriesResponses = {
  "200": CategoriesResponseSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getCategory` (GET /browse/categories/{category_id}), by location. */
export const getCategoryParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({ category_id: /* @__PURE__ */ v.string() }),
  query: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.object({ locale: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()) }),
  ),
});

/** JSON response bodies of `getCategory`, by HTTP status. */
export const getCategoryResponses = {
  "200": CategoryObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getCategoryPlaylists` (GET /browse/categories/{category_id}/playlists), by location. */
export const getCategoryPlaylistsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getCategoryPlaylists`, by HTTP status. */
export const getCategoryPlaylistsResponses = {
  "200": PlaylistsPageResponseSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getChapter` (GET /chapters/{id}), by location. */
export const getChapterParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getChapter`, by HTTP status. */
export const getChapterResponses = {
  "200": ChapterObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getCurrentUserPlaylists` (GET /me/playlists), by location. */
export const getCurrentUserPlaylistsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getCurrentUserPlaylists`, by HTTP status. */
export const getCurrentUserPlaylistsResponses = {
  "200": PagingPlaylistObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getCurrentUserProfile` (GET /me), by location. */
export const getCurrentUserProfileParams = /* @__PURE__ */ v.object({});

/** JSON response bodies of `getCurrentUserProfile`, by HTTP status. */
export const getCurrentUserProfileResponses = {
  "200": PrivateUserObjectSchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getCurrentlyPlaying` (GET /me/player/currently-playing), by location. */
export const getCurrentlyPlayingParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getCurrentlyPlaying`, by HTTP status. */
export const getCurrentlyPlayingResponses = {
  "200": CurrentlyPlayingObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getEpisode` (GET /episodes/{id}), by location. */
export const getEpisodeParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getEpisode`, by HTTP status. */
export const getEpisodeResponses = {
  "200": EpisodeObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getFeaturedPlaylists` (GET /browse/featured-playlists), by location. */
export const getFeaturedPlaylistsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getFeaturedPlaylists`, by HTTP status. */
export const getFeaturedPlaylistsResponses = {
  "200": PlaylistsPageResponseSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getFollowedArtists` (GET /me/following), by location. */
export const getFollowedArtistsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getFollowedArtists`, by HTTP status. */
export const getFollowedArtistsResponses = {
  "200": FollowedArtistsResponseSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getGenreSeeds` (GET /recommendations/available-genre-seeds), by location. */
export const getGenreSeedsParams = /* @__PURE__ */ v.object({});

/** JSON response bodies of `getGenreSeeds`, by HTTP status. */
export const getGenreSeedsResponses = {
  "200": GenreSeedListSchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getNewReleases` (GET /browse/new-releases), by location. */
export const getNewReleasesParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getNewReleases`, by HTTP status. */
export const getNewReleasesResponses = {
  "200": NewReleasesResponseSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getPlaybackState` (GET /me/player), by location. */
export const getPlaybackStateParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getPlaybackState`, by HTTP status. */
export const getPlaybackStateResponses = {
  "200": PlaybackStateObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getPlaylist` (GET /playlists/{playlist_id}), by location. */
export const getPlaylistParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getPlaylist`, by HTTP status. */
export const getPlaylistResponses = {
  "200": PlaylistObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getPlaylistCoverImage` (GET /playlists/{playlist_id}/images), by location. */
export const getPlaylistCoverImageParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
    ),
  }),
});

/** JSON response bodies of `getPlaylistCoverImage`, by HTTP status. */
export const getPlaylistCoverImageResponses = {
  "200": ImageArraySchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getPlaylistItems` (GET /playlists/{playlist_id}/items), by location. */
export const getPlaylistItemsParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getPlaylistItems`, by HTTP status. */
export const getPlaylistItemsResponses = {
  "200": PagingPlaylistTrackObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getPlaylistTracks` (GET /playlists/{playlist_id}/tracks), by location. */
export const getPlaylistTracksParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getPlaylistTracks`, by HTTP status. */
export const getPlaylistTracksResponses = {
  "200": PagingPlaylistTrackObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getQueue` (GET /me/player/queue), by location. */
export const getQueueParams = /* @__PURE__ */ v.object({});

/** JSON response bodies of `getQueue`, by HTTP status. */
export const getQueueResponses = {
  "200": QueueObjectSchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getRecentlyPlayed` (GET /me/player/recently-played), by location. */
export const getRecentlyPlayedParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getRecentlyPlayed`, by HTTP status. */
export const getRecentlyPlayedResponses = {
  "200": CursorPagingPlayHistoryObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getRecommendations` (GET /recommendations), by location. */
export const getRecommendationsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getRecommendations`, by HTTP status. */
export const getRecommendationsResponses = {
  "200": RecommendationsObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getRelatedArtists` (GET /artists/{id}/related-artists), by location. */
export const getRelatedArtistsParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
    ),
  }),
});

/** JSON response bodies of `getRelatedArtists`, by HTTP status. */
export const getRelatedArtistsResponses = {
  "200": SeveralArtistsSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getSavedAlbums` (GET /me/albums), by location. */
export const getSavedAlbumsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getSavedAlbums`, by HTTP status. */
export const getSavedAlbumsResponses = {
  "200": PagingSavedAlbumObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getSavedAudiobooks` (GET /me/audiobooks), by location. */
export const getSavedAudiobooksParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getSavedAudiobooks`, by HTTP status. */
export const getSavedAudiobooksResponses = {
  "200": PagingSavedAudiobookObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getSavedEpisodes` (GET /me/episodes), by location. */
export const getSavedEpisodesParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getSavedEpisodes`, by HTTP status. */
export const getSavedEpisodesResponses = {
  "200": PagingSavedEpisodeObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getSavedShows` (GET /me/shows), by location. */
export const getSavedShowsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getSavedShows`, by HTTP status. */
export const getSavedShowsResponses = {
  "200": PagingSavedShowObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getSavedTracks` (GET /me/tracks), by location. */
export const getSavedTracksParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getSavedTracks`, by HTTP status. */
export const getSavedTracksResponses = {
  "200": PagingSavedTrackObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getSeveralAlbums` (GET /albums), by location. */
export const getSeveralAlbumsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getSeveralAlbums`, by HTTP status. */
export const getSeveralAlbumsResponses = {
  "200": SeveralAlbumsSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getSeveralArtists` (GET /artists), by location. */
export const getSeveralArtistsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getSeveralArtists`, by HTTP status. */
export const getSeveralArtistsResponses = {
  "200": SeveralArtistsSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getSeveralAudioFeatures` (GET /audio-features), by location. */
export const getSeveralAudioFeaturesParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getSeveralAudioFeatures`, by HTTP status. */
export const getSeveralAudioFeaturesResponses = {
  "200": SeveralAudioFeaturesSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getSeveralAudiobooks` (GET /audiobooks), by location. */
export const getSeveralAudiobooksParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getSeveralAudiobooks`, by HTTP status. */
export const getSeveralAudiobooksResponses = {
  "200": SeveralAudiobooksSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getSeveralChapters` (GET /chapters), by location. */
export const getSeveralChaptersParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getSeveralChapters`, by HTTP status. */
export const getSeveralChaptersResponses = {
  "200": SeveralChaptersSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getSeveralEpisodes` (GET /episodes), by location. */
export const getSeveralEpisodesParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getSeveralEpisodes`, by HTTP status. */
export const getSeveralEpisodesResponses = {
  "200": SeveralEpisodesSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getSeveralShows` (GET /shows), by location. */
export const getSeveralShowsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getSeveralShows`, by HTTP status. */
export const getSeveralShowsResponses = {
  "200": SeveralShowsSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getSeveralTracks` (GET /tracks), by location. */
export const getSeveralTracksParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getSeveralTracks`, by HTTP status. */
export const getSeveralTracksResponses = {
  "200": SeveralTracksSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getShow` (GET /shows/{id}), by location. */
export const getShowParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getShow`, by HTTP status. */
export const getShowResponses = {
  "200": ShowObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getShowEpisodes` (GET /shows/{id}/episodes), by location. */
export const getShowEpisodesParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getShowEpisodes`, by HTTP status. */
export const getShowEpisodesResponses = {
  "200": PagingSimplifiedEpisodeObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getTopArtists` (GET /me/top/artists), by location. */
export const getTopArtistsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getTopArtists`, by HTTP status. */
export const getTopArtistsResponses = {
  "200": PagingArtistObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getTopTracks` (GET /me/top/tracks), by location. */
export const getTopTracksParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getTopTracks`, by HTTP status. */
export const getTopTracksResponses = {
  "200": PagingTrackObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getTrack` (GET /tracks/{id}), by location. */
export const getTrackParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
});

/** JSON response bodies of `getTrack`, by HTTP status. */
export const getTrackResponses = {
  "200": TrackObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getUserPlaylists` (GET /users/{user_id}/playlists), by location. */
export const getUserPlaylistsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `getUserPlaylists`, by HTTP status. */
export const getUserPlaylistsResponses = {
  "200": PagingPlaylistObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `getUserProfile` (GET /users/{user_id}), by location. */
export const getUserProfileParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({ user_id: /* @__PURE__ */ v.string() }),
});

/** JSON response bodies of `getUserProfile`, by HTTP status. */
export const getUserProfileResponses = {
  "200": PublicUserObjectSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `pausePlayback` (PUT /me/player/pause), by location. */
export const pausePlaybackParams = /* @__PURE__ */ v.object({
  query: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.object({ device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()) }),
  ),
});

/** JSON response bodies of `pausePlayback`, by HTTP status. */
export const pausePlaybackResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `removeLibraryItems` (DELETE /me/library), by location. */
export const removeLibraryItemsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `removeLibraryItems`, by HTTP status. */
export const removeLibraryItemsResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `removePlaylistItems` (DELETE /playlists/{playlist_id}/items), by location. */
export const removePlaylistItemsParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
    ),
  }),
  body: RemovePlaylistItemsRequestSchema,
});

/** JSON response bodies of `removePlaylistItems`, by HTTP status. */
export const removePlaylistItemsResponses = {
  "200": SnapshotIdResponseSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `removePlaylistTracks` (DELETE /playlists/{playlist_id}/tracks), by location. */
export const removePlaylistTracksParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
    ),
  }),
  body: RemovePlaylistTracksRequestSchema,
});

/** JSON response bodies of `removePlaylistTracks`, by HTTP status. */
export const removePlaylistTracksResponses = {
  "200": SnapshotIdResponseSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `removeSavedAlbums` (DELETE /me/albums), by location. */
export const removeSavedAlbumsParams = /* @__PURE__ */ v.object({
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
  body: /* @__PURE__ */ v.optional(IdsRequestSchema),
});

/** JSON response bodies of `removeSavedAlbums`, by HTTP status. */
export const removeSavedAlbumsResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `removeSavedAudiobooks` (DELETE /me/audiobooks), by location. */
export const removeSavedAudiobooksParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `removeSavedAudiobooks`, by HTTP status. */
export const removeSavedAudiobooksResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `removeSavedEpisodes` (DELETE /me/episodes), by location. */
export const removeSavedEpisodesParams = /* @__PURE__ */ v.object({
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
  body: /* @__PURE__ */ v.optional(IdsRequestSchema),
});

/** JSON response bodies of `removeSavedEpisodes`, by HTTP status. */
export const removeSavedEpisodesResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `removeSavedShows` (DELETE /me/shows), by location. */
export const removeSavedShowsParams = /* @__PURE__ */ v.object({
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
  body: /* @__PURE__ */ v.optional(IdsRequestSchema),
});

/** JSON response bodies of `removeSavedShows`, by HTTP status. */
export const removeSavedShowsResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `removeSavedTracks` (DELETE /me/tracks), by location. */
export const removeSavedTracksParams = /* @__PURE__ */ v.object({
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
  body: /* @__PURE__ */ v.optional(IdsRequestSchema),
});

/** JSON response bodies of `removeSavedTracks`, by HTTP status. */
export const removeSavedTracksResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `reorderOrReplacePlaylistItems` (PUT /playlists/{playlist_id}/items), by location. */
export const reorderOrReplacePlaylistItemsParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
  body: /* @__PURE__ */ v.optional(ReorderOrReplacePlaylistItemsRequestSchema),
});

/** JSON response bodies of `reorderOrReplacePlaylistItems`, by HTTP status. */
export const reorderOrReplacePlaylistItemsResponses = {
  "200": SnapshotIdResponseSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `reorderOrReplacePlaylistTracks` (PUT /playlists/{playlist_id}/tracks), by location. */
export const reorderOrReplacePlaylistTracksParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
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
  body: /* @__PURE__ */ v.optional(ReorderOrReplacePlaylistItemsRequestSchema),
});

/** JSON response bodies of `reorderOrReplacePlaylistTracks`, by HTTP status. */
export const reorderOrReplacePlaylistTracksResponses = {
  "200": SnapshotIdResponseSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `saveAlbums` (PUT /me/albums), by location. */
export const saveAlbumsParams = /* @__PURE__ */ v.object({
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
  body: /* @__PURE__ */ v.optional(IdsRequestSchema),
});

/** JSON response bodies of `saveAlbums`, by HTTP status. */
export const saveAlbumsResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `saveAudiobooks` (PUT /me/audiobooks), by location. */
export const saveAudiobooksParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `saveAudiobooks`, by HTTP status. */
export const saveAudiobooksResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `saveEpisodes` (PUT /me/episodes), by location. */
export const saveEpisodesParams = /* @__PURE__ */ v.object({
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
  body: /* @__PURE__ */ v.optional(IdsRequestSchema),
});

/** JSON response bodies of `saveEpisodes`, by HTTP status. */
export const saveEpisodesResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `saveLibraryItems` (PUT /me/library), by location. */
export const saveLibraryItemsParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `saveLibraryItems`, by HTTP status. */
export const saveLibraryItemsResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `saveShows` (PUT /me/shows), by location. */
export const saveShowsParams = /* @__PURE__ */ v.object({
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
  body: /* @__PURE__ */ v.optional(IdsRequestSchema),
});

/** JSON response bodies of `saveShows`, by HTTP status. */
export const saveShowsResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `saveTracks` (PUT /me/tracks), by location. */
export const saveTracksParams = /* @__PURE__ */ v.object({ body: SaveTracksRequestSchema });

/** JSON response bodies of `saveTracks`, by HTTP status. */
export const saveTracksResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `search` (GET /search), by location. */
export const searchParams = /* @__PURE__ */ v.object({
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
});

/** JSON response bodies of `search`, by HTTP status. */
export const searchResponses = {
  "200": SearchResponseSchema,
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `seekToPosition` (PUT /me/player/seek), by location. */
export const seekToPositionParams = /* @__PURE__ */ v.object({
  query: /* @__PURE__ */ v.object({
    position_ms: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
      /* @__PURE__ */ v.minValue(0, "must be at least 0"),
    ),
    device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  }),
});

/** JSON response bodies of `seekToPosition`, by HTTP status. */
export const seekToPositionResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `setPlaybackVolume` (PUT /me/player/volume), by location. */
export const setPlaybackVolumeParams = /* @__PURE__ */ v.object({
  query: /* @__PURE__ */ v.object({
    volume_percent: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.number(),
      /* @__PURE__ */ v.integer("must be an integer"),
      /* @__PURE__ */ v.minValue(0, "must be at least 0"),
      /* @__PURE__ */ v.maxValue(100, "must be at most 100"),
    ),
    device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  }),
});

/** JSON response bodies of `setPlaybackVolume`, by HTTP status. */
export const setPlaybackVolumeResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `setRepeatMode` (PUT /me/player/repeat), by location. */
export const setRepeatModeParams = /* @__PURE__ */ v.object({
  query: /* @__PURE__ */ v.object({
    state: RepeatStateSchema,
    device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  }),
});

/** JSON response bodies of `setRepeatMode`, by HTTP status. */
export const setRepeatModeResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `setShuffle` (PUT /me/player/shuffle), by location. */
export const setShuffleParams = /* @__PURE__ */ v.object({
  query: /* @__PURE__ */ v.object({
    state: /* @__PURE__ */ v.boolean(),
    device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()),
  }),
});

/** JSON response bodies of `setShuffle`, by HTTP status. */
export const setShuffleResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `skipToNext` (POST /me/player/next), by location. */
export const skipToNextParams = /* @__PURE__ */ v.object({
  query: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.object({ device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()) }),
  ),
});

/** JSON response bodies of `skipToNext`, by HTTP status. */
export const skipToNextResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `skipToPrevious` (POST /me/player/previous), by location. */
export const skipToPreviousParams = /* @__PURE__ */ v.object({
  query: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.object({ device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()) }),
  ),
});

/** JSON response bodies of `skipToPrevious`, by HTTP status. */
export const skipToPreviousResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `startPlayback` (PUT /me/player/play), by location. */
export const startPlaybackParams = /* @__PURE__ */ v.object({
  query: /* @__PURE__ */ v.optional(
    /* @__PURE__ */ v.object({ device_id: /* @__PURE__ */ v.optional(/* @__PURE__ */ v.string()) }),
  ),
  body: /* @__PURE__ */ v.optional(StartPlaybackRequestSchema),
});

/** JSON response bodies of `startPlayback`, by HTTP status. */
export const startPlaybackResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `transferPlayback` (PUT /me/player), by location. */
export const transferPlaybackParams = /* @__PURE__ */ v.object({
  body: TransferPlaybackRequestSchema,
});

/** JSON response bodies of `transferPlayback`, by HTTP status. */
export const transferPlaybackResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `unfollowArtistsOrUsers` (DELETE /me/following), by location. */
export const unfollowArtistsOrUsersParams = /* @__PURE__ */ v.object({
  query: /* @__PURE__ */ v.object({
    type: /* @__PURE__ */ v.picklist(["artist", "user"]),
    ids: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.array(/* @__PURE__ */ v.string()),
      /* @__PURE__ */ v.minLength(1, "must have at least 1 items"),
      /* @__PURE__ */ v.maxLength(50, "must have at most 50 items"),
    ),
  }),
  body: /* @__PURE__ */ v.optional(IdsRequestSchema),
});

/** JSON response bodies of `unfollowArtistsOrUsers`, by HTTP status. */
export const unfollowArtistsOrUsersResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `unfollowPlaylist` (DELETE /playlists/{playlist_id}/followers), by location. */
export const unfollowPlaylistParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
    ),
  }),
});

/** JSON response bodies of `unfollowPlaylist`, by HTTP status. */
export const unfollowPlaylistResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;

/** Inputs of `uploadPlaylistCoverImage` (PUT /playlists/{playlist_id}/images), by location. */
export const uploadPlaylistCoverImageParams = /* @__PURE__ */ v.object({
  path: /* @__PURE__ */ v.object({
    playlist_id: /* @__PURE__ */ v.pipe(
      /* @__PURE__ */ v.string(),
      /* @__PURE__ */ v.regex(/^[0-9A-Za-z]+$/, "must be a Spotify ID (letters and digits only)"),
    ),
  }),
  body: /* @__PURE__ */ v.string(),
});

/** JSON response bodies of `uploadPlaylistCoverImage`, by HTTP status. */
export const uploadPlaylistCoverImageResponses = {
  "400": ErrorBodySchema,
  "401": ErrorBodySchema,
  "403": ErrorBodySchema,
  "404": ErrorBodySchema,
  "429": ErrorBodySchema,
} as const;
