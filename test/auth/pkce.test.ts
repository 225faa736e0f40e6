import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuthorizationCode,
  type AuthorizationCodeOptions,
  createCodeChallenge,
  createCodeVerifier,
} from "../../src/auth/index.js";
import type { FakeAccountsServer } from "./fakeAccountsServer.js";
import {
  CONFIDENTIAL,
  followAuthorization,
  instantRetries,
  manualClock,
  NO_ENV,
  PUBLIC,
  startAccountsServer,
} from "./helpers.js";

let server: FakeAccountsServer;
beforeAll(async () => {
  server = await startAccountsServer();
});
afterAll(() => server.stop());

function pkce(overrides: AuthorizationCodeOptions = {}) {
  return new AuthorizationCode({
    ...PUBLIC,
    scope: "user-read-email user-library-read",
    accountsUrl: server.url,
    env: NO_ENV,
    retry: instantRetries().retry,
    ...overrides,
  });
}

describe("PKCE helpers", () => {
  it("computes the RFC 7636 appendix B challenge", async () => {
    await expect(createCodeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).resolves.toBe(
      "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM",
    );
  });

  it("creates distinct verifiers of 43-128 unreserved characters", () => {
    const verifiers = new Set(Array.from({ length: 50 }, () => createCodeVerifier()));
    expect(verifiers.size).toBe(50);
    for (const verifier of verifiers) {
      expect(verifier).toMatch(/^[A-Za-z0-9._~-]{43,128}$/);
      // 86 base64url characters carry 512 bits, above the 256 the RFC asks for.
      expect(verifier.length * 6).toBeGreaterThanOrEqual(256);
    }
  });
});

describe("AuthorizationCode with PKCE", () => {
  it("is chosen when there is no client secret", () => {
    expect(pkce().usesPkce).toBe(true);
  });

  it("puts an S256 challenge of the kept verifier in the authorization URL", async () => {
    const auth = pkce();
    const request = await auth.getAuthorizationUrl();
    const query = new URL(request.url).searchParams;
    expect(query.get("code_challenge_method")).toBe("S256");
    expect(query.get("code_challenge")).toBe(await createCodeChallenge(request.codeVerifier ?? ""));
    expect(query.get("scope")).toBe("user-read-email user-library-read");
  });

  it("signs in, refreshes and rotates with client_id in the body and no secret anywhere", async () => {
    const clock = manualClock();
    const auth = pkce({ now: clock.now });
    const { url, state } = await auth.getAuthorizationUrl();
    const before = server.tokenRequests.length;
    const code = await auth.parseResponseUrl(await followAuthorization(url), {
      expectedState: state,
    });
    const token = await auth.exchangeCode(code);
    clock.advanceSeconds(3600);
    const refreshed = await auth.getAccessToken();
    expect(refreshed).not.toBe(token.accessToken);
    const [exchange, refresh] = server.tokenRequests.slice(before);
    expect(exchange?.form).toMatchObject({
      grant_type: "authorization_code",
      client_id: PUBLIC.clientId,
    });
    expect(exchange?.form.code_verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    expect(refresh?.form).toEqual({
      grant_type: "refresh_token",
      refresh_token: token.refreshToken,
      client_id: PUBLIC.clientId,
    });
    for (const request of [exchange, refresh]) {
      expect(request?.authorization).toBeUndefined();
      expect(request?.form.client_secret).toBeUndefined();
    }
    expect(auth.getTokenInfo()?.refreshToken).not.toBe(token.refreshToken);
  });

  it("is refused by the server when the verifier does not match the challenge", async () => {
    const auth = pkce();
    const { url, state } = await auth.getAuthorizationUrl();
    const code = await auth.parseResponseUrl(await followAuthorization(url), {
      expectedState: state,
    });
    await expect(
      auth.exchangeCode(code, { codeVerifier: createCodeVerifier() }),
    ).rejects.toMatchObject({ oauthError: "invalid_grant" });
  });

  it("finishes in a new instance with the stored verifier, as after a page reload", async () => {
    const request = await pkce().getAuthorizationUrl();
    const stored = JSON.stringify({ state: request.state, verifier: request.codeVerifier });
    const redirect = await followAuthorization(request.url);
    const saved = JSON.parse(stored) as { state: string; verifier: string };
    const reloaded = pkce();
    const code = await reloaded.parseResponseUrl(redirect, { expectedState: saved.state });
    await expect(
      reloaded.exchangeCode(code, { codeVerifier: saved.verifier }),
    ).resolves.toMatchObject({
      accessToken: expect.any(String),
    });
  });

  it("keeps the verifier out of JSON.stringify and enumeration of the request", async () => {
    const request = await pkce().getAuthorizationUrl();
    expect(request.codeVerifier).toEqual(expect.any(String));
    expect(Object.keys(request)).toEqual(["url", "state"]);
    expect(JSON.stringify(request)).not.toContain(request.codeVerifier);
  });

  it("says which option is missing when there is no verifier to send", async () => {
    await expect(pkce().exchangeCode("some-code")).rejects.toMatchObject({
      option: "codeVerifier",
    });
  });

  it("ignores a configured secret when usePkce is true", async () => {
    const auth = new AuthorizationCode({
      ...CONFIDENTIAL,
      usePkce: true,
      accountsUrl: server.url,
      env: NO_ENV,
    });
    const { url, state } = await auth.getAuthorizationUrl();
    expect(new URL(url).searchParams.get("code_challenge_method")).toBe("S256");
    const code = await auth.parseResponseUrl(await followAuthorization(url), {
      expectedState: state,
    });
    await auth.exchangeCode(code);
    const exchange = server.tokenRequests.at(-1);
    expect(exchange?.authorization).toBeUndefined();
    expect(JSON.stringify(exchange)).not.toContain(CONFIDENTIAL.clientSecret);
  });
});
