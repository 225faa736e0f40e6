import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  AuthorizationCode,
  type AuthorizationCodeOptions,
  MemoryTokenCache,
  OAuthError,
  SpotifyConfigurationError,
} from "../../src/auth/index.js";
import type { FakeAccountsServer } from "./fakeAccountsServer.js";
import {
  CONFIDENTIAL,
  followAuthorization,
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

function confidential(overrides: AuthorizationCodeOptions = {}) {
  return new AuthorizationCode({
    ...CONFIDENTIAL,
    scope: ["user-read-private", "playlist-modify-public"],
    accountsUrl: server.url,
    env: NO_ENV,
    retry: instantRetries().retry,
    ...overrides,
  });
}

async function signIn(auth: AuthorizationCode) {
  const { url, state } = await auth.getAuthorizationUrl();
  const redirect = await followAuthorization(url);
  return auth.exchangeCode(await auth.parseResponseUrl(redirect, { expectedState: state }));
}

describe("AuthorizationCode (confidential client)", () => {
  it("builds the authorization URL with client, redirect, scopes, state and show_dialog", async () => {
    const auth = confidential();
    const { url, state } = await auth.getAuthorizationUrl({ showDialog: true });
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe(`${server.url}/authorize`);
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      client_id: CONFIDENTIAL.clientId,
      response_type: "code",
      redirect_uri: CONFIDENTIAL.redirectUri,
      state,
      scope: "user-read-private playlist-modify-public",
      show_dialog: "true",
    });
    expect(auth.state).toBe(state);
    expect(auth.usesPkce).toBe(false);
  });

  it("generates a different 128-bit state each time unless one is given", async () => {
    const auth = confidential();
    const states = new Set<string>();
    for (let i = 0; i < 20; i += 1) states.add((await auth.getAuthorizationUrl()).state);
    expect(states.size).toBe(20);
    for (const state of states) expect(state).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect((await auth.getAuthorizationUrl({ state: "mine" })).state).toBe("mine");
  });

  it("signs in end to end: code exchanged with Basic auth, scopes reported", async () => {
    const auth = confidential();
    const token = await signIn(auth);
    const exchange = server.tokenRequests.at(-1);
    expect(exchange?.form).toMatchObject({
      grant_type: "authorization_code",
      redirect_uri: CONFIDENTIAL.redirectUri,
    });
    expect(exchange?.form.code_verifier).toBeUndefined();
    expect(exchange?.authorization).toMatch(/^Basic /);
    expect(token.refreshToken).toEqual(expect.any(String));
    expect(await auth.getAccessToken()).toBe(token.accessToken);
    expect(auth.getGrantedScopes()).toEqual(["user-read-private", "playlist-modify-public"]);
  });

  it("refreshes before expiry and stores the rotated refresh token", async () => {
    const clock = manualClock();
    const cache = new MemoryTokenCache();
    const auth = confidential({ now: clock.now, tokenCache: cache });
    const first = await signIn(auth);
    clock.advanceSeconds(3600 - 29);
    const refreshed = await auth.getAccessToken();
    expect(refreshed).not.toBe(first.accessToken);
    expect(server.tokenRequests.at(-1)?.form).toEqual({
      grant_type: "refresh_token",
      refresh_token: first.refreshToken,
    });
    const rotated = auth.getTokenInfo()?.refreshToken;
    expect(rotated).not.toBe(first.refreshToken);
    expect(cache.get()?.refreshToken).toBe(rotated);
    expect(auth.getGrantedScopes()).toEqual(["user-read-private", "playlist-modify-public"]);
  });

  it("refreshes once for 50 concurrent callers, so a rotated refresh token is never reused", async () => {
    const clock = manualClock();
    const auth = confidential({ now: clock.now });
    await signIn(auth);
    clock.advanceSeconds(3600);
    const before = server.tokenRequests.length;
    const tokens = await Promise.all(Array.from({ length: 50 }, () => auth.getAccessToken()));
    expect(new Set(tokens).size).toBe(1);
    expect(server.grants().slice(before)).toEqual(["refresh_token"]);
  });

  it("keeps the old refresh token when the refresh response omits one", async () => {
    const auth = confidential();
    const first = await signIn(auth);
    server.rotateRefreshTokens = false;
    try {
      auth.invalidate();
      await auth.getAccessToken();
      expect(auth.getTokenInfo()?.refreshToken).toBe(first.refreshToken);
      expect(auth.getTokenInfo()?.scope).toBe(first.scope);
    } finally {
      server.rotateRefreshTokens = true;
    }
  });

  it("starts from a refreshToken option without signing in", async () => {
    const { refreshToken } = await signIn(confidential());
    const auth = confidential({ refreshToken, redirectUri: undefined });
    await expect(auth.getAccessToken()).resolves.toEqual(expect.any(String));
  });

  it("says to call exchangeCode when it has no token at all", async () => {
    const error = await confidential()
      .getAccessToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).toMatch(/exchangeCode/);
    expect(error).toMatchObject({ reason: "no_token" });
  });

  it("rejects a code used twice with OAuthError invalid_grant", async () => {
    const auth = confidential();
    const { url, state } = await auth.getAuthorizationUrl();
    const code = await auth.parseResponseUrl(await followAuthorization(url), {
      expectedState: state,
    });
    await auth.exchangeCode(code);
    await expect(auth.exchangeCode(code)).rejects.toMatchObject({ oauthError: "invalid_grant" });
  });

  it("clears the token and the cache when the refresh token is revoked (invalid_grant)", async () => {
    const cache = new MemoryTokenCache();
    const auth = confidential({ tokenCache: cache });
    const token = await signIn(auth);
    server.revokeRefreshToken(token.refreshToken ?? "");
    auth.invalidate();
    const error = await auth.getAccessToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ oauthError: "invalid_grant" });
    expect((error as Error).message).toMatch(/sign the user in again/);
    expect(cache.get()).toBeUndefined();
    expect(auth.getTokenInfo()).toBeUndefined();
    await expect(auth.getAccessToken()).rejects.toMatchObject({ reason: "no_token" });
  });

  it("needs a redirect URI to sign in, named before anything is sent", async () => {
    const auth = confidential({ redirectUri: undefined });
    await expect(auth.getAuthorizationUrl()).rejects.toBeInstanceOf(SpotifyConfigurationError);
    await expect(auth.exchangeCode("code")).rejects.toMatchObject({ option: "redirectUri" });
  });

  it("reads SPOTIFY_SDK_REDIRECT_URI from the environment", () => {
    const env = { SPOTIFY_SDK_CLIENT_ID: "id", SPOTIFY_SDK_REDIRECT_URI: "http://127.0.0.1:1/cb" };
    expect(new AuthorizationCode({ env }).redirectUri).toBe("http://127.0.0.1:1/cb");
  });
});

