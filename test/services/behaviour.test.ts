import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SpotifyBatchError } from "../../src/core/batching.js";
import {
  type AuthProvider,
  InsufficientScopeError,
  NotFoundError,
  SpotifyClient,
  SpotifyValidationError,
} from "../../src/index.js";
import { createMockSpotify, indexFromId, type MockSpotify } from "../../src/testing/index.js";

const SEED = 11;
const PLAYLIST = "37i9dQZF1DXcBWIGoYBM5M";
const TRACK = "4uLU6hMCjMI75M1A2tKUQC";

let mock: MockSpotify;
let client: SpotifyClient;

beforeAll(async () => {
  mock = await createMockSpotify({
    seed: SEED,
    acceptAnyToken: true,
    sizes: { playlistItems: 230, followedArtists: 7, recentlyPlayed: 9 },
  });
  client = new SpotifyClient({ accessToken: "t", baseUrl: mock.baseUrl, validateResponses: true });
});

afterEach(() => mock.reset());

afterAll(async () => {
  await client.close();
  await mock.close();
});

// Filtering by operation keeps a test from counting a page request that an earlier, aborted
// iteration had already sent and that reached the mock after that test ended.
const apiCalls = (operationId?: string) =>
  mock.requests.filter(
    (r) => r.service === "api" && (operationId === undefined || r.operationId === operationId),
  );

describe("offset pagination over the wire", () => {
  it("awaiting a list call gives the first page as Spotify sends it", async () => {
    const page = await client.playlists.getItems(PLAYLIST, { limit: 50 });
    expect(page.items).toHaveLength(50);
    expect(page.total).toBe(230);
    expect(page.next).toContain("offset=50");
    expect(apiCalls()).toHaveLength(1);
  });

  it("for await yields all 230 items once each and in order, over 5 pages", async () => {
    const positions: number[] = [];
    for await (const entry of client.playlists.getItems(PLAYLIST, { limit: 50 })) {
      const id = entry.item?.id ?? entry.track?.id;
      positions.push(id ? (indexFromId(SEED, `playlist:${PLAYLIST}`, id) ?? -1) : -2);
    }
    expect(positions).toHaveLength(230);
    const known = positions.map((p, i) => (p < 0 ? i : p));
    expect(known).toEqual(Array.from({ length: 230 }, (_, i) => i));
    const offsets = apiCalls().map((r) => Number(r.query.offset ?? 0));
    expect([...offsets].sort((a, b) => a - b)).toEqual([0, 50, 100, 150, 200]);
  });

  it("collect({ max }) fetches only the pages it needs", async () => {
    const items = await client.playlists.getItems(PLAYLIST, { limit: 20 }).collect({ max: 45 });
    expect(items).toHaveLength(45);
    expect(apiCalls()).toHaveLength(3);
  });

  it("an abort stops the iteration", async () => {
    const controller = new AbortController();
    const seen: unknown[] = [];
    const run = (async () => {
      for await (const item of client.playlists.getItems(
        PLAYLIST,
        { limit: 10 },
        { signal: controller.signal },
      )) {
        seen.push(item);
        if (seen.length === 15) controller.abort(new Error("stop"));
      }
    })();
    await expect(run).rejects.toThrow("stop");
    expect(seen.length).toBeLessThan(30);
  });
});

describe("cursor pagination over the wire", () => {
  it("follows cursors for followed artists across 3+ pages", async () => {
    const artists = await client.users.getFollowedArtists({ type: "artist", limit: 2 }).collect();
    expect(artists).toHaveLength(7);
    expect(new Set(artists.map((a) => a.id)).size).toBe(7);
    expect(apiCalls("getFollowedArtists").length).toBeGreaterThanOrEqual(4);
    expect(apiCalls("getFollowedArtists")[1]?.query.after).toBeDefined();
  });

  it("follows cursors for recently played", async () => {
    const played = await client.player.getRecentlyPlayed({ limit: 4 }).collect();
    expect(played).toHaveLength(9);
  });
});

