/** Browse categories, recommendations, genre seeds and markets. */
import { indexedId } from "../ids.js";
import { rngFor } from "../prng.js";
import { apiHref, type BuildContext, images, MARKETS, title } from "./common.js";
import { track } from "./track.js";

/** Genre seeds the recommendations endpoints know. */
export const GENRE_SEEDS = ["acoustic", "ambient", "blues", "classical", "folk", "jazz", "rock"];

/** Id of browse category `index`. */
export function categoryId(ctx: BuildContext, index: number): string {
  return indexedId(ctx.seed, "category", index).toLowerCase();
}

/** CategoryObject for `id`. */
export function category(ctx: BuildContext, id: string) {
  return {
    href: apiHref(ctx, `browse/categories/${id}`),
    icons: images(ctx, "category", id).slice(0, 1),
    id,
    name: title(rngFor(ctx.seed, "category", id)),
  };
}

/** RecommendationsObject for the seeds given in the query. */
export function recommendations(ctx: BuildContext, query: URLSearchParams, limit: number) {
  const seeds: { id: string; type: string }[] = [];
  for (const [param, type] of [
    ["seed_artists", "ARTIST"],
    ["seed_tracks", "TRACK"],
    ["seed_genres", "GENRE"],
  ] as const) {
    for (const id of (query.get(param) ?? "").split(",").filter(Boolean)) seeds.push({ id, type });
  }
  const scope = seeds.map((s) => s.id).join(",");
  return {
    seeds: seeds.map((seed) => {
      const rng = rngFor(ctx.seed, "rec-seed", seed.id);
      const pool = rng.int(100, 250);
      return {
        afterFilteringSize: pool,
        afterRelinkingSize: pool,
        href:
          seed.type === "GENRE"
            ? null
            : apiHref(ctx, `${seed.type === "ARTIST" ? "artists" : "tracks"}/${seed.id}`),
        id: seed.id,
        initialPoolSize: pool,
        type: seed.type,
      };
    }),
    tracks: Array.from({ length: limit }, (_, i) =>
      track(ctx, indexedId(ctx.seed, `recommendations:${scope}`, i)),
    ),
  };
}

/** Markets answered by `GET /markets`. */
export function markets(): { markets: string[] } {
  return { markets: [...MARKETS] };
}
