/**
 * Shared pieces of the reliability suite: the four operations every fault is tried against, a
 * fetch that counts what was sent, a sleep that records instead of waiting, a logger that keeps
 * every line, and the two whole-file checks (no unhandled rejection, no leaked socket or timer).
 */
import { createServer } from "node:net";
import { afterAll, beforeAll, expect } from "vitest";
import type { SpotifyClient } from "../../src/client.js";
import type { DataWithResponse } from "../../src/http/apiPromise.js";
import type { Logger } from "../../src/logger.js";

export const ALBUM_ID = "4aawyAB9vmqN3uQ7FjRGTy";
export const ALBUM_URI = `spotify:album:${ALBUM_ID}`;
export const PLAYLIST_ID = "3cEYpjA9oz9GiPac4AsH4n";
export const TRACK_URI = "spotify:track:4uLU6hMCjMI75M1A2tKUQC";

/** The mock's default app credentials (see `createMockSpotify`). */
export const MOCK_CLIENT = { clientId: "mock-client-id", clientSecret: "mock-client-secret" };

export type Method = "GET" | "PUT" | "POST" | "DELETE";
type Call = (client: SpotifyClient, signal?: AbortSignal) => Promise<DataWithResponse<unknown>>;

/** An operation the fault matrix calls, plus an Extended-Quota-only operation of the same method. */
export interface Target {
  method: Method;
  operationId: string;
  /** Request path the mock sees. */
  path: string;
  call: Call;
  /** What the normal answer resolves to. */
  expectData(data: unknown): void;
  tierOnly: { operationId: string; path: string; call: Call };
}

export const TARGETS: readonly Target[] = [
  {
    method: "GET",
    operationId: "getAlbum",
    path: `/v1/albums/${ALBUM_ID}`,
    call: (client, signal) => client.albums.get(ALBUM_ID, {}, { signal }).withResponse(),
    expectData: (data) => expect(data).toMatchObject({ id: ALBUM_ID, type: "album" }),
    tierOnly: {
      operationId: "getSeveralAlbums",
      path: "/v1/albums",
      call: (client, signal) =>
        client.albums.getSeveral({ ids: [ALBUM_ID] }, { signal }).withResponse(),
    },
  },
  {
    method: "PUT",
    operationId: "saveLibraryItems",
    path: "/v1/me/library",
    call: (client, signal) =>
      client.library.saveItems({ uris: [ALBUM_URI] }, { signal }).withResponse(),
    expectData: (data) => expect(data).toBeUndefined(),
    tierOnly: {
      operationId: "saveAlbums",
      path: "/v1/me/albums",
      call: (client, signal) => client.albums.save({ ids: [ALBUM_ID] }, { signal }).withResponse(),
    },
  },
  {
    method: "POST",
    operationId: "addPlaylistItems",
    path: `/v1/playlists/${PLAYLIST_ID}/items`,
    call: (client, signal) =>
      client.playlists.addItems(PLAYLIST_ID, { uris: [TRACK_URI] }, { signal }).withResponse(),
    expectData: (data) => expect(data).toEqual({ snapshot_id: expect.any(String) }),
    tierOnly: {
      operationId: "addPlaylistTracks",
      path: `/v1/playlists/${PLAYLIST_ID}/tracks`,
      call: (client, signal) =>
        client.playlists.addTracks(PLAYLIST_ID, { uris: [TRACK_URI] }, { signal }).withResponse(),
    },
  },
  {
    method: "DELETE",
    operationId: "removeLibraryItems",
    path: "/v1/me/library",
    call: (client, signal) =>
      client.library.removeItems({ uris: [ALBUM_URI] }, { signal }).withResponse(),
    expectData: (data) => expect(data).toBeUndefined(),
    tierOnly: {
      operationId: "removeSavedAlbums",
      path: "/v1/me/albums",
      call: (client, signal) =>
        client.albums.remove({ ids: [ALBUM_ID] }, { signal }).withResponse(),
    },
  },
];

/** A request as the counting fetch saw it. */
export interface SentRequest {
  method: string;
  url: string;
  /** How fetch failed (undici's cause code or message), when it did; for failure messages. */
  failure?: string;
}

/** A `fetch` that forwards to the global one and remembers every request. */
export function countingFetch(): typeof fetch & { sent: SentRequest[] } {
  const sent: SentRequest[] = [];
  const counting = (input: string | URL | Request, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    const method = init?.method ?? (input instanceof Request ? input.method : "GET");
    const entry: SentRequest = { method: method.toUpperCase(), url };
    sent.push(entry);
    return globalThis.fetch(input, init).catch((error: unknown) => {
      entry.failure = describeFailure(error);
      throw error;
    });
  };
  return Object.assign(counting, { sent });
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause: unknown = error.cause;
  if (cause instanceof Error) {
    const code = (cause as Error & { code?: unknown }).code;
    return `${error.message}: ${typeof code === "string" ? code : cause.message}`;
  }
  return `${error.name}: ${error.message}`;
}

/** A sleep that returns at once and records how long it was asked to wait. */
export function recordingSleep(): ((ms: number, signal?: AbortSignal) => Promise<void>) & {
  waits: number[];
} {
  const waits: number[] = [];
  const sleep = (ms: number, signal?: AbortSignal) => {
    waits.push(ms);
    return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  };
  return Object.assign(sleep, { waits });
}

/** A logger that keeps every line, at every level. */
export function capturingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const keep = (message: string, ...details: unknown[]) => {
    lines.push([message, ...details.map((detail) => String(detail))].join(" "));
  };
  return { lines, error: keep, warn: keep, info: keep, debug: keep };
}

/** An origin on 127.0.0.1 where nothing listens (the port was bound, then released). */
export async function closedPortOrigin(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address !== null ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

const WATCHED_RESOURCES = ["TCPSocketWrap", "TCPServerWrap", "Timeout"] as const;

function countResources(): Record<string, number> {
  const counts: Record<string, number> = Object.fromEntries(
    WATCHED_RESOURCES.map((kind) => [kind, 0]),
  );
  for (const kind of process.getActiveResourcesInfo()) {
    if (kind in counts) counts[kind] = (counts[kind] ?? 0) + 1;
  }
  return counts;
}

function exceeds(now: Record<string, number>, before: Record<string, number>): boolean {
  return WATCHED_RESOURCES.some((kind) => (now[kind] ?? 0) > (before[kind] ?? 0));
}

/**
 * Whole-file guards: records unhandled rejections and the sockets, servers and timers alive
 * before the first test, and after the last one asserts that no rejection went unhandled and
 * that no extra socket, server or timer is left. Sockets closed by the peer finish closing a few
 * event-loop turns later, so the check polls (event-loop turns, bounded by a generous deadline)
 * rather than sleeping a fixed time.
 */
export function guardProcess(): { unhandled: unknown[] } {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => {
    unhandled.push(reason);
  };
  let before: Record<string, number> = {};
  beforeAll(() => {
    process.on("unhandledRejection", onUnhandled);
    before = countResources();
  });
  afterAll(async () => {
    const deadline = Date.now() + 5_000;
    let now = countResources();
    while (exceeds(now, before) && Date.now() < deadline) {
      await new Promise((resolve) => setImmediate(resolve));
      now = countResources();
    }
    process.off("unhandledRejection", onUnhandled);
    expect(unhandled).toEqual([]);
    for (const kind of WATCHED_RESOURCES) {
      expect(now[kind] ?? 0, `${kind} left behind`).toBeLessThanOrEqual(before[kind] ?? 0);
    }
  });
  return { unhandled };
}