describe("batching", () => {
  const trackIds = (n: number) =>
    Array.from({ length: n }, (_, i) => `${TRACK.slice(0, 18)}${String(i).padStart(4, "0")}`);

  it("splits 95 library URIs into 40 + 40 + 15 and merges booleans in input order", async () => {
    const uris = trackIds(95).map((id) => `spotify:track:${id}`);
    const result = await client.library.checkContains({ uris });
    expect(result).toHaveLength(95);
    // Reads run concurrently, so the requests may arrive in any order; each carries a slice.
    const slices = apiCalls()
      .map((r) => (r.query.uris ?? "").split(","))
      .sort((a, b) => uris.indexOf(a[0] ?? "") - uris.indexOf(b[0] ?? ""));
    expect(slices.map((slice) => slice.length)).toEqual([40, 40, 15]);
    expect(slices.flat()).toEqual(uris);
  });

  it("splits 120 ids for several tracks into 50-id requests, results in input order", async () => {
    const ids = trackIds(120);
    const result = await client.tracks.getSeveral({ ids });
    expect(result.tracks.map((t) => t?.id)).toEqual(ids);
    expect(apiCalls()).toHaveLength(3);
  });

  it("adds 250 items at a position in order, moving the position along", async () => {
    const uris = trackIds(250).map((id) => `spotify:track:${id}`);
    await client.playlists.addItems(PLAYLIST, { uris, position: 10 });
    const bodies = apiCalls().map((r) => r.body as { uris: string[]; position: number });
    expect(bodies.map((b) => b.uris.length)).toEqual([100, 100, 50]);
    expect(bodies.map((b) => b.position)).toEqual([10, 110, 210]);
    expect(bodies.flatMap((b) => b.uris)).toEqual(uris);
  });

  it("names the failed chunk and what went through", async () => {
    mock.fault("addPlaylistItems", { kind: "status", status: 404, times: 1 });
    const uris = trackIds(150).map((id) => `spotify:track:${id}`);
    // The first request fails: nothing went through.
    const error = await client.playlists.addItems(PLAYLIST, { uris }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyBatchError);
    const batch = error as SpotifyBatchError;
    expect(batch.failedChunk).toBe(0);
    expect(batch.completedItems).toHaveLength(0);
    expect(batch.pendingItems).toHaveLength(150);
    expect(batch.cause).toBeInstanceOf(NotFoundError);
    expect(apiCalls()).toHaveLength(1);
  });
});

describe("inputs", () => {
  it.each([
    ["a Spotify URI", `spotify:album:${TRACK}`],
    ["a link with ?si", `https://open.spotify.com/album/${TRACK}?si=abc`],
    ["a localized link", `https://open.spotify.com/intl-fr/album/${TRACK}`],
  ])("accepts %s where an ID is expected", async (_, input) => {
    const album = await client.albums.get(input);
    expect(album.id).toBe(TRACK);
    expect(apiCalls()[0]?.path).toBe(`/v1/albums/${TRACK}`);
  });

  it.each([["../me"], ["a?b"], ["a#b"], [".."], [""]])(
    "refuses %j as an album id and sends nothing",
    async (id) => {
      const error = await client.albums.get(id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SpotifyValidationError);
      expect((error as SpotifyValidationError).path).toContain("id");
      expect(apiCalls()).toHaveLength(0);
    },
  );

  it("says in plain words what an ID or a market must look like", async () => {
    const id = await client.albums.get("a?b").catch((e: unknown) => e);
    expect((id as Error).message).toBe(
      "getAlbum: path.id must be a Spotify ID (letters and digits only)",
    );
    const market = await client.albums.get(TRACK, { market: "se" }).catch((e: unknown) => e);
    expect((market as Error).message).toContain("must be a two-letter country code such as SE");
  });

  it("encodes free-form path segments so they cannot change the path", async () => {
    await client.users.getProfile("a/../b?c#d");
    expect(apiCalls()[0]?.path).toBe("/v1/users/a%2F..%2Fb%3Fc%23d");
  });

  it.each([
    [{ limit: 11 }, "query.limit"],
    [{ limit: 0 }, "query.limit"],
    [{ market: "sweden" }, "query.market"],
    [{ type: ["vinyl"] }, "query.type"],
  ])("refuses %j for search, naming %s", async (bad, path) => {
    const error = await client.search
      .search({ q: "x", type: ["track"], ...(bad as object) } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyValidationError);
    expect((error as SpotifyValidationError).path).toContain(path);
    expect(apiCalls()).toHaveLength(0);
  });

  it.each([
    [
      "startPlayback with context_uri and uris",
      () =>
        client.player.startPlayback({ context_uri: "spotify:album:a", uris: ["spotify:track:b"] }),
    ],
    [
      "transferPlayback with two devices",
      () => client.player.transferPlayback({ device_ids: ["a", "b"] as never }),
    ],
    ["changeDetails with nothing", () => client.playlists.changeDetails(PLAYLIST, {})],
    [
      "collaborative public playlist",
      () => client.playlists.changeDetails(PLAYLIST, { collaborative: true }),
    ],
    [
      "removeItems with neither uris nor items",
      () => client.playlists.removeItems(PLAYLIST, {} as never),
    ],
    [
      "recently played with after and before",
      () => client.player.getRecentlyPlayed({ after: 1, before: 2 }),
    ],
    ["volume 101", () => client.player.setVolume({ volume_percent: 101 })],
    ["seek to -1", () => client.player.seek({ position_ms: -1 })],
  ])("refuses %s before sending", async (_, call) => {
    await expect(call()).rejects.toBeInstanceOf(SpotifyValidationError);
    expect(apiCalls()).toHaveLength(0);
  });

  it("startPlayback takes offset as a position or a URI", async () => {
    await client.player.startPlayback({ context_uri: `spotify:album:${TRACK}`, offset: 3 });
    await client.player.startPlayback({
      uris: [`https://open.spotify.com/track/${TRACK}`],
      offset: `spotify:track:${TRACK}`,
    });
    expect(apiCalls().map((r) => r.body)).toEqual([
      { context_uri: `spotify:album:${TRACK}`, offset: { position: 3 } },
      { uris: [`spotify:track:${TRACK}`], offset: { uri: `spotify:track:${TRACK}` } },
    ]);
  });

  it("removeItems turns uris into Spotify's items form", async () => {
    await client.playlists.removeItems(PLAYLIST, { uris: [`spotify:track:${TRACK}`] });
    expect(apiCalls()[0]?.body).toEqual({ items: [{ uri: `spotify:track:${TRACK}` }] });
  });
});

