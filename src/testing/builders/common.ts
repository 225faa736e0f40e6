/**
 * Shared pieces of every object family: the build context, links, images, dates and names.
 */
import { hexId } from "../ids.js";
import type { Rng } from "../prng.js";

/** Collection sizes the builders and handlers read (see `MockSpotifyOptions.sizes`). */
export interface CollectionSizes {
  playlistItems: number;
  savedTracks: number;
  savedAlbums: number;
  savedShows: number;
  savedEpisodes: number;
  savedAudiobooks: number;
  albumTracks: number | undefined;
  artistAlbums: number;
  showEpisodes: number;
  audiobookChapters: number;
  userPlaylists: number;
  followedArtists: number;
  recentlyPlayed: number;
  topArtists: number;
  topTracks: number;
  categories: number;
  categoryPlaylists: number;
  featuredPlaylists: number;
  newReleases: number;
  searchResults: number;
}

/** Everything a builder needs besides the id it is asked for. */
export interface BuildContext {
  seed: number;
  /** The mock's API base, e.g. `http://127.0.0.1:PORT/v1`; every `href` points back at it. */
  baseUrl: string;
  /** `market` of the request; present means "answer as Spotify does for a given market". */
  market: string | undefined;
  /** `additional_types` of the request: playlists send episodes as episodes only when asked. */
  additionalTypes: readonly string[];
  sizes: CollectionSizes;
}

/** A fixed "now" so added_at / played_at never depend on the wall clock (2026-11-01T00:00Z). */
export const EPOCH_MS = Date.UTC(2026, 10, 1);

/** Markets listed in `available_markets`: a short, stable subset of ISO 3166 codes. */
export const MARKETS = ["AR", "AU", "BR", "CA", "DE", "ES", "FR", "GB", "JP", "NL", "SE", "US"];

const ADJECTIVES = [
  "Amber",
  "Bright",
  "Cold",
  "Distant",
  "Electric",
  "Faded",
  "Golden",
  "Hidden",
  "Idle",
  "Jade",
  "Kind",
  "Lunar",
  "Midnight",
  "Neon",
  "Open",
  "Paper",
  "Quiet",
  "Restless",
  "Silver",
  "Tidal",
];
const NOUNS = [
  "Atlas",
  "Bridges",
  "Coast",
  "Dunes",
  "Echoes",
  "Fields",
  "Gardens",
  "Harbor",
  "Islands",
  "Journey",
  "Lanterns",
  "Meadow",
  "Northbound",
  "Orbit",
  "Pines",
  "Rivers",
  "Signals",
  "Trains",
];
const GIVEN = ["Ada", "Bo", "Cleo", "Dev", "Esme", "Finn", "Gus", "Hana", "Ines", "Jules", "Kai"];
const FAMILY = ["Alder", "Brook", "Crane", "Dale", "Ellis", "Frost", "Grove", "Hale", "Ives"];

/** A two-word title such as "Silver Rivers". */
export function title(rng: Rng): string {
  return `${rng.pick(ADJECTIVES)} ${rng.pick(NOUNS)}`;
}

/** A person's name such as "Cleo Frost". */
export function personName(rng: Rng): string {
  return `${rng.pick(GIVEN)} ${rng.pick(FAMILY)}`;
}

/** `https://open.spotify.com/<type>/<id>`, as Spotify puts in `external_urls`. */
export function externalUrls(type: string, id: string): { spotify: string } {
  return { spotify: `https://open.spotify.com/${type}/${id}` };
}

/** An API link on the mock itself, so a client that follows `href` stays on the mock. */
export function apiHref(ctx: BuildContext, path: string): string {
  return `${ctx.baseUrl}/${path}`;
}

/** `spotify:<type>:<id>`. */
export function spotifyUri(type: string, id: string): string {
  return `spotify:${type}:${id}`;
}

/** The three sizes Spotify serves for covers and portraits. */
export function images(
  ctx: BuildContext,
  ...scope: readonly (string | number)[]
): { url: string; height: number; width: number }[] {
  const digest = hexId(ctx.seed, 24, "image", ...scope);
  return [640, 300, 64].map((size) => ({
    url: `https://i.scdn.co/image/ab67616d0000${size}${digest}`,
    height: size,
    width: size,
  }));
}

/** A release date with the precision Spotify reports next to it. */
export function releaseDate(rng: Rng): {
  release_date: string;
  release_date_precision: "year" | "month" | "day";
} {
  const year = rng.int(1965, 2026);
  const month = String(rng.int(1, 12)).padStart(2, "0");
  const day = String(rng.int(1, 28)).padStart(2, "0");
  // Older catalogue often only has a year; keep a few of those so clients handle all three.
  if (rng.chance(0.1)) return { release_date: `${year}`, release_date_precision: "year" };
  if (rng.chance(0.05))
    return { release_date: `${year}-${month}`, release_date_precision: "month" };
  return { release_date: `${year}-${month}-${day}`, release_date_precision: "day" };
}

/** ISO timestamp `minutesAgo` minutes before {@link EPOCH_MS}, second precision like Spotify. */
export function isoMinutesAgo(minutesAgo: number): string {
  return new Date(EPOCH_MS - minutesAgo * 60_000).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** `available_markets`, or the market-scoped view when the request named a market. */
export function availableMarkets(ctx: BuildContext): string[] {
  return ctx.market === undefined ? [...MARKETS] : [ctx.market];
}

/** Copyright lines (C and P) for albums, shows and audiobooks. */
export function copyrights(rng: Rng, owner: string): { text: string; type: string }[] {
  const year = rng.int(1990, 2026);
  return [
    { text: `(C) ${year} ${owner}`, type: "C" },
    { text: `(P) ${year} ${owner}`, type: "P" },
  ];
}

/** A playlist `snapshot_id`: opaque to clients, stable per (seed, playlist). */
export function hexSnapshot(ctx: BuildContext, playlistId: string, version = 0): string {
  return `AAAA${hexId(ctx.seed, 28, "snapshot", playlistId, version)}`;
}
