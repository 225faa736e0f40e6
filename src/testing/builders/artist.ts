/** Artist objects (simplified and full). */
import { rngFor } from "../prng.js";
import {
  apiHref,
  type BuildContext,
  externalUrls,
  images,
  personName,
  spotifyUri,
} from "./common.js";

const GENRES = ["ambient", "art pop", "dream pop", "folk", "indie rock", "jazz", "post-punk"];

/** SimplifiedArtistObject for `id`. */
export function simplifiedArtist(ctx: BuildContext, id: string) {
  const rng = rngFor(ctx.seed, "artist", id);
  return {
    external_urls: externalUrls("artist", id),
    href: apiHref(ctx, `artists/${id}`),
    id,
    name: personName(rng),
    type: "artist" as const,
    uri: spotifyUri("artist", id),
  };
}

/** ArtistObject for `id` (followers, genres and popularity are Extended-Quota-only fields). */
export function artist(ctx: BuildContext, id: string) {
  const rng = rngFor(ctx.seed, "artist-full", id);
  const genreCount = rng.int(0, 3);
  const genres: string[] = [];
  for (let i = 0; i < genreCount; i++) {
    const genre = rng.pick(GENRES);
    if (!genres.includes(genre)) genres.push(genre);
  }
  return {
    ...simplifiedArtist(ctx, id),
    followers: { href: null, total: rng.int(0, 5_000_000) },
    genres,
    images: images(ctx, "artist", id),
    popularity: rng.int(0, 100),
  };
}
