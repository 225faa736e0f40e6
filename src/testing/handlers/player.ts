/** Player reads. Player commands answer 204 with no body, so they need no handler. */

import { EPOCH_MS } from "../builders/common.js";
import {
  currentlyPlaying,
  device,
  PLAY_SPACING_MS,
  playbackState,
  playedAtMs,
  playHistory,
  queue,
} from "../builders/player.js";
import { MockApiError, pageUrl, readPaging } from "../paging.js";
import type { HandlerInput, HandlerTable } from "./types.js";

function readTimestamp(query: URLSearchParams, name: string): number | undefined {
  const raw = query.get(name);
  if (raw === null) return undefined;
  if (!/^\d+$/.test(raw)) throw new MockApiError(400, `Invalid ${name}`);
  return Number(raw);
}

/**
 * Recently played pages backwards in time: `before=<ms>` gives older plays and `next` carries the
 * oldest `played_at` of the page; `after=<ms>` gives the plays just newer than it. Both at once
 * is a 400, as on Spotify.
 */
function recentlyPlayed({ ctx, query }: HandlerInput) {
  const { limit } = readPaging(query, { defaultLimit: 20, maxLimit: 50 });
  const before = readTimestamp(query, "before");
  const after = readTimestamp(query, "after");
  if (before !== undefined && after !== undefined) {
    throw new MockApiError(400, "Only one of after or before may be given");
  }
  const total = ctx.sizes.recentlyPlayed;
  let start = 0;
  let end = Math.min(total, limit);
  if (before !== undefined) {
    start = Math.max(0, Math.floor((EPOCH_MS - before) / PLAY_SPACING_MS) + 1);
    end = Math.min(total, start + limit);
  } else if (after !== undefined) {
    end = Math.min(total, Math.max(0, Math.ceil((EPOCH_MS - after) / PLAY_SPACING_MS)));
    start = Math.max(0, end - limit);
  }
  const items = [];
  for (let i = start; i < end; i++) items.push(playHistory(ctx, i));
  const hrefParams: Record<string, number> = { limit };
  if (before !== undefined) hrefParams.before = before;
  if (after !== undefined) hrefParams.after = after;
  const oldest = end > start ? playedAtMs(end - 1) : undefined;
  return {
    href: pageUrl(ctx, "me/player/recently-played", hrefParams),
    limit,
    next:
      oldest !== undefined && end < total
        ? pageUrl(ctx, "me/player/recently-played", { before: oldest, limit })
        : null,
    cursors:
      oldest === undefined ? null : { after: String(playedAtMs(start)), before: String(oldest) },
    items,
  };
}

/** Handlers for the player reads. */
export const playerHandlers: HandlerTable = {
  "GET /me/player": ({ ctx }) => playbackState(ctx),
  "GET /me/player/currently-playing": ({ ctx }) => currentlyPlaying(ctx),
  "GET /me/player/devices": ({ ctx }) => ({ devices: [0, 1, 2].map((i) => device(ctx, i)) }),
  "GET /me/player/queue": ({ ctx }) => queue(ctx),
  "GET /me/player/recently-played": recentlyPlayed,
};
