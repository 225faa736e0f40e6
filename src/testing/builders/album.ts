/** Album objects: simplified, discography (with album_group), full (with its first track page). */
import { spotifyId } from "../ids.js";
import { offsetPage } from "../paging.js";
import { rngFor } from "../prng.js";
import { simplifiedArtist } from "./artist.js";
import {
  apiHref,
  availableMarkets,
  type BuildContext,
  copyrights,
  externalUrls,
  images,
  releaseDate,
  spotifyUri,
  title,
} from "./common.js";
import { albumTrackId, simplifiedTrack } from "./track.js";

const ALBUM_TYPES = ["album", "single", "compilation"] as const;

/** How many tracks album `id` has: `sizes.albumTracks` when set, else 4-18 by seed. */
export function albumTrackCount(ctx: BuildContext, id: string): number {
  return ctx.sizes.albumTracks ?? rngFor(ctx.seed, "album-size", id).int(4, 18);
}

/** The artist credited on album `id` (tracks of the album share it). */
export function albumArtistId(ctx: BuildContext, id: string): string {
  return spotifyId(ctx.seed, "album-artist", id);
}

/** SimplifiedAlbumObject for `id`. */
export function simplifiedAlbum(ctx: BuildContext, id: string) {
  const rng = rngFor(ctx.seed, "album", id);
  const albumType = rng.pick(ALBUM_TYPES);
  return {
    album_type: albumType,
    total_tracks: albumTrackCount(ctx, id),
    available_markets: availableMarkets(ctx),
    external_urls: externalUrls("album", id),
    href: apiHref(ctx, `albums/${id}`),
    id,
    images: images(ctx, "album", id),
    name: title(rng),
    ...releaseDate(rng),
    type: "album" as const,
    uri: spotifyUri("album", id),
    artists: [simplifiedArtist(ctx, albumArtistId(ctx, id))],
  };
}

/** ArtistDiscographyAlbumObject: a simplified album plus how it relates to the artist. */
export function discographyAlbum(ctx: BuildContext, id: string) {
  const album = simplifiedAlbum(ctx, id);
  const group = album.album_type === "compilation" ? "appears_on" : album.album_type;
  return { ...album, album_group: group };
}

/** AlbumObject for `id`, embedding its first page of (up to 50) tracks like Spotify. */
export function album(ctx: BuildContext, id: string) {
  const base = simplifiedAlbum(ctx, id);
  const rng = rngFor(ctx.seed, "album-full", id);
  const label = `${title(rng)} Records`;
  return {
    ...base,
    tracks: offsetPage(
      ctx,
      `albums/${id}/tracks`,
      { limit: 50, offset: 0 },
      base.total_tracks,
      (i) => simplifiedTrack(ctx, albumTrackId(ctx, id, i), { albumId: id, trackNumber: i + 1 }),
    ),
    copyrights: copyrights(rng, label),
    external_ids: { upc: String(rng.int(100_000_000, 999_999_999)).padStart(12, "0") },
    genres: [] as string[],
    label,
    popularity: rng.int(0, 100),
  };
}
