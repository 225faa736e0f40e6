import { afterEach, describe, expect, it } from "vitest";
import { RateLimitError } from "../../src/errors.js";
import { RateLimitGate } from "../../src/http/rateLimitGate.js";
import {
  json,
  makeStack,
  recordingSleep,
  rejectionOf,
  spotifyError,
  startServer,
  type TestServer,
} from "./helpers.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("RateLimitGate", () => {
  it("is open (no promise) until a 429 closes it", () => {
    const gate = new RateLimitGate({ maxRetryAfter: 60, now: () => 1_000 });
    expect(gate.wait(undefined, "GET", "u")).toBeUndefined();
  });

  it("makes later requests wait out the remaining Retry-After", async () => {
    let now = 10_000;
    const waits: number[] = [];
    const gate = new RateLimitGate({
      maxRetryAfter: 60,
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    gate.closeFor(5);
    now += 2_000;
    await gate.wait(undefined, "GET", "u");
    expect(waits).toEqual([3_000]);
    now += 3_000;
    expect(gate.wait(undefined, "GET", "u")).toBeUndefined();
  });

  it("keeps the later of two closing times", () => {
    const gate = new RateLimitGate({ maxRetryAfter: 60, now: () => 0 });
    gate.closeFor(10);
    gate.closeFor(2);
    expect(gate.openAtMs).toBe(10_000);
  });

  it("throws RateLimitError instead of waiting longer than maxRetryAfter", async () => {
    const gate = new RateLimitGate({ maxRetryAfter: 5, now: () => 0 });
    gate.closeFor(30);
    const error = await rejectionOf(gate.wait(undefined, "GET", "https://api/x") as Promise<void>);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(30);
  });

  it("stops waiting when the signal aborts", async () => {
    const gate = new RateLimitGate({ maxRetryAfter: 60 });
    gate.closeFor(30);
    const controller = new AbortController();
    const waiting = gate.wait(controller.signal, "GET", "u");
    controller.abort("cancelled");
    await expect(waiting).rejects.toBe("cancelled");
  });
});

describe("the client-wide 429 gate", () => {
  it("holds a request started during the blocked window instead of sending it", async () => {
    server = await startServer((_q, res, _s, index) => {
      if (index === 0) json(res, 429, spotifyError(429, "slow down"), { "retry-after": "1" });
      else json(res, 200, { ok: index });
    });
    // Waits are held until the test releases them, so no real second passes.
    const waits: number[] = [];
    const releases: Array<() => void> = [];
    const sleep = (ms: number) => {
      waits.push(ms);
      return new Promise<void>((resolve) => releases.push(resolve));
    };
    const { requester } = makeStack({ baseUrl: server.baseUrl, sleep });
    const first = requester.operation("getAlbum", { path: { id: "a" } });
    await until(() => waits.length === 1);
    // The 429 closed the gate: a request started now waits at it too.
    const second = requester.operation("getAlbum", { path: { id: "b" } });
    await until(() => waits.length === 2);
    expect(server.seen).toHaveLength(1);
    for (const wait of waits) {
      expect(wait).toBeGreaterThan(900);
      expect(wait).toBeLessThanOrEqual(1000);
    }
    for (const release of releases) release();
    await Promise.all([first, second]);
    // Exactly three requests: the 429, then both after the window; none spent discovering it.
    expect(server.seen).toHaveLength(3);
  });

  it("closes the gate even when the rate-limited request itself gives up", async () => {
    const sleep = recordingSleep();
    server = await startServer((_q, res, _s, index) =>
      index === 0
        ? json(res, 429, spotifyError(429, "slow down"), { "retry-after": "7" })
        : json(res, 200, {}),
    );
    const { requester } = makeStack({ baseUrl: server.baseUrl, maxRetries: 0, sleep });
    await expect(requester.operation("getAlbum", { path: { id: "a" } })).rejects.toBeInstanceOf(
      RateLimitError,
    );
    await requester.operation("getAlbum", { path: { id: "b" } });
    expect(sleep.waits).toHaveLength(1);
    expect(sleep.waits[0]).toBeGreaterThan(6_000);
    expect(sleep.waits[0]).toBeLessThanOrEqual(7_000);
  });
});

/** Lets the event loop run until `condition` holds (bounded, independent of machine speed). */
async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 10_000 && !condition(); turn++) {
    await new Promise((resolve) => setImmediate(resolve));
  }
  expect(condition()).toBe(true);
}
