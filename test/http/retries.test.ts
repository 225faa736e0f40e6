import { afterEach, describe, expect, it } from "vitest";
import {
  RateLimitError,
  ServerError,
  SpotifyConnectionError,
  SpotifyTimeoutError,
} from "../../src/errors.js";
import {
  type Handler,
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

const ALBUM = { id: "a1", name: "Album" };
const getAlbum = { path: { id: "a1" } };

/** Fails the first `failures` requests with `fail`, then answers the album. */
function failThenSucceed(failures: number, fail: Handler): Handler {
  return (req, res, seen, index) =>
    index < failures ? fail(req, res, seen, index) : json(res, 200, ALBUM);
}

describe("retries on 429", () => {
  it("waits Retry-After seconds before the second attempt", async () => {
    const sleep = recordingSleep();
    server = await startServer(
      failThenSucceed(1, (_q, res) =>
        json(res, 429, spotifyError(429, "API rate limit exceeded"), { "retry-after": "2" }),
      ),
    );
    const { requester } = makeStack({ baseUrl: server.baseUrl, sleep });
    await expect(requester.operation("getAlbum", getAlbum)).resolves.toEqual(ALBUM);
    expect(server.seen).toHaveLength(2);
    expect(sleep.waits).toHaveLength(1);
    expect(sleep.waits[0]).toBeGreaterThan(1_900);
    expect(sleep.waits[0]).toBeLessThanOrEqual(2_000);
  });

  it("waits until an HTTP-date Retry-After", async () => {
    const sleep = recordingSleep();
    server = await startServer(
      failThenSucceed(1, (_q, res) =>
        json(res, 429, spotifyError(429, "slow down"), {
          "retry-after": new Date(Date.now() + 5_000).toUTCString(),
        }),
      ),
    );
    const { requester } = makeStack({ baseUrl: server.baseUrl, sleep });
    await expect(requester.operation("getAlbum", getAlbum)).resolves.toEqual(ALBUM);
    expect(sleep.waits).toHaveLength(1);
    // The date has one-second resolution, so the wait is 4-6 s.
    expect(sleep.waits[0]).toBeGreaterThanOrEqual(3_000);
    expect(sleep.waits[0]).toBeLessThanOrEqual(6_000);
  });

  it("backs off when Retry-After is missing", async () => {
    const sleep = recordingSleep();
    server = await startServer(
      failThenSucceed(2, (_q, res) => json(res, 429, spotifyError(429, "slow down"))),
    );
    const { requester } = makeStack({ baseUrl: server.baseUrl, sleep, random: () => 0.5 });
    await expect(requester.operation("getAlbum", getAlbum)).resolves.toEqual(ALBUM);
    expect(sleep.waits).toEqual([250, 500]);
  });

  it("throws RateLimitError at once when Retry-After exceeds maxRetryAfter", async () => {
    const sleep = recordingSleep();
    server = await startServer((_q, res) =>
      json(res, 429, spotifyError(429, "API rate limit exceeded"), { "retry-after": "3600" }),
    );
    const { requester } = makeStack({ baseUrl: server.baseUrl, sleep, maxRetryAfter: 60 });
    const error = await rejectionOf(requester.operation("getAlbum", getAlbum));
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(3600);
    expect((error as RateLimitError).message).toBe("API rate limit exceeded");
    expect(server.seen).toHaveLength(1);
    expect(sleep.waits).toEqual([]);
  });

  it("retries a POST on 429", async () => {
    server = await startServer(
      failThenSucceed(1, (_q, res) =>
        json(res, 429, spotifyError(429, "slow down"), { "retry-after": "0" }),
      ),
    );
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    await expect(requester.operation("createPlaylist", { body: { name: "x" } })).resolves.toEqual(
      ALBUM,
    );
    expect(server.seen.map((r) => r.method)).toEqual(["POST", "POST"]);
    expect(server.seen[1]?.body).toBe('{"name":"x"}');
  });
});

describe("retries on 5xx", () => {
  for (const status of [500, 502, 503, 504]) {
    it(`makes maxRetries + 1 attempts on a persistent ${status}`, async () => {
      server = await startServer((_q, res) =>
        json(res, status, spotifyError(status, "Server error")),
      );
      const { requester } = makeStack({ baseUrl: server.baseUrl, maxRetries: 2 });
      const error = await rejectionOf(requester.operation("getAlbum", getAlbum));
      expect(error).toBeInstanceOf(ServerError);
      expect((error as ServerError).status).toBe(status);
      expect(server.seen).toHaveLength(3);
    });
  }

  it("succeeds when a later attempt does", async () => {
    server = await startServer(failThenSucceed(3, (_q, res) => json(res, 502, "Bad gateway")));
    const { requester } = makeStack({ baseUrl: server.baseUrl, maxRetries: 3 });
    await expect(requester.operation("getAlbum", getAlbum)).resolves.toEqual(ALBUM);
    expect(server.seen).toHaveLength(4);
  });

  it("sends a POST once after a 500", async () => {
    server = await startServer((_q, res) => json(res, 500, spotifyError(500, "Server error")));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    await expect(
      requester.operation("createPlaylist", { body: { name: "x" } }),
    ).rejects.toBeInstanceOf(ServerError);
    expect(server.seen).toHaveLength(1);
  });

  it("sends a non-idempotent PUT once after a 503", async () => {
    server = await startServer((_q, res) => json(res, 503, spotifyError(503, "Unavailable")));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    const call = requester.operation("reorderItems", {
      path: { playlist_id: "p" },
      body: { range_start: 1 },
    });
    await expect(call).rejects.toBeInstanceOf(ServerError);
    expect(server.seen).toHaveLength(1);
  });

  it("never retries a 404", async () => {
    server = await startServer((_q, res) => json(res, 404, spotifyError(404, "Not found")));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    await expect(requester.operation("getAlbum", getAlbum)).rejects.toMatchObject({ status: 404 });
    expect(server.seen).toHaveLength(1);
  });

  it("uses maxRetries 0 as a single attempt", async () => {
    server = await startServer((_q, res) => json(res, 500, spotifyError(500, "Server error")));
    const { requester } = makeStack({ baseUrl: server.baseUrl, maxRetries: 0 });
    await expect(requester.operation("getAlbum", getAlbum)).rejects.toBeInstanceOf(ServerError);
    expect(server.seen).toHaveLength(1);
  });
});

describe("retries without a response", () => {
  it("retries a refused connection maxRetries times, then throws SpotifyConnectionError", async () => {
    server = await startServer((_q, res) => json(res, 200, ALBUM));
    const baseUrl = server.baseUrl;
    await server.close();
    server = undefined;
    let attempts = 0;
    const { requester } = makeStack({
      baseUrl,
      maxRetries: 2,
      fetch: (input, init) => {
        attempts++;
        return globalThis.fetch(input, init);
      },
    });
    const error = await rejectionOf(requester.operation("getAlbum", getAlbum));
    expect(error).toBeInstanceOf(SpotifyConnectionError);
    expect(error).not.toBeInstanceOf(SpotifyTimeoutError);
    expect((error as SpotifyConnectionError).method).toBe("GET");
    expect((error as SpotifyConnectionError).url).toBe(`${baseUrl}/albums/a1`);
    expect((error as Error).message).toContain("ECONNREFUSED");
    expect(attempts).toBe(3);
  });

  it("does not retry a POST after a connection failure", async () => {
    let attempts = 0;
    const { requester } = makeStack({
      baseUrl: "http://127.0.0.1:9/v1",
      fetch: () => {
        attempts++;
        return Promise.reject(new TypeError("fetch failed"));
      },
    });
    await expect(
      requester.operation("createPlaylist", { body: { name: "x" } }),
    ).rejects.toBeInstanceOf(SpotifyConnectionError);
    expect(attempts).toBe(1);
  });

  it("retries when the connection resets in the middle of the body", async () => {
    server = await startServer((_q, res, _s, index) => {
      if (index > 0) return json(res, 200, ALBUM);
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"id":"a1","na');
      setImmediate(() => res.socket?.destroy());
    });
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    await expect(requester.operation("getAlbum", getAlbum)).resolves.toEqual(ALBUM);
    expect(server.seen).toHaveLength(2);
  });

  it("times out a hanging attempt and retries it", async () => {
    server = await startServer((_q, res, _s, index) => {
      if (index > 0) json(res, 200, ALBUM);
      // The first request is never answered.
    });
    const { requester } = makeStack({ baseUrl: server.baseUrl, timeout: 50 });
    await expect(requester.operation("getAlbum", getAlbum)).resolves.toEqual(ALBUM);
    expect(server.seen).toHaveLength(2);
  });

  it("throws SpotifyTimeoutError after maxRetries + 1 hanging attempts", async () => {
    server = await startServer(() => {
      // Never answers.
    });
    const { requester } = makeStack({ baseUrl: server.baseUrl, timeout: 50, maxRetries: 1 });
    const error = await rejectionOf(requester.operation("getAlbum", getAlbum));
    expect(error).toBeInstanceOf(SpotifyTimeoutError);
    expect((error as SpotifyTimeoutError).method).toBe("GET");
    expect((error as SpotifyTimeoutError).url).toBe(`${server.baseUrl}/albums/a1`);
    expect(server.seen).toHaveLength(2);
  });

  it("times out a body that stalls after the headers", async () => {
    server = await startServer((_q, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
      res.write('{"id":');
    });
    const { requester } = makeStack({ baseUrl: server.baseUrl, timeout: 50, maxRetries: 0 });
    await expect(requester.operation("getAlbum", getAlbum)).rejects.toBeInstanceOf(
      SpotifyTimeoutError,
    );
  });

  it("does not retry a POST after a timeout", async () => {
    server = await startServer(() => {
      // Never answers.
    });
    const { requester } = makeStack({ baseUrl: server.baseUrl, timeout: 50 });
    await expect(
      requester.operation("createPlaylist", { body: { name: "x" } }),
    ).rejects.toBeInstanceOf(SpotifyTimeoutError);
    expect(server.seen).toHaveLength(1);
  });

  it("applies a per-call timeout over the client's", async () => {
    server = await startServer(() => {
      // Never answers.
    });
    const { requester } = makeStack({ baseUrl: server.baseUrl, timeout: 60_000, maxRetries: 0 });
    const started = performance.now();
    await expect(requester.operation("getAlbum", getAlbum, { timeout: 50 })).rejects.toBeInstanceOf(
      SpotifyTimeoutError,
    );
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe("aborting", () => {
  it("rejects with the signal's reason while waiting for a retry", async () => {
    const controller = new AbortController();
    const reason = new Error("user navigated away");
    server = await startServer((_q, res) => {
      json(res, 429, spotifyError(429, "slow down"), { "retry-after": "30" });
      setTimeout(() => controller.abort(reason), 20);
    });
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    const started = performance.now();
    await expect(
      requester.operation("getAlbum", getAlbum, { signal: controller.signal }),
    ).rejects.toBe(reason);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(server.seen).toHaveLength(1);
  });

  it("rejects with the signal's reason during an attempt", async () => {
    const controller = new AbortController();
    server = await startServer(() => {
      setTimeout(() => controller.abort("stop"), 20);
    });
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    await expect(
      requester.operation("getAlbum", getAlbum, { signal: controller.signal }),
    ).rejects.toBe("stop");
    expect(server.seen).toHaveLength(1);
  });

  it("sends nothing when the signal is already aborted", async () => {
    server = await startServer((_q, res) => json(res, 200, ALBUM));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    const signal = AbortSignal.abort("already");
    await expect(requester.operation("getAlbum", getAlbum, { signal })).rejects.toBe("already");
    expect(server.seen).toHaveLength(0);
  });
});
