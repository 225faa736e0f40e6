/**
 * Many calls at once: a token expiring under 1,000 concurrent calls, a 429 storm against a
 * rolling-window limit, and cancelling a call while it waits out a long Retry-After.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { ClientCredentials } from "../../src/auth/clientCredentials.js";
import { SpotifyClient } from "../../src/client.js";
import { createMockSpotify, type MockSpotify } from "../../src/testing/index.js";
import { ALBUM_ID, countingFetch, guardProcess, MOCK_CLIENT } from "./support.js";

guardProcess();

let mock: MockSpotify | undefined;
let client: SpotifyClient | undefined;
afterEach(async () => {
  await client?.close();
  await mock?.close();
  client = undefined;
  mock = undefined;
  vi.useRealTimers();
});

/** A clock the test moves by hand, shared by the mock and the token provider. */
function manualClock(start = Date.UTC(2026, 0, 1)) {
  let nowMs = start;
  return {
    now: () => nowMs,
    advanceSeconds(seconds: number) {
      nowMs += seconds * 1000;
    },
  };
}

const LIFETIME_SECONDS = 600;

describe("1,000 concurrent calls across a token expiry", () => {
  it("asks the accounts service exactly once per expiry, whether it strikes between or during the calls", async () => {
    const clock = manualClock();
    mock = await createMockSpotify({ now: clock.now, tokenLifetimeSeconds: LIFETIME_SECONDS });
    const fetch = countingFetch();
    let advanceAt = Number.POSITIVE_INFINITY;
    const fetchThatExpiresTheToken: typeof globalThis.fetch = (input, init) => {
      const apiRequests = fetch.sent.filter((sent) => sent.url.includes("/v1/")).length;
      // Expire the token while half of a batch is already on the wire.
      if (apiRequests === advanceAt) clock.advanceSeconds(LIFETIME_SECONDS + 1);
      return fetch(input, init);
    };
    const authProvider = new ClientCredentials({
      ...MOCK_CLIENT,
      accountsUrl: mock.accountsUrl,
      now: clock.now,
      env: {},
      fetch: fetchThatExpiresTheToken,
    });
    client = new SpotifyClient({
      authProvider,
      baseUrl: mock.baseUrl,
      env: {},
      logLevel: "silent",
      fetch: fetchThatExpiresTheToken,
    });
    const api = client;
    const batch = () => Promise.all(Array.from({ length: 1_000 }, () => api.albums.get(ALBUM_ID)));
    const tokenRequests = () => mock?.requests.filter((r) => r.service === "accounts").length;
    const refused = () => mock?.requests.filter((r) => r.status === 401).length;

    const first = await batch();
    expect(first.every((album) => album.id === ALBUM_ID)).toBe(true);
    expect(tokenRequests()).toBe(1);

    // Expired between two batches: every call of the second finds the token stale.
    clock.advanceSeconds(LIFETIME_SECONDS + 1);
    const second = await batch();
    expect(second.every((album) => album.id === ALBUM_ID)).toBe(true);
    expect(tokenRequests()).toBe(2);
    expect(refused()).toBe(0);

    // Expired in the middle of a batch: calls already holding the old token get 401, and share
    // one refresh.
    advanceAt = 2_000 + 500;
    const third = await batch();
    expect(third.every((album) => album.id === ALBUM_ID)).toBe(true);
    expect(tokenRequests()).toBe(3);
    expect(refused()).toBeGreaterThan(0);
    expect(refused()).toBeLessThanOrEqual(1_000);
    // Every refused call was retried once, and nothing else was.
    const apiRequests = fetch.sent.filter((sent) => sent.url.includes("/v1/")).length;
    expect(apiRequests).toBe(3_000 + (refused() ?? 0));
  });
});

/**
 * Virtual time for the storm: `Date` is faked (the mock's window, the client's gate and its
 * Retry-After parsing all read it), and the client's sleep only advances it. Time moves when
 * nothing is in flight: to the earliest wake-up, whose sleeper then runs. So the storm takes
 * seconds of virtual time and milliseconds of real time, and its counts do not depend on
 * machine speed.
 */
class VirtualTime {
  /** Virtual time and status of every answer, in arrival order. */
  readonly answers: { at: number; status: number }[] = [];
  #inFlight = 0;
  #sleepers: { at: number; resolve: () => void }[] = [];
  #scheduled = false;

