import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { serviceNames } from "../../generated/serviceIndex.js";
import type { AuthProvider } from "../../src/auth/types.js";
import { ForbiddenError, SpotifyClient, SpotifyError } from "../../src/index.js";
import { type FakeSpotify, startFakeSpotify } from "./helpers.js";

let spotify: FakeSpotify | undefined;
afterEach(async () => {
  await spotify?.close();
  spotify = undefined;
});

const TOKEN = "BQC-static-token-never-shown";
const SECRET = "client-secret-never-shown";
const quiet = { env: {}, logLevel: "silent" } as const;

describe("SpotifyClient namespaces", () => {
  it("lists every namespace, builds one when first read, and keeps that same object", () => {
    const client = new SpotifyClient({ ...quiet, accessToken: TOKEN });
    expect(Object.keys(client).sort()).toEqual(["raw", ...serviceNames].sort());
    expect(serviceNames).toHaveLength(16);
    const albums = client.albums;
    expect(typeof albums.get).toBe("function");
    expect(client.albums).toBe(albums);
    // Another client's namespace is its own: it calls through that client.
    expect(new SpotifyClient({ ...quiet, accessToken: TOKEN }).albums).not.toBe(albums);
  });
});

describe("SpotifyClient requests", () => {
  it("calls an operation by id through the generated table", async () => {
    spotify = await startFakeSpotify();
    const client = new SpotifyClient({ ...quiet, accessToken: TOKEN, baseUrl: spotify.baseUrl });
    const album = await client.request("getAlbum", { path: { id: "a1" }, query: { market: "SE" } });
    expect(album).toEqual({ id: "a1" });
    expect(spotify.requests[0]).toMatchObject({ method: "GET", url: "/v1/albums/a1?market=SE" });
    expect(spotify.requests[0]?.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it("calls a raw path, typed, resolving to the data or to data + Response", async () => {
    spotify = await startFakeSpotify();
    const client = new SpotifyClient({ ...quiet, accessToken: TOKEN, baseUrl: spotify.baseUrl });
    await expect(
      client.raw.GET("/albums/{id}", { params: { path: { id: "a1" } } }),
    ).resolves.toEqual({ id: "a1" });
    const { data, response } = await client.raw
      .GET("/albums/{id}", { params: { path: { id: "a2" } } })
      .withResponse();
    expect(data).toEqual({ id: "a1" });
    expect(response.status).toBe(200);
    expect(spotify.requests.map((r) => r.url)).toEqual(["/v1/albums/a1", "/v1/albums/a2"]);
  });

  it("explains the access tier when an extended-quota operation answers 403", async () => {
    spotify = await startFakeSpotify((_req, res) => {
      res.writeHead(403, { "content-type": "application/json" });
      res.end(JSON.stringify({ error: { status: 403, message: "Forbidden" } }));
    });
    const client = new SpotifyClient({ ...quiet, accessToken: TOKEN, baseUrl: spotify.baseUrl });
    const call = client.request("getSeveralAlbums", { query: { ids: ["a", "b"] } });
    await expect(call).rejects.toBeInstanceOf(ForbiddenError);
    await expect(call).rejects.toThrow(
      /Forbidden \(getSeveralAlbums: .*Extended Quota Mode.*use GET \/albums\/\{id\} instead\)/,
    );
    expect(spotify.requests[0]?.url).toBe("/v1/albums?ids=a,b");
  });

  it("gets its token from the accounts service given by accountsUrl", async () => {
    spotify = await startFakeSpotify();
    const client = SpotifyClient.fromClientCredentials({
      ...quiet,
      clientId: "id",
      clientSecret: SECRET,
      baseUrl: spotify.baseUrl,
      accountsUrl: spotify.origin,
    });
    await Promise.all([
      client.request("getAlbum", { path: { id: "a1" } }),
      client.request("getAlbum", { path: { id: "a2" } }),
    ]);
    expect(spotify.tokenRequests).toBe(1);
    expect(spotify.requests.map((r) => r.authorization)).toEqual([
      "Bearer token-1",
      "Bearer token-1",
    ]);
  });

  it("uses the injected fetch for API calls", async () => {
    const seen: string[] = [];
    const client = new SpotifyClient({
      ...quiet,
      accessToken: TOKEN,
      fetch: async (input) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return new Response('{"ok":true}', { headers: { "content-type": "application/json" } });
      },
    });
    await expect(client.raw.GET("/me")).resolves.toEqual({ ok: true });
    expect(seen).toEqual(["https://api.spotify.com/v1/me"]);
  });
});

describe("closing", () => {
  it("close() closes the auth provider once and refuses later calls", async () => {
    let closed = 0;
    const authProvider: AuthProvider = {
      getAccessToken: async () => TOKEN,
      close: () => {
        closed++;
      },
    };
    spotify = await startFakeSpotify();
    const client = new SpotifyClient({ ...quiet, authProvider, baseUrl: spotify.baseUrl });
    await client.close();
    await client.close();
    expect(closed).toBe(1);
    await expect(client.request("getAlbum", { path: { id: "a" } })).rejects.toThrow(SpotifyError);
    expect(spotify.requests).toHaveLength(0);
    expect(client.toJSON().closed).toBe(true);
  });

  it("closes at the end of an `await using` block", async () => {
    let closed = 0;
    const authProvider: AuthProvider = {
      getAccessToken: async () => TOKEN,
      close: () => void closed++,
    };
    {
      await using client = new SpotifyClient({ ...quiet, authProvider });
      expect(client).toBeInstanceOf(SpotifyClient);
    }
    expect(closed).toBe(1);
  });
});

describe("resources", () => {
  it("leaves no timers behind after calls, retries, timeouts and aborts", async () => {
    const timers = () =>
      process.getActiveResourcesInfo().filter((kind) => kind === "Timeout").length;
    const before = timers();
    let calls = 0;
    spotify = await startFakeSpotify((_req, res) => {
      calls++;
      if (calls === 1) {
        res.writeHead(503, { "content-type": "application/json" });
        res.end('{"error":{"status":503,"message":"busy"}}');
      } else if (calls === 2) {
        res.writeHead(200, { "content-type": "application/json" });
        res.end("{}");
      } else if (calls === 3) {
        res.writeHead(429, { "retry-after": "30" });
        res.end();
      }
      // Later requests hang until they time out.
    });
    const client = new SpotifyClient({
      ...quiet,
      accessToken: TOKEN,
      baseUrl: spotify.baseUrl,
      random: () => 0,
    });
    await client.request("getAlbum", { path: { id: "a" } });
    const controller = new AbortController();
    const waiting = client.request(
      "getAlbum",
      { path: { id: "b" } },
      { signal: controller.signal },
    );
    while (calls < 3) await new Promise((resolve) => setTimeout(resolve, 5));
    controller.abort("done waiting");
    await expect(waiting).rejects.toBe("done waiting");
    const other = new SpotifyClient({
      ...quiet,
      accessToken: TOKEN,
      baseUrl: spotify.baseUrl,
      maxRetries: 0,
      timeout: 30,
    });
    await expect(other.request("getAlbum", { path: { id: "c" } })).rejects.toThrow(/timed out/);
    await client.close();
    await other.close();
    expect(timers()).toBeLessThanOrEqual(before);
  });
});

describe("secrets", () => {
  it("never shows the token or the client secret in inspect output or JSON", async () => {
    spotify = await startFakeSpotify();
    const withToken = new SpotifyClient({ ...quiet, accessToken: TOKEN });
    const withSecret = SpotifyClient.fromClientCredentials({
      ...quiet,
      clientId: "id",
      clientSecret: SECRET,
      baseUrl: spotify.baseUrl,
      accountsUrl: spotify.origin,
    });
    await withSecret.request("getAlbum", { path: { id: "a" } });
    for (const client of [withToken, withSecret]) {
      const shown = [
        inspect(client, { depth: 10, showHidden: true }),
        JSON.stringify(client),
        String(client),
        inspect(client.authProvider, { depth: 10 }),
      ].join("\n");
      expect(shown).not.toContain(TOKEN);
      expect(shown).not.toContain(SECRET);
      expect(shown).not.toContain("token-1");
    }
    expect(inspect(withToken)).toContain("SpotifyClient");
  });

  it("keeps the token out of debug logs", async () => {
    spotify = await startFakeSpotify();
    const lines: string[] = [];
    const record = (line: string) => void lines.push(line);
    const logger = { error: record, warn: record, info: record, debug: record };
    const client = new SpotifyClient({
      env: {},
      accessToken: TOKEN,
      baseUrl: spotify.baseUrl,
      logger,
      logLevel: "debug",
    });
    await client.request("getAlbum", { path: { id: "a" } });
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join("\n")).not.toContain(TOKEN);
  });
});
