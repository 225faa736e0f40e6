/**
 * Bugs the reliability suite found in src/, one `describe` per bug, named after it.
 */
import { describe, expect, it } from "vitest";
import { SpotifyClient } from "../../src/client.js";
import { SpotifyValidationError } from "../../src/errors.js";
import { RateLimitGate } from "../../src/http/rateLimitGate.js";
import { rejectionOf } from "../http/helpers.js";
import { ALBUM_ID, PLAYLIST_ID, TRACK_URI } from "./support.js";

const BASE_URL = "http://127.0.0.1:9/v1";

/** A client whose fetch answers `answer()` and records the URLs it was asked for. */
function clientAnswering(answer: () => Response, validateResponses = false) {
  const sent: string[] = [];
  const client = new SpotifyClient({
    accessToken: "regression-token",
    baseUrl: BASE_URL,
    env: {},
    logLevel: "silent",
    maxRetries: 0,
    validateResponses,
    fetch: async (input) => {
      sent.push(input instanceof Request ? input.url : String(input));
      return answer();
    },
  });
  return { client, sent };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("regression: a path parameter '..' left its segment (GET /albums/{id}/tracks with id '..' went to GET /tracks)", () => {
  for (const id of ["..", ".", ""]) {
    it(`refuses id ${JSON.stringify(id)} before sending, through client.raw and client.request`, async () => {
      const { client, sent } = clientAnswering(() => json(200, { items: [] }));
      const viaRaw = await rejectionOf(
        client.raw.GET("/albums/{id}/tracks", { params: { path: { id } } }),
      );
      const viaRequest = await rejectionOf(client.request("getAlbumTracks", { path: { id } }));
      for (const error of [viaRaw, viaRequest]) {
        expect(error).toBeInstanceOf(SpotifyValidationError);
        expect((error as SpotifyValidationError).path).toBe("path.id");
      }
      expect(sent).toEqual([]);
    });
  }

  it("still sends ids with dots inside, encoded into one segment", async () => {
    const { client, sent } = clientAnswering(() => json(200, { items: [] }));
    await client.raw.GET("/albums/{id}/tracks", { params: { path: { id: "a..b/.." } } });
    expect(sent.map((url) => new URL(url).pathname)).toEqual(["/v1/albums/a..b%2F../tracks"]);
  });
});

describe("regression: validateResponses let an undocumented 2xx status through unchecked", () => {
  it("checks addPlaylistItems answered 200 (Spotify documents 201) against the success schema", async () => {
    const { client } = clientAnswering(() => json(200, { unexpected: true }), true);
    const error = await rejectionOf(client.playlists.addItems(PLAYLIST_ID, { uris: [TRACK_URI] }));
    expect(error).toBeInstanceOf(SpotifyValidationError);
    expect((error as SpotifyValidationError).path).toBe("snapshot_id");
  });

  it("checks getAlbum answered 203 by a proxy against the album schema", async () => {
    const { client } = clientAnswering(() => json(203, {}), true);
    await expect(client.albums.get(ALBUM_ID)).rejects.toBeInstanceOf(SpotifyValidationError);
  });

  it("still accepts the bodiless 204 Spotify documents for 'no active device'", async () => {
    const { client } = clientAnswering(() => new Response(null, { status: 204 }), true);
    await expect(client.player.getPlaybackState()).resolves.toBeUndefined();
  });
});

describe("regression: a response that failed validation gave an error without method, url or headers", () => {
  it("names the method, url and response headers", async () => {
    const { client } = clientAnswering(() => json(201, { snapshot_id: 42 }), true);
    const error = (await rejectionOf(
      client.playlists.addItems(PLAYLIST_ID, { uris: [TRACK_URI] }),
    )) as SpotifyValidationError;
    expect(error).toBeInstanceOf(SpotifyValidationError);
    expect(error.status).toBe(201);
    expect(error.method).toBe("POST");
    expect(error.headers).toEqual({ "content-type": "application/json" });
  });
});

/** A gate on a hand-moved clock whose sleeps are recorded, not waited. */
function pacedGate() {
  let now = 1_000_000;
  const waits: number[] = [];
  const gate = new RateLimitGate({
    maxRetryAfter: 60,
    now: () => now,
    sleep: async (ms) => {
      waits.push(ms);
    },
  });
  return {
    gate,
    waits,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

describe("regression: each call in flight drew a 429 in every window (the gate let all waiters go at once)", () => {
  it("lets requests leave one pace apart after a 429, the pace the server's answer proves", async () => {
    const { gate, waits, advance } = pacedGate();
    // 100 requests admitted in 200 ms, then a 429 saying "a slot frees within 1 s".
    for (let i = 0; i < 100; i++) gate.admitted();
    advance(200);
    gate.closeFor(1);
    expect(gate.paceMs).toBe(12);
    for (let i = 0; i < 3; i++) await gate.wait(undefined, "GET", "u");
    expect(waits).toEqual([1_000, 1_012, 1_024]);
  });

  it("sends a request that slept through a new closing to the back of the queue", async () => {
    let now = 0;
    const waits: number[] = [];
    const gate: RateLimitGate = new RateLimitGate({
      maxRetryAfter: 60,
      now: () => now,
      sleep: async (ms) => {
        waits.push(ms);
        now += ms;
        // Another request's 429 closes the gate while this one sleeps.
        if (waits.length === 1) gate.closeFor(5);
      },
    });
    gate.closeFor(1);
    await gate.wait(undefined, "GET", "u");
    expect(waits).toEqual([1_000, 5_000]);
  });

  it("costs nothing before the first 429", () => {
    const { gate } = pacedGate();
    gate.admitted();
    expect(gate.wait(undefined, "GET", "u")).toBeUndefined();
    expect(gate.paceMs).toBe(0);
  });
});
