import { afterEach, describe, expect, it } from "vitest";
import { StaticToken } from "../../src/auth/staticToken.js";
import type { AuthProvider } from "../../src/auth/types.js";
import { AuthenticationError } from "../../src/errors.js";
import {
  json,
  makeStack,
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

/** A refreshable provider like ClientCredentials, but local and deliberately NOT single-flight. */
class CountingProvider implements AuthProvider {
  fetches = 0;
  invalidations = 0;
  #token: string | undefined;
  constructor(readonly delayMs = 0) {}
  async getAccessToken(): Promise<string> {
    if (this.#token !== undefined) return this.#token;
    this.fetches++;
    const token = `token-${this.fetches}`;
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    this.#token = token;
    return token;
  }
  invalidate(): void {
    this.invalidations++;
    this.#token = undefined;
  }
}

describe("auth middleware", () => {
  it("sends the provider's token as a Bearer header", async () => {
    server = await startServer((_q, res) => json(res, 200, {}));
    const { requester } = makeStack({ baseUrl: server.baseUrl, provider: new StaticToken("abc") });
    await requester.operation("getAlbum", { path: { id: "a" } });
    expect(server.seen[0]?.headers.authorization).toBe("Bearer abc");
  });

  it("lets a caller's abort end its wait for a token fetch that hangs, without sending", async () => {
    server = await startServer((_q, res) => json(res, 200, { id: "a" }));
    let release: (token: string) => void = () => {};
    const hanging: AuthProvider = {
      getAccessToken: () => new Promise<string>((resolve) => (release = resolve)),
    };
    const { requester } = makeStack({ baseUrl: server.baseUrl, provider: hanging });
    const controller = new AbortController();
    const reason = new Error("the user left the page");
    const aborted = rejectionOf(
      requester.operation("getAlbum", { path: { id: "a" } }, { signal: controller.signal }),
    );
    // Another request shares the same token fetch and must not be cut short by that abort.
    const patient = requester.operation("getAlbum", { path: { id: "b" } });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(reason);
    expect(await aborted).toBe(reason);
    expect(server.seen).toHaveLength(0);
    release("late-token");
    await expect(patient).resolves.toEqual({ id: "a" });
    expect(server.seen.map((r) => [r.url, r.headers.authorization])).toEqual([
      ["/v1/albums/b", "Bearer late-token"],
    ]);
  });

  it("answers a 401 with one invalidate, one refresh and one retry", async () => {
    server = await startServer((_q, res, seen) => {
      if (seen.headers.authorization === "Bearer token-1")
        json(res, 401, spotifyError(401, "The access token expired"));
      else json(res, 200, { id: "a" });
    });
    const provider = new CountingProvider();
    const { requester } = makeStack({ baseUrl: server.baseUrl, provider });
    await expect(requester.operation("getAlbum", { path: { id: "a" } })).resolves.toEqual({
      id: "a",
    });
    expect(provider.invalidations).toBe(1);
    expect(provider.fetches).toBe(2);
    expect(server.seen.map((r) => r.headers.authorization)).toEqual([
      "Bearer token-1",
      "Bearer token-2",
    ]);
  });

  it("gives up with AuthenticationError when the refreshed token is refused too", async () => {
    server = await startServer((_q, res) =>
      json(res, 401, spotifyError(401, "Invalid access token")),
    );
    const provider = new CountingProvider();
    const { requester } = makeStack({ baseUrl: server.baseUrl, provider });
    const error = await rejectionOf(requester.operation("getAlbum", { path: { id: "a" } }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as AuthenticationError).status).toBe(401);
    expect(server.seen).toHaveLength(2);
    expect(provider.invalidations).toBe(1);
  });

  it("turns a 401 with a static token into AuthenticationError after one attempt", async () => {
    server = await startServer((_q, res) =>
      json(res, 401, spotifyError(401, "Invalid access token")),
    );
    const { requester } = makeStack({
      baseUrl: server.baseUrl,
      provider: new StaticToken("stale"),
    });
    const error = await rejectionOf(requester.operation("getAlbum", { path: { id: "a" } }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 401, message: "Invalid access token" });
    expect(server.seen).toHaveLength(1);
  });

  it("fetches ONE token for 200 concurrent calls", async () => {
    server = await startServer((_q, res) => json(res, 200, {}));
    const provider = new CountingProvider(20);
    const { requester } = makeStack({ baseUrl: server.baseUrl, provider });
    await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        requester.operation("getAlbum", { path: { id: `a${i}` } }),
      ),
    );
    expect(provider.fetches).toBe(1);
    expect(server.seen).toHaveLength(200);
  });

  it("refreshes once when many concurrent calls hit the same 401", async () => {
    server = await startServer((_q, res, seen) => {
      if (seen.headers.authorization === "Bearer token-1")
        json(res, 401, spotifyError(401, "expired"));
      else json(res, 200, {});
    });
    const provider = new CountingProvider(5);
    const { requester } = makeStack({ baseUrl: server.baseUrl, provider });
    await Promise.all(
      Array.from({ length: 20 }, () => requester.operation("getAlbum", { path: { id: "a" } })),
    );
    expect(provider.invalidations).toBe(1);
    expect(provider.fetches).toBe(2);
  });

  it("wraps a provider failure in AuthenticationError and sends nothing", async () => {
    server = await startServer((_q, res) => json(res, 200, {}));
    const provider: AuthProvider = {
      getAccessToken: () => {
        throw new Error("vault sealed");
      },
    };
    const { requester } = makeStack({ baseUrl: server.baseUrl, provider });
    const error = await rejectionOf(requester.operation("getAlbum", { path: { id: "a" } }));
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(server.seen).toHaveLength(0);
    // The failure is not cached: the next call asks the provider again.
    await expect(requester.operation("getAlbum", { path: { id: "a" } })).rejects.toBeInstanceOf(
      AuthenticationError,
    );
  });
});
