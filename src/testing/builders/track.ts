/** Track objects: simplified (inside albums), full, and local files (only inside playlists). */
import { indexedId, spotifyId } from "../ids.js";
import { rngFor } from "../prng.js";
import { albumArtistId, simplifiedAlbum } from "./album.js";
import { simplifiedArtist } from "./artist.js";
import {
  apiHref,
  availableMarkets,
  type BuildContext,
  externalUrls,
  personName,
  spotifyUri,
  title,
} from "./common.js";

/** Where a track sits: given for album tracks, derived from the track id otherwise. */
export interface TrackPlacement {
  albumId?: string;
  trackNumber?: number;
}

/** Id of track `index` of album `albumId`. */
export function albumTrackId(ctx: BuildContext, albumId: string, index: number): string {
  return indexedId(ctx.seed, `album:${albumId}`, index);
}

function albumOf(ctx: BuildContext, id: string, placement: TrackPlacement): string {
  return placement.albumId ?? spotifyId(ctx.seed, "track-album", id);
}

/** SimplifiedTrackObject for `id`. */
export function simplifiedTrack(ctx: BuildContext, id: string, placement: TrackPlacement = {}) {
  const rng = rngFor(ctx.seed, "track", id);
  const albumId = albumOf(ctx, id, placement);
  const marketFields =
    ctx.market === undefined
      ? { available_markets: availableMarkets(ctx) }
      : // With a market Spotify drops the market list and says whether it plays there instead.
        { is_playable: true };
  return {
    artists: [simplifiedArtist(ctx, albumArtistId(ctx, albumId))],
    ...marketFields,
    disc_number: 1,
    duration_ms: rng.int(90_000, 420_000),
    explicit: rng.chance(0.15),
    external_urls: externalUrls("track", id),
    href: apiHref(ctx, `tracks/${id}`),
    id,
    name: title(rng),
    preview_url: null,
    track_number: placement.trackNumber ?? rng.int(1, 12),
    type: "track" as const,
    uri: spotifyUri("track", id),
    is_local: false,
  };
}

/** TrackObject for `id`, with its album. */
export function track(ctx: BuildContext, id: string, placement: TrackPlacement = {}) {
  const rng = rngFor(ctx.seed, "track-full", id);
  return {
    ...simplifiedTrack(ctx, id, placement),
    album: simplifiedAlbum(ctx, albumOf(ctx, id, placement)),
    external_ids: { isrc: `QZ${rng.int(10_000_000, 99_999_999)}AB` },
    popularity: rng.int(0, 100),
  };
}

/**
 * A local file inside a playlist. Spotify sends these with `is_local: true`, a `spotify:local:`
 * URI and null ids and links everywhere, which is what breaks clients that index by id.
 */
export function localTrack(ctx: BuildContext, scope: string, index: number) {
  const rng = rngFor(ctx.seed, "local", scope, index);
  const name = title(rng);
  const artistName = personName(rng);
  const albumName = title(rng);
  const durationMs = rng.int(60_000, 300_000);
  const plus = (text: string) => encodeURIComponent(text).replaceAll("%20", "+");
  const nullLinks = { external_urls: {}, href: null, id: null, uri: null };
  return {
    album: {
      album_type: null,
      artists: [],
      available_markets: [],
      ...nullLinks,
      images: [],
      name: albumName,
      release_date: null,
      release_date_precision: null,
      type: "album",
    },
    artists: [{ ...nullLinks, name: artistName, type: "artist" }],
    available_markets: [] as string[],
    disc_number: 0,
    duration_ms: durationMs,
    explicit: false,
    external_ids: {},
    external_urls: {},
    href: null,
    id: null,
    name,
    popularity: 0,
    preview_url: null,
    track_number: 0,
    type: "track" as const,
    uri: `spotify:local:${plus(artistName)}:${plus(albumName)}:${plus(name)}:${durationMs / 1000}`,
    is_local: true,
  };
}
