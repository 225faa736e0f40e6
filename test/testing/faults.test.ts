import * as v from "valibot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ErrorBodySchema } from "../../generated/schemas.js";
import { createMockSpotify, type MockSpotify } from "../../src/testing/index.js";
import { call } from "./helpers.js";

describe("faults", () => {
  let mock: MockSpotify;
  beforeEach(async () => {
    mock = await createMockSpotify({ acceptAnyToken: true });
  });
  afterEach(() => mock.close());

  it("answers 429 with Retry-After in seconds n times, then succeeds", async () => {
    const fault = mock.fault("getAlbum", { kind: "rateLimit", retryAfter: 7, times: 2 });
    const statuses: (number | null)[] = [];
    for (let i = 0; i < 3; i++) {
      const response = await call(mock, "/albums/a1");
      statuses.push(response.status);
      if (response.status === 429) expect(response.headers.get("retry-after")).toBe("7");
      await response.arrayBuffer();
    }
    expect(statuses).toEqual([429, 429, 200]);
    expect(fault.hits).toBe(2);
    expect(mock.requests.map((r) => [r.operationId, r.status, r.fault])).toEqual([
      ["getAlbum", 429, "rateLimit"],
      ["getAlbum", 429, "rateLimit"],
      ["getAlbum", 200, undefined],
    ]);
  });

  it("sends Retry-After as an HTTP date, as garbage, or not at all", async () => {
    const date = new Date(Date.UTC(2030, 0, 1));
    mock.fault("GET /albums/{id}", { kind: "rateLimit", retryAfter: date, times: 1 });
    mock.fault("GET /v1/albums/a1", { kind: "rateLimit", retryAfter: "soon-ish", times: 1 });
    mock.fault("*", { kind: "rateLimit", retryAfter: null, times: 1 });
    const headers = [];
    for (let i = 0; i < 3; i++) {
      const response = await call(mock, "/albums/a1");
      expect(response.status).toBe(429);
      headers.push(response.headers.get("retry-after"));
    }
    expect(headers).toEqual([date.toUTCString(), "soon-ish", null]);
  });

  it("answers any status with Spotify's error body, including a player reason", async () => {
    mock.fault("pausePlayback", {
      kind: "status",
      status: 403,
      reason: "PREMIUM_REQUIRED",
      message: "Premium required",
    });
    const response = await call(mock, "/me/player/pause", { method: "PUT" });
    expect(response.status).toBe(403);
    const body = await response.json();
    expect(v.is(ErrorBodySchema, body)).toBe(true);
    expect(body).toEqual({
      error: { status: 403, message: "Premium required", reason: "PREMIUM_REQUIRED" },
    });
    mock.fault("getTrack", { kind: "status", status: 503 });
    const unavailable = await call(mock, "/tracks/t1");
    expect(unavailable.status).toBe(503);
    expect(await unavailable.json()).toEqual({ error: { status: 503, message: "Server error" } });
  });

  it("serves an HTML 502 page from a proxy", async () => {
    mock.fault("getTrack", { kind: "htmlError" });
    const response = await call(mock, "/tracks/t1");
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toBe("text/html");
    expect(await response.text()).toContain("<h1>502 Bad Gateway</h1>");
  });

  it("resets the connection before the headers", async () => {
    mock.fault("getTrack", { kind: "resetBeforeHeaders", times: 1 });
    await expect(call(mock, "/tracks/t1")).rejects.toThrow(TypeError);
    expect((await call(mock, "/tracks/t1")).status).toBe(200);
    expect(mock.requests.map((r) => r.status)).toEqual([undefined, 200]);
  });

  it("resets the connection in the middle of the body", async () => {
    mock.fault("getTrack", { kind: "resetMidBody" });
    const response = await call(mock, "/tracks/t1");
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it("hangs until the mock closes, and close() ends the hang", async () => {
    mock.fault("getTrack", { kind: "hang" });
    const controller = new AbortController();
    const pending = fetch(`${mock.baseUrl}/tracks/t1`, {
      headers: { authorization: "Bearer x" },
      signal: controller.signal,
    });
    const raced = await Promise.race([
      pending.then(() => "answered"),
      delay(150).then(() => "waiting"),
    ]);
    expect(raced).toBe("waiting");
    await mock.close();
    await expect(pending).rejects.toThrow();
    controller.abort();
  });

  it("delays the normal answer", async () => {
    mock.fault("getTrack", { kind: "delay", ms: 120 });
    const started = performance.now();
    const response = await call(mock, "/tracks/t1");
    expect(response.status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
  });

  it("sends malformed JSON, truncated JSON and an empty 200", async () => {
    mock.fault("getTrack", { kind: "malformedJson", times: 1 });
    mock.fault("getTrack", { kind: "truncatedJson", times: 1 });
    mock.fault("getTrack", { kind: "emptyBody", times: 1 });
    const malformed = await call(mock, "/tracks/t1");
    expect(malformed.headers.get("content-type")).toMatch(/application\/json/);
    await expect(malformed.json()).rejects.toThrow(SyntaxError);
    const truncatedText = await (await call(mock, "/tracks/t1")).text();
    expect(truncatedText.startsWith('{"artists"')).toBe(true);
    expect(() => JSON.parse(truncatedText)).toThrow(SyntaxError);
    const empty = await call(mock, "/tracks/t1");
    expect(empty.status).toBe(200);
    expect(await empty.text()).toBe("");
  });

  it("labels the normal body with the wrong content type", async () => {
    mock.fault("getTrack", { kind: "wrongContentType" });
    const response = await call(mock, "/tracks/t1");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(JSON.parse(await response.text())).toHaveProperty("id", "t1");
  });

  it("answers 204 or 202 with no body", async () => {
    mock.fault("getPlaybackState", { kind: "noContent", times: 1 });
    mock.fault("getPlaybackState", { kind: "accepted", times: 1 });
    const noContent = await call(mock, "/me/player");
    expect([noContent.status, await noContent.text()]).toEqual([204, ""]);
    const accepted = await call(mock, "/me/player");
    expect([accepted.status, await accepted.text()]).toEqual([202, ""]);
  });

  it("takes faults at creation and restores them on reset()", async () => {
    await using configured = await createMockSpotify({
      acceptAnyToken: true,
      faults: [{ route: "getTrack", kind: "status", status: 500, times: 1 }],
    });
    expect((await call(configured, "/tracks/t1")).status).toBe(500);
    expect((await call(configured, "/tracks/t1")).status).toBe(200);
    configured.reset();
    expect(configured.requests).toHaveLength(0);
    expect((await call(configured, "/tracks/t1")).status).toBe(500);
    configured.clearFaults();
    expect((await call(configured, "/tracks/t1")).status).toBe(200);
  });

  it("can fault the token endpoint, which '*' leaves alone", async () => {
    mock.fault("*", { kind: "status", status: 500 });
    mock.fault("POST /api/token", { kind: "status", status: 503, times: 1 });
    const token = () =>
      fetch(`${mock.accountsUrl}/api/token`, {
        method: "POST",
        headers: {
          "content-type": "application/x-www-form-urlencoded",
          authorization: `Basic ${Buffer.from("mock-client-id:mock-client-secret").toString("base64")}`,
        },
        body: "grant_type=client_credentials",
      });
    expect((await token()).status).toBe(503);
    expect((await token()).status).toBe(200);
  });
});

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