describe("scope checks", () => {
  const provider = (scopes: string[]): AuthProvider => ({
    getAccessToken: async () => "t",
    getGrantedScopes: () => scopes,
  });

  it("refuses a call whose scope was not granted, before sending", async () => {
    const scoped = new SpotifyClient({
      authProvider: provider(["user-library-read"]),
      baseUrl: mock.baseUrl,
      checkScopes: true,
    });
    const error = await scoped.users.getTopArtists().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InsufficientScopeError);
    expect((error as InsufficientScopeError).missingScopes).toEqual(["user-top-read"]);
    const library = await scoped.library
      .saveItems({ uris: [`spotify:artist:${TRACK}`] })
      .catch((e: unknown) => e);
    expect((library as InsufficientScopeError).missingScopes).toEqual(["user-follow-modify"]);
    expect(apiCalls()).toHaveLength(0);
    await expect(
      scoped.library.checkContains({ uris: [`spotify:track:${TRACK}`] }),
    ).resolves.toHaveLength(1);
    await scoped.close();
  });
});

describe("response validation and the raw envelope", () => {
  it("throws SpotifyValidationError naming the failing field path", async () => {
    const album = structuredClone(await client.albums.get(TRACK)) as unknown as {
      artists: Array<{ id: unknown }>;
    };
    album.artists[0]!.id = 5;
    const bad = await createMockSpotify({ acceptAnyToken: true, fixtures: { getAlbum: album } });
    const strict = new SpotifyClient({
      accessToken: "t",
      baseUrl: bad.baseUrl,
      validateResponses: true,
    });
    const error = await strict.albums.get(TRACK).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyValidationError);
    expect((error as SpotifyValidationError).path).toBe("artists[0].id");
    const lenient = new SpotifyClient({ accessToken: "t", baseUrl: bad.baseUrl });
    await expect(lenient.albums.get(TRACK)).resolves.toMatchObject({ artists: [{ id: 5 }] });
    await Promise.all([strict.close(), lenient.close(), bad.close()]);
  });

  it("withResponse() gives the data and the Response", async () => {
    const { data, response } = await client.albums.get(TRACK).withResponse();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(data.id).toBe(TRACK);
    const page = await client.playlists.getItems(PLAYLIST).withResponse();
    expect(page.data.items.length).toBeGreaterThan(0);
  });
});

// Exercise the type of a deprecated method so a rename in the table breaks this file.
void (() => client.albums.getSeveral);
void SpotifyClient;