describe("parseResponseUrl", () => {
  // No server needed: parsing the redirect sends nothing.
  const auth = new AuthorizationCode({ ...CONFIDENTIAL, env: NO_ENV });

  it("accepts a full URL, a path with query and a bare query", async () => {
    const state = "s-1";
    await expect(
      auth.parseResponseUrl("http://127.0.0.1:8888/callback?code=abc&state=s-1", {
        expectedState: state,
      }),
    ).resolves.toBe("abc");
    await expect(
      auth.parseResponseUrl("/callback?code=abc&state=s-1", { expectedState: state }),
    ).resolves.toBe("abc");
    await expect(
      auth.parseResponseUrl("?code=abc&state=s-1", { expectedState: state }),
    ).resolves.toBe("abc");
    await expect(
      auth.parseResponseUrl("code=abc&state=s-1", { expectedState: state }),
    ).resolves.toBe("abc");
  });

  it("defaults expectedState to the state of the latest authorization URL", async () => {
    const { state } = await auth.getAuthorizationUrl();
    await expect(auth.parseResponseUrl(`?code=xyz&state=${state}`)).resolves.toBe("xyz");
  });

  it("rejects access_denied as OAuthError", async () => {
    const error = await auth
      .parseResponseUrl("?error=access_denied&state=s-1", { expectedState: "s-1" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ oauthError: "access_denied", reason: "access_denied" });
    expect((error as Error).message).toMatch(/declined/);
  });

  it("rejects a state mismatch, even when a code is present", async () => {
    await expect(
      auth.parseResponseUrl("?code=abc&state=forged", { expectedState: "s-1" }),
    ).rejects.toMatchObject({ name: "AuthenticationError", reason: "state_mismatch" });
  });

  it("rejects a redirect without a code", async () => {
    await expect(
      auth.parseResponseUrl("?state=s-1", { expectedState: "s-1" }),
    ).rejects.toMatchObject({
      reason: "missing_code",
    });
  });
});
