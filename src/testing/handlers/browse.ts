/** Search and browse: search results, categories, featured playlists, new releases. */
import { simplifiedAlbum } from "../builders/album.js";
import { artist } from "../builders/artist.js";
import { simplifiedAudiobook } from "../builders/audiobook.js";
import { category, categoryId } from "../builders/browse.js";
import { type BuildContext, title } from "../builders/common.js";
import { simplifiedPlaylist } from "../builders/playlist.js";
import { simplifiedEpisode, simplifiedShow } from "../builders/show.js";
import { track } from "../builders/track.js";
import { indexedId } from "../ids.js";
import { carriedParams, MockApiError, offsetPage, readPaging } from "../paging.js";
import { rngFor } from "../prng.js";
import { type HandlerTable, param } from "./types.js";

const SEARCH_TYPES: Readonly<Record<string, (ctx: BuildContext, id: string) => unknown>> = {
  album: simplifiedAlbum,
  artist,
  playlist: simplifiedPlaylist,
  track,
  show: simplifiedShow,
  episode: simplifiedEpisode,
  audiobook: simplifiedAudiobook,
};

const PAGE = { defaultLimit: 20, maxLimit: 50 } as const;

/** Handlers for search and the browse routes. */
export const browseHandlers: HandlerTable = {
  "GET /search": ({ ctx, query }) => {
    const q = query.get("q") ?? "";
    const types = (query.get("type") ?? "").split(",").filter(Boolean);
    if (q.trim() === "") throw new MockApiError(400, "No search query");
    if (types.length === 0) throw new MockApiError(400, "Missing parameter type");
    // Since February 2026 search pages by at most 10 (default 5); offset stays capped at 1000.
    const window = readPaging(query, { defaultLimit: 5, maxLimit: 10, maxOffset: 1000 });
    const result: Record<string, unknown> = {};
    for (const type of types) {
      const build = SEARCH_TYPES[type];
      if (build === undefined) throw new MockApiError(400, `Bad search type field ${type}`);
      result[`${type}s`] = offsetPage(
        ctx,
        "search",
        window,
        ctx.sizes.searchResults,
        (i) => build(ctx, indexedId(ctx.seed, `search:${type}:${q}`, i)),
        { ...carriedParams(query, ["q", "market", "include_external"]), type },
      );
    }
    return result;
  },
  "GET /browse/categories": ({ ctx, query }) => ({
    categories: offsetPage(
      ctx,
      "browse/categories",
      readPaging(query, PAGE),
      ctx.sizes.categories,
      (i) => category(ctx, categoryId(ctx, i)),
      carriedParams(query, ["locale"]),
    ),
  }),
  "GET /browse/categories/{}": (input) => category(input.ctx, param(input)),
  "GET /browse/categories/{}/playlists": (input) => {
    const { ctx, query } = input;
    const id = param(input);
    return {
      message: title(rngFor(ctx.seed, "category-message", id)),
      playlists: offsetPage(
        ctx,
        `browse/categories/${id}/playlists`,
        readPaging(query, PAGE),
        ctx.sizes.categoryPlaylists,
        (i) => simplifiedPlaylist(ctx, indexedId(ctx.seed, `category-playlists:${id}`, i)),
      ),
    };
  },
  "GET /browse/featured-playlists": ({ ctx, query }) => ({
    message: "Featured today",
    playlists: offsetPage(
      ctx,
      "browse/featured-playlists",
      readPaging(query, PAGE),
      ctx.sizes.featuredPlaylists,
      (i) => simplifiedPlaylist(ctx, indexedId(ctx.seed, "featured", i)),
      carriedParams(query, ["locale"]),
    ),
  }),
  "GET /browse/new-releases": ({ ctx, query }) => ({
    albums: offsetPage(
      ctx,
      "browse/new-releases",
      readPaging(query, PAGE),
      ctx.sizes.newReleases,
      (i) => simplifiedAlbum(ctx, indexedId(ctx.seed, "new-releases", i)),
    ),
  }),
};
