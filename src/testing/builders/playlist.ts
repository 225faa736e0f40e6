/** Playlists and playlist items (tracks, the odd episode, the odd local file). */
import { indexedId, spotifyId } from "../ids.js";
import { offsetPage } from "../paging.js";
import { rngFor } from "../prng.js";
import {
  apiHref,
  type BuildContext,
  externalUrls,
  hexSnapshot,
  images,
  isoMinutesAgo,
  spotifyUri,
  title,
} from "./common.js";
import { episode, showEpisodeId } from "./show.js";
import { localTrack, track } from "./track.js";
import { CURRENT_USER_ID, playlistOwner } from "./user.js";

/** Every 7th member of a playlist is a podcast episode (Spotify mixes them since 2020). */
export const EPISODE_EVERY = 7;
/** Every 13th member is a local file, which has no catalogue id worth trusting. */
export const LOCAL_EVERY = 13;

/** Id of the track at position `index` of playlist `playlistId` (unique per position). */
export function playlistTrackId(ctx: BuildContext, playlistId: string, index: number): string {
  return indexedId(ctx.seed, `playlist:${playlistId}`, index);
}

function ownerOf(ctx: BuildContext, id: string): string {
  // Playlists whose id says "mine" belong to the current user, so write tests read naturally.
  return rngFor(ctx.seed, "playlist-owner", id).chance(0.5) || id.startsWith("mine")
    ? CURRENT_USER_ID
    : `user${rngFor(ctx.seed, "playlist-owner-id", id).int(100, 999)}`;
}

/**
 * An episode in a playlist. Unless the request asked for episodes (`additional_types=episode`),
 * Spotify sends it in track form: track fields, `type: "episode"`, the show standing in for album
 * and artist.
 */
function playlistEpisode(ctx: BuildContext, playlistId: string, index: number) {
  const showId = spotifyId(ctx.seed, "playlist-show", playlistId);
  const full = episode(ctx, showEpisodeId(ctx, showId, index), showId);
  if (ctx.additionalTypes.includes("episode")) return { ...full, episode: true, track: false };
  const showLink = {
    external_urls: full.show.external_urls,
    href: full.show.href,
    id: full.show.id,
    name: full.show.name,
    type: "show",
    uri: full.show.uri,
  };
  return {
    album: { ...showLink, album_type: null, artists: [showLink], images: full.show.images },
    artists: [showLink],
    disc_number: 0,
    duration_ms: full.duration_ms,
    episode: true,
    explicit: full.explicit,
    external_urls: full.external_urls,
    href: full.href,
    id: full.id,
    is_local: false,
    name: full.name,
    track: false,
    track_number: 0,
    type: "episode" as const,
    uri: full.uri,
  };
}

/** PlaylistTrackObject at position `index` of playlist `playlistId`. */
export function playlistItem(ctx: BuildContext, playlistId: string, index: number) {
  const kind =
    index % LOCAL_EVERY === LOCAL_EVERY - 1
      ? "local"
      : index % EPISODE_EVERY === EPISODE_EVERY - 1
        ? "episode"
        : "track";
  const member =
    kind === "local"
      ? localTrack(ctx, playlistId, index)
      : kind === "episode"
        ? playlistEpisode(ctx, playlistId, index)
        : { ...track(ctx, playlistTrackId(ctx, playlistId, index)), episode: false, track: true };
  return {
    added_at: isoMinutesAgo(index * 37 + 5),
    added_by: playlistOwner(ctx, ownerOf(ctx, playlistId)),
    is_local: kind === "local",
    // Spotify sends the member under both names since the February 2026 rename.
    item: member,
    track: member,
  };
}

/** SimplifiedPlaylistObject for `id`. */
export function simplifiedPlaylist(ctx: BuildContext, id: string) {
  const rng = rngFor(ctx.seed, "playlist", id);
  const ref = { href: apiHref(ctx, `playlists/${id}/items`), total: ctx.sizes.playlistItems };
  return {
    collaborative: false,
    description: rng.chance(0.5) ? `Songs for ${title(rng).toLowerCase()}` : "",
    external_urls: externalUrls("playlist", id),
    href: apiHref(ctx, `playlists/${id}`),
    id,
    images: images(ctx, "playlist", id),
    name: title(rng),
    owner: playlistOwner(ctx, ownerOf(ctx, id)),
    public: rng.chance(0.7),
    snapshot_id: hexSnapshot(ctx, id),
    items: ref,
    tracks: { ...ref, href: apiHref(ctx, `playlists/${id}/tracks`) },
    type: "playlist" as const,
    uri: spotifyUri("playlist", id),
  };
}

/** PlaylistObject for `id` with its first page of (up to 100) items. */
export function playlist(ctx: BuildContext, id: string) {
  const base = simplifiedPlaylist(ctx, id);
  const total = ctx.sizes.playlistItems;
  const page = (path: string) =>
    offsetPage(ctx, path, { limit: 100, offset: 0 }, total, (i) => playlistItem(ctx, id, i));
  return {
    ...base,
    followers: { href: null, total: rngFor(ctx.seed, "playlist-followers", id).int(0, 10_000) },
    items: page(`playlists/${id}/items`),
    tracks: page(`playlists/${id}/tracks`),
  };
}