  readonly fetch: typeof globalThis.fetch = async (input, init) => {
    this.#inFlight++;
    try {
      const response = await globalThis.fetch(input, init);
      // Read here, so the exchange counts as in flight until its body is in.
      const body = await response.arrayBuffer();
      this.answers.push({ at: Date.now(), status: response.status });
      return new Response(body, { status: response.status, headers: response.headers });
    } finally {
      this.#inFlight--;
      this.#schedule();
    }
  };

  readonly sleep = (ms: number, signal?: AbortSignal): Promise<void> => {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (ms <= 0) return Promise.resolve();
    return new Promise<void>((resolve) => {
      this.#sleepers.push({ at: Date.now() + ms, resolve });
      this.#schedule();
    });
  };

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    setImmediate(() => {
      this.#scheduled = false;
      this.#advance();
    });
  }

  #advance(): void {
    if (this.#inFlight > 0 || this.#sleepers.length === 0) return;
    const at = Math.min(...this.#sleepers.map((sleeper) => sleeper.at));
    if (at > Date.now()) vi.setSystemTime(at);
    const due = this.#sleepers.filter((sleeper) => sleeper.at <= at);
    this.#sleepers = this.#sleepers.filter((sleeper) => sleeper.at > at);
    for (const sleeper of due) sleeper.resolve();
  }
}

describe("a 429 storm", () => {
  it("keeps failures at 0, and 429s to one per worker while the window first fills, then a handful", async () => {
    vi.useFakeTimers({ toFake: ["Date"], now: Date.UTC(2026, 0, 1) });
    const started = Date.now();
    const time = new VirtualTime();
    mock = await createMockSpotify({
      acceptAnyToken: true,
      rateLimit: { requests: 50, windowMs: 1_000 },
    });
    client = new SpotifyClient({
      accessToken: "storm-token",
      baseUrl: mock.baseUrl,
      env: {},
      logLevel: "silent",
      fetch: time.fetch,
      sleep: time.sleep,
    });
    const api = client;
    // 100 workers, 400 calls, 50 requests per second.
    const calls = 400;
    const concurrency = 100;
    let next = 0;
    let failures = 0;
    const worker = async () => {
      while (next < calls) {
        next++;
        await api.albums.get(ALBUM_ID).then(
          () => undefined,
          () => {
            failures++;
          },
        );
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));

    const admitted = mock.requests.filter((r) => r.status === 200).length;
    expect(failures).toBe(0);
    expect(admitted).toBe(calls);
    // Before the first 429 comes back, each worker may have one call refused: nobody knew yet.
    const firstStorm = time.answers.filter((a) => a.status === 429 && a.at === started).length;
    expect(firstStorm).toBeGreaterThan(0);
    expect(firstStorm).toBeLessThanOrEqual(concurrency);
    // After that, the gate holds everyone and paces them; only its search for a faster pace
    // costs the odd 429.
    const later = time.answers.filter((a) => a.status === 429 && a.at > started).length;
    expect(later).toBeLessThanOrEqual(5);
    // The first window is free; the other 350 calls need at least 7 s at 50/s.
    const elapsedSeconds = (Date.now() - started) / 1000;
    expect(elapsedSeconds).toBeGreaterThanOrEqual(7);
    expect(elapsedSeconds).toBeLessThanOrEqual(7 * 1.5);
  });
});

describe("cancelling during a long Retry-After wait", () => {
  it("rejects at once with the signal's reason and leaves no timer behind", async () => {
    const timers = () =>
      process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;
    mock = await createMockSpotify({ acceptAnyToken: true });
    mock.fault("getAlbum", { kind: "rateLimit", retryAfter: 30 });
    const controller = new AbortController();
    const reason = new Error("the user navigated away");
    let abortedAt = 0;
    const fetch: typeof globalThis.fetch = async (input, init) => {
      const response = await globalThis.fetch(input, init);
      if (response.status === 429) {
        // Abort once the client has read the 429 and gone to wait out its 30 s.
        setImmediate(() => {
          abortedAt = performance.now();
          controller.abort(reason);
        });
      }
      return response;
    };
    client = new SpotifyClient({
      accessToken: "cancel-token",
      baseUrl: mock.baseUrl,
      env: {},
      logLevel: "silent",
      fetch,
    });
    const before = timers();
    const call = client.albums.get(ALBUM_ID, {}, { signal: controller.signal });
    await expect(call).rejects.toBe(reason);
    const rejectedAfterMs = performance.now() - abortedAt;
    expect(abortedAt).toBeGreaterThan(0);
    expect(rejectedAfterMs).toBeLessThan(200);
    expect(mock.requests).toHaveLength(1);
    expect(timers()).toBeLessThanOrEqual(before);
  });
});
