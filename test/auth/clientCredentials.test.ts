import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ClientCredentials,
  MemoryTokenCache,
  OAuthError,
  SpotifyConfigurationError,
} from "../../src/auth/index.js";
import type { FakeAccountsServer } from "./fakeAccountsServer.js";
import {
  CONFIDENTIAL,
  instantRetries,
  manualClock,
  NO_ENV,
  startAccountsServer,
} from "./helpers.js";

let server: FakeAccountsServer;
beforeAll(async () => {
  server = await startAccountsServer();
});
afterAll(() => server.stop());

function provider(overrides: Partial<ConstructorParameters<typeof ClientCredentials>[0]> = {}) {
  return new ClientCredentials({
    clientId: CONFIDENTIAL.clientId,
    clientSecret: CONFIDENTIAL.clientSecret,
    accountsUrl: server.url,
    env: NO_ENV,
    retry: instantRetries().retry,
    ...overrides,
  });
}

describe("ClientCredentials", () => {
  it("authenticates with HTTP Basic and asks for grant_type=client_credentials", async () => {
    const before = server.tokenRequests.length;
    const token = await provider().getAccessToken();
    const request = server.tokenRequests[before];
    expect(token).toMatch(/^[\w-]{20,}$/);
    expect(request?.form).toEqual({ grant_type: "client_credentials" });
    const basic = Buffer.from(`${CONFIDENTIAL.clientId}:${CONFIDENTIAL.clientSecret}`);
    expect(request?.authorization).toBe(`Basic ${basic.toString("base64")}`);
  });

  it("reads SPOTIFY_SDK_CLIENT_ID and SPOTIFY_SDK_CLIENT_SECRET, explicit options winning", async () => {
    const env = {
      SPOTIFY_SDK_CLIENT_ID: CONFIDENTIAL.clientId,
      SPOTIFY_SDK_CLIENT_SECRET: CONFIDENTIAL.clientSecret,
    };
    const fromEnv = new ClientCredentials({ accountsUrl: server.url, env });
    await expect(fromEnv.getAccessToken()).resolves.toEqual(expect.any(String));
    expect(fromEnv.clientId).toBe(CONFIDENTIAL.clientId);
    const explicit = new ClientCredentials({
      clientId: "explicit-id",
      accountsUrl: server.url,
      env,
    });
    expect(explicit.clientId).toBe("explicit-id");
  });

  it("throws SpotifyConfigurationError naming the missing option before sending anything", () => {
    const before = server.tokenRequests.length;
    expect(() => new ClientCredentials({ env: NO_ENV })).toThrow(SpotifyConfigurationError);
    expect(() => new ClientCredentials({ env: NO_ENV })).toThrow(/SPOTIFY_SDK_CLIENT_ID/);
    expect(() => new ClientCredentials({ clientId: "id", env: NO_ENV })).toThrow(
      expect.objectContaining({ option: "clientSecret" }),
    );
    expect(server.tokenRequests.length).toBe(before);
  });

  it("reuses the token until skewSeconds before it expires, then fetches a new one", async () => {
    const clock = manualClock();
    const auth = provider({ now: clock.now, skewSeconds: 30 });
    const first = await auth.getAccessToken();
    const requests = server.tokenRequests.length;
    clock.advanceSeconds(3600 - 31);
    expect(await auth.getAccessToken()).toBe(first);
    expect(server.tokenRequests.length).toBe(requests);
    clock.advanceSeconds(1);
    const second = await auth.getAccessToken();
    expect(second).not.toBe(first);
    expect(server.tokenRequests.length).toBe(requests + 1);
    expect(auth.getTokenInfo()?.expiresAt).toBe(clock.now() / 1000 + 3600);
  });

  it("sends one token request for 200 concurrent getAccessToken calls", async () => {
    const auth = provider();
    const before = server.tokenRequests.length;
    const tokens = await Promise.all(Array.from({ length: 200 }, () => auth.getAccessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(server.tokenRequests.length).toBe(before + 1);
  });

  it("fetches a new token after invalidate()", async () => {
    const auth = provider();
    const first = await auth.getAccessToken();
    auth.invalidate();
    expect(await auth.getAccessToken()).not.toBe(first);
  });

  it("takes a fresh token from the cache without a request, and writes new tokens to it", async () => {
    const clock = manualClock();
    const cache = new MemoryTokenCache();
    cache.set({ accessToken: "cached-token", expiresAt: clock.now() / 1000 + 600 });
    const auth = provider({ tokenCache: cache, now: clock.now });
    const before = server.tokenRequests.length;
    expect(await auth.getAccessToken()).toBe("cached-token");
    expect(server.tokenRequests.length).toBe(before);
    clock.advanceSeconds(600);
    const fresh = await auth.getAccessToken();
    expect(cache.get()?.accessToken).toBe(fresh);
  });

  it("reports app tokens as carrying no scopes", async () => {
    const auth = provider();
    expect(auth.getGrantedScopes()).toBeUndefined();
    await auth.getAccessToken();
    expect(auth.getGrantedScopes()).toEqual([]);
  });

  it("rejects a wrong secret with OAuthError invalid_client, without retrying", async () => {
    const auth = provider({ clientSecret: "wrong-secret" });
    const before = server.tokenRequests.length;
    const error = await auth.getAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({
      oauthError: "invalid_client",
      reason: "invalid_client",
      status: 401,
    });
    expect(server.tokenRequests.length).toBe(before + 1);
  });
});
