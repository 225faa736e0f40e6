import { connect } from "node:net";
import * as v from "valibot";
import { describe, expect, it } from "vitest";
import { ErrorBodySchema } from "../../generated/schemas.js";
import { createMockSpotify } from "../../src/testing/index.js";
import { call, field, json } from "./helpers.js";

describe("development mode", () => {
  it("refuses Extended-Quota and legacy operations with 403", async () => {
    await using mock = await createMockSpotify({ appMode: "development" });
    for (const path of [
      "/albums?ids=a,b",
      "/browse/new-releases",
      "/recommendations?seed_genres=jazz",
    ]) {
      const response = await call(mock, path);
      expect(response.status).toBe(403);
      const body = await response.json();
      expect(v.is(ErrorBodySchema, body)).toBe(true);
      expect(field(body, "error", "status")).toBe(403);
    }
    expect((await call(mock, "/albums/a1")).status).toBe(200);
  });

  it("omits the fields Development Mode apps do not receive", async () => {
    await using dev = await createMockSpotify({ appMode: "development" });
    await using full = await createMockSpotify({ appMode: "extended" });
    const track = await json(await call(dev, "/tracks/t1"));
    expect(track).not.toHaveProperty("popularity");
    expect(track).not.toHaveProperty("available_markets");
    expect(track.album).not.toHaveProperty("available_markets");
    const album = await json(await call(dev, "/albums/a1"));
    for (const key of ["label", "popularity", "genres"]) expect(album).not.toHaveProperty(key);
    const artist = await json(await call(dev, "/artists/r1"));
    expect(artist).not.toHaveProperty("followers");
    const me = await json(await call(dev, "/me"));
    for (const key of ["country", "email", "explicit_content", "followers", "product"]) {
      expect(me).not.toHaveProperty(key);
    }
    const show = await json(await call(dev, "/shows/s1"));
    expect(show).not.toHaveProperty("publisher");
    expect(await json(await call(full, "/tracks/t1"))).toHaveProperty("popularity");
    expect(await json(await call(full, "/me"))).toHaveProperty("email");
  });
});

describe("scopes", () => {
  it("answers 403 Insufficient client scope when enforceScopes is on and a scope is missing", async () => {
    await using mock = await createMockSpotify({ enforceScopes: true });
    const weak = mock.issueToken({ scope: "user-read-private" });
    const strong = mock.issueToken({
      scope: "user-read-private user-library-read user-follow-read",
    });
    const denied = await call(mock, "/me/tracks", { token: weak });
    expect(denied.status).toBe(403);
    expect(await denied.json()).toEqual({
      error: { status: 403, message: "Insufficient client scope" },
    });
    expect((await call(mock, "/me/tracks", { token: strong })).status).toBe(200);
    // The unified library check needs one scope per URI type it is given.
    const mixed = "/me/library/contains?uris=spotify:track:t1,spotify:artist:a1";
    expect((await call(mock, mixed, { token: strong })).status).toBe(200);
    const tracksOnly = mock.issueToken({ scope: "user-library-read" });
    expect((await call(mock, mixed, { token: tracksOnly })).status).toBe(403);
  });
});

describe("rate limit", () => {
  it("admits N requests per rolling window, then 429 with Retry-After rounded up", async () => {
    let now = 1_000_000;
    await using mock = await createMockSpotify({
      acceptAnyToken: true,
      rateLimit: { requests: 3, windowMs: 2500 },
      now: () => now,
    });
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      statuses.push((await call(mock, "/tracks/t1")).status);
      now += 100;
    }
    const limited = await call(mock, "/tracks/t1");
    statuses.push(limited.status);
    // The first admitted request leaves the window 2500 ms after it: 2200 ms from now -> 3 s.
    expect(limited.headers.get("retry-after")).toBe("3");
    now += 2200;
    statuses.push((await call(mock, "/tracks/t1")).status);
    expect(statuses).toEqual([200, 200, 200, 429, 200]);
  });
});

describe("routing", () => {
  it("answers 404 for unknown paths and 405 for a known path with another method", async () => {
    await using mock = await createMockSpotify({ acceptAnyToken: true });
    expect((await call(mock, "/nope")).status).toBe(404);
    expect((await call(mock, "/albums/a1", { method: "DELETE" })).status).toBe(405);
  });

  it("adds the configured latency to every API request", async () => {
    await using mock = await createMockSpotify({ acceptAnyToken: true, latencyMs: 80 });
    const started = performance.now();
    await (await call(mock, "/tracks/t1")).arrayBuffer();
    expect(performance.now() - started).toBeGreaterThanOrEqual(75);
  });

  it("logs requests with method, path, query, body and a redacted Authorization", async () => {
    await using mock = await createMockSpotify({ acceptAnyToken: true });
    await call(mock, "/me/playlists", {
      method: "POST",
      body: { name: "Mix" },
      token: "secret-token",
    });
    expect(mock.requests).toEqual([
      expect.objectContaining({
        service: "api",
        method: "POST",
        path: "/v1/me/playlists",
        query: {},
        body: { name: "Mix" },
        operationId: "createPlaylist",
        status: 201,
      }),
    ]);
    expect(mock.requests[0]?.headers.authorization).toBe("Bearer [redacted]");
    expect(JSON.stringify(mock.requests)).not.toContain("secret-token");
  });
});

describe("close()", () => {
  it("drops keep-alive sockets and refuses connections afterwards", async () => {
    const mock = await createMockSpotify({ acceptAnyToken: true });
    await (await call(mock, "/tracks/t1")).arrayBuffer();
    const port = Number(new URL(mock.baseUrl).port);
    await mock.close();
    const error = await new Promise<NodeJS.ErrnoException | undefined>((resolve) => {
      const socket = connect(port, "127.0.0.1");
      socket.once("connect", () => {
        socket.destroy();
        resolve(undefined);
      });
      socket.once("error", resolve);
    });
    expect(error?.code).toBe("ECONNREFUSED");
  });

  it("leaves no servers, sockets or timers behind, even with a hang and a delay pending", async () => {
    const count = () => {
      const kinds = process.getActiveResourcesInfo();
      return ["TCPServerWrap", "TCPSocketWrap", "Timeout"].map(
        (k) => kinds.filter((x) => x === k).length,
      );
    };
    const before = count();
    const mock = await createMockSpotify({ acceptAnyToken: true });
    mock.fault("getTrack", { kind: "hang", times: 1 });
    mock.fault("getTrack", { kind: "delay", ms: 60_000, times: 1 });
    const pending = [call(mock, "/tracks/t1"), call(mock, "/tracks/t2")].map((p) =>
      p.catch(() => "closed"),
    );
    await waitFor(() => mock.requests.length === 2);
    await mock.close();
    expect(await Promise.all(pending)).toEqual(["closed", "closed"]);
    const settled = () => count().every((n, i) => n <= (before[i] ?? 0));
    await waitFor(settled);
    // Fewer than before is fine: sockets of earlier tests may finish closing meanwhile.
    expect({ after: count(), settled: settled() }).toEqual({ after: count(), settled: true });
  });

  it("binds to 127.0.0.1 only", async () => {
    await using mock = await createMockSpotify();
    expect(new URL(mock.baseUrl).hostname).toBe("127.0.0.1");
    expect(mock.accountsUrl).toBe(mock.baseUrl.replace(/\/v1$/, "/accounts"));
  });
});

/** Polls `condition` every 10 ms for up to 2 s (sockets close asynchronously). */
async function waitFor(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
}
