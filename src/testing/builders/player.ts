/** Player state: devices, playback state, the queue and play history. */
import { indexedId } from "../ids.js";
import { rngFor } from "../prng.js";
import { apiHref, type BuildContext, EPOCH_MS, externalUrls, spotifyUri } from "./common.js";
import { episode } from "./show.js";
import { track } from "./track.js";

const DEVICE_KINDS = [
  ["Computer", "Desk Speaker Mac"],
  ["Smartphone", "Pocket Phone"],
  ["Speaker", "Kitchen Speaker"],
] as const;

/** DeviceObject number `index`; device 0 is the active one. */
export function device(ctx: BuildContext, index: number) {
  const [type, name] = DEVICE_KINDS[index % DEVICE_KINDS.length] ?? DEVICE_KINDS[0];
  return {
    id: indexedId(ctx.seed, "device", index).toLowerCase(),
    is_active: index === 0,
    is_private_session: false,
    is_restricted: false,
    name,
    type,
    volume_percent: rngFor(ctx.seed, "volume", index).int(10, 90),
    supports_volume: type !== "Smartphone",
  };
}

function playingTrackId(ctx: BuildContext): string {
  return indexedId(ctx.seed, "now-playing", 0);
}

/** CurrentlyPlayingObject: a track playing from an album context. */
export function currentlyPlaying(ctx: BuildContext) {
  const item = track(ctx, playingTrackId(ctx));
  const rng = rngFor(ctx.seed, "progress");
  return {
    context: {
      type: "album",
      href: apiHref(ctx, `albums/${item.album.id}`),
      external_urls: externalUrls("album", item.album.id),
      uri: spotifyUri("album", item.album.id),
    },
    timestamp: EPOCH_MS,
    progress_ms: rng.int(0, item.duration_ms - 1),
    is_playing: true,
    item,
    currently_playing_type: "track",
    // Playing, so resuming is the one thing a client cannot do right now.
    actions: {
      disallows: {
        pausing: false,
        resuming: true,
        seeking: false,
        skipping_next: false,
        skipping_prev: false,
      },
    },
  };
}

/** CurrentlyPlayingContextObject: the currently playing object plus device and modes. */
export function playbackState(ctx: BuildContext) {
  return {
    device: device(ctx, 0),
    repeat_state: "off",
    shuffle_state: false,
    smart_shuffle: false,
    ...currentlyPlaying(ctx),
  };
}

/** Every 5th queue entry is a podcast episode, so clients see both kinds of PlayableItem. */
const QUEUE_EPISODE_EVERY = 5;

/** QueueObject: what plays now and the next `length` items. */
export function queue(ctx: BuildContext, length = 10) {
  const next = [];
  for (let i = 0; i < length; i++) {
    const id = indexedId(ctx.seed, "queue", i);
    next.push(
      i % QUEUE_EPISODE_EVERY === QUEUE_EPISODE_EVERY - 1 ? episode(ctx, id) : track(ctx, id),
    );
  }
  return { currently_playing: track(ctx, playingTrackId(ctx)), queue: next };
}

/** Minutes between two plays in the recently-played history. */
export const PLAY_SPACING_MS = 3 * 60_000;

/** played_at (epoch ms) of history entry `index`; index 0 is the most recent play. */
export function playedAtMs(index: number): number {
  return EPOCH_MS - index * PLAY_SPACING_MS;
}

/** PlayHistoryObject number `index` of the recently-played history. */
export function playHistory(ctx: BuildContext, index: number) {
  const item = track(ctx, indexedId(ctx.seed, "recently-played", index));
  return {
    track: item,
    played_at: new Date(playedAtMs(index)).toISOString(),
    context: {
      type: "album",
      href: apiHref(ctx, `albums/${item.album.id}`),
      external_urls: externalUrls("album", item.album.id),
      uri: spotifyUri("album", item.album.id),
    },
  };
}
