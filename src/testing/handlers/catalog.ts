/** Catalogue reads: albums, artists, tracks, shows, episodes, audiobooks, chapters, audio. */
import { album, albumTrackCount, discographyAlbum } from "../builders/album.js";
import { artist } from "../builders/artist.js";
import { audioAnalysis, audioFeatures } from "../builders/audio.js";
import { audiobook, chapter, chapterId, simplifiedChapter } from "../builders/audiobook.js";
import { GENRE_SEEDS, markets, recommendations } from "../builders/browse.js";
import {
  episode,
  show,
  showEpisodeId,
  simplifiedEpisode,
  simplifiedShow,
} from "../builders/show.js";
import { albumTrackId, simplifiedTrack, track } from "../builders/track.js";
import { indexedId } from "../ids.js";
import { carriedParams, offsetPage, readPaging } from "../paging.js";
import { type HandlerTable, param, readIds, several } from "./types.js";

const MARKET = ["market"] as const;

/** Handlers for the catalogue routes. */
export const catalogHandlers: HandlerTable = {
  "GET /albums/{}": (input) => album(input.ctx, param(input)),
  "GET /albums": ({ ctx, query, maxItems }) => ({
    albums: several(readIds(query, maxItems ?? 20), (id) => album(ctx, id)),
  }),
  "GET /albums/{}/tracks": (input) => {
    const { ctx, query } = input;
    const id = param(input);
    return offsetPage(
      ctx,
      `albums/${id}/tracks`,
      readPaging(query, { defaultLimit: 20, maxLimit: 50 }),
      albumTrackCount(ctx, id),
      (i) => simplifiedTrack(ctx, albumTrackId(ctx, id, i), { albumId: id, trackNumber: i + 1 }),
      carriedParams(query, MARKET),
    );
  },
  "GET /artists/{}": (input) => artist(input.ctx, param(input)),
  "GET /artists": ({ ctx, query, maxItems }) => ({
    artists: several(readIds(query, maxItems ?? 50), (id) => artist(ctx, id)),
  }),
  "GET /artists/{}/albums": (input) => {
    const { ctx, query } = input;
    const id = param(input);
    // Since February 2026 this endpoint pages by at most 10 (default 5).
    return offsetPage(
      ctx,
      `artists/${id}/albums`,
      readPaging(query, { defaultLimit: 5, maxLimit: 10 }),
      ctx.sizes.artistAlbums,
      (i) => discographyAlbum(ctx, indexedId(ctx.seed, `artist-albums:${id}`, i)),
      carriedParams(query, ["include_groups", "market"]),
    );
  },
  "GET /artists/{}/top-tracks": (input) => ({
    tracks: Array.from({ length: 10 }, (_, i) =>
      track(input.ctx, indexedId(input.ctx.seed, `top-tracks:${param(input)}`, i)),
    ),
  }),
  "GET /artists/{}/related-artists": (input) => ({
    artists: Array.from({ length: 20 }, (_, i) =>
      artist(input.ctx, indexedId(input.ctx.seed, `related:${param(input)}`, i)),
    ),
  }),
  "GET /tracks/{}": (input) => track(input.ctx, param(input)),
  "GET /tracks": ({ ctx, query, maxItems }) => ({
    tracks: several(readIds(query, maxItems ?? 50), (id) => track(ctx, id)),
  }),
  "GET /shows/{}": (input) => show(input.ctx, param(input)),
  "GET /shows": ({ ctx, query, maxItems }) => ({
    shows: several(readIds(query, maxItems ?? 50), (id) => simplifiedShow(ctx, id)),
  }),
  "GET /shows/{}/episodes": (input) => {
    const { ctx, query } = input;
    const id = param(input);
    return offsetPage(
      ctx,
      `shows/${id}/episodes`,
      readPaging(query, { defaultLimit: 20, maxLimit: 50 }),
      ctx.sizes.showEpisodes,
      (i) => simplifiedEpisode(ctx, showEpisodeId(ctx, id, i)),
      carriedParams(query, MARKET),
    );
  },
  "GET /episodes/{}": (input) => episode(input.ctx, param(input)),
  "GET /episodes": ({ ctx, query, maxItems }) => ({
    episodes: several(readIds(query, maxItems ?? 50), (id) => episode(ctx, id)),
  }),
  "GET /audiobooks/{}": (input) => audiobook(input.ctx, param(input)),
  "GET /audiobooks": ({ ctx, query, maxItems }) => ({
    audiobooks: several(readIds(query, maxItems ?? 50), (id) => audiobook(ctx, id)),
  }),
  "GET /audiobooks/{}/chapters": (input) => {
    const { ctx, query } = input;
    const id = param(input);
    return offsetPage(
      ctx,
      `audiobooks/${id}/chapters`,
      readPaging(query, { defaultLimit: 20, maxLimit: 50 }),
      ctx.sizes.audiobookChapters,
      (i) => simplifiedChapter(ctx, chapterId(ctx, id, i), i),
      carriedParams(query, MARKET),
    );
  },
  "GET /chapters/{}": (input) => chapter(input.ctx, param(input)),
  "GET /chapters": ({ ctx, query, maxItems }) => ({
    chapters: several(readIds(query, maxItems ?? 50), (id) => chapter(ctx, id)),
  }),
  "GET /audio-features/{}": (input) => audioFeatures(input.ctx, param(input)),
  "GET /audio-features": ({ ctx, query, maxItems }) => ({
    audio_features: several(readIds(query, maxItems ?? 100), (id) => audioFeatures(ctx, id)),
  }),
  "GET /audio-analysis/{}": (input) => audioAnalysis(input.ctx, param(input)),
  "GET /recommendations": ({ ctx, query }) => {
    const { limit } = readPaging(query, { defaultLimit: 20, maxLimit: 100 });
    return recommendations(ctx, query, limit);
  },
  "GET /recommendations/available-genre-seeds": () => ({ genres: [...GENRE_SEEDS] }),
  "GET /markets": () => markets(),
};
