import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import * as v from "valibot";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { OAuthErrorBodySchema, OAuthTokenResponseSchema } from "../../generated/schemas.js";
import { createMockSpotify, type MockSpotify, pkceChallenge } from "../../src/testing/index.js";
import { call, json } from "./helpers.js";

const REDIRECT = "http://127.0.0.1:8765/callback";
const BASIC = `Basic ${Buffer.from("mock-client-id:mock-client-secret").toString("base64")}`;

function tokenRequest(mock: MockSpotify, form: Record<string, string>, authorization?: string) {
  return fetch(`${mock.accountsUrl}/api/token`, {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      ...(authorization === undefined ? {} : { authorization }),
    },
    body: new URLSearchParams(form).toString(),
  });
}

/** Runs /authorize without following the redirect and returns the redirect target. */
async function authorize(mock: MockSpotify, params: Record<string, string>): Promise<URL> {
  const query = new URLSearchParams({
    client_id: "mock-client-id",
    response_type: "code",
    redirect_uri: REDIRECT,
    state: "xyz",
    scope: "user-read-private playlist-read-private",
    ...params,
  });
  const response = await fetch(`${mock.accountsUrl}/authorize?${query}`, { redirect: "manual" });
  expect(response.status).toBe(302);
  return new URL(response.headers.get("location") ?? "");
}

describe("accounts service", () => {
  let mock: MockSpotify;
  beforeEach(async () => {
    mock = await createMockSpotify();
  });
  afterEach(() => mock.close());

  it("issues a client-credentials token that the API accepts", async () => {
    const response = await tokenRequest(mock, { grant_type: "client_credentials" }, BASIC);
    expect(response.status).toBe(200);
    const body = await json(response);
    expect(v.is(OAuthTokenResponseSchema, body)).toBe(true);
    expect(body).toMatchObject({ token_type: "Bearer", expires_in: 3600 });
    expect(body).not.toHaveProperty("refresh_token");
    expect(body).not.toHaveProperty("scope");
    const api = await call(mock, "/albums/a1", { token: String(body.access_token) });
    expect(api.status).toBe(200);
    expect(mock.requests[0]?.headers.authorization).toBe("Basic [redacted]");
  });

  it("accepts client credentials in the form body as well", async () => {
    const response = await tokenRequest(mock, {
      grant_type: "client_credentials",
      client_id: "mock-client-id",
      client_secret: "mock-client-secret",
    });
    expect(response.status).toBe(200);
    expect(mock.requests[0]?.body).toMatchObject({ client_secret: "[redacted]" });
  });

  it("rejects a wrong client secret with invalid_client", async () => {
    const wrong = `Basic ${Buffer.from("mock-client-id:nope").toString("base64")}`;
    const response = await tokenRequest(mock, { grant_type: "client_credentials" }, wrong);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(v.is(OAuthErrorBodySchema, body)).toBe(true);
    expect(body).toEqual({
      error: "invalid_client",
      error_description: "Invalid client",
    });
  });

  it("rejects an unknown grant type with unsupported_grant_type", async () => {
    const response = await tokenRequest(mock, { grant_type: "password" }, BASIC);
    expect(oauthError(await response.json())).toBe("unsupported_grant_type");
  });

  it("runs the confidential authorization-code flow, codes being single-use", async () => {
    const target = await authorize(mock, {});
    expect(target.origin + target.pathname).toBe(REDIRECT);
    expect(target.searchParams.get("state")).toBe("xyz");
    const code = target.searchParams.get("code") ?? "";
    const form = { grant_type: "authorization_code", code, redirect_uri: REDIRECT };
    const first = await tokenRequest(mock, form, BASIC);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ scope: "user-read-private playlist-read-private" });
    const second = await tokenRequest(mock, form, BASIC);
    expect(oauthError(await second.json())).toBe("invalid_grant");
  });

  it("checks the PKCE verifier against the S256 challenge", async () => {
    const verifier = "a-verifier-of-at-least-forty-three-characters-1234567890";
    const challenge = { code_challenge: pkceChallenge(verifier), code_challenge_method: "S256" };
    const wrongCode = (await authorize(mock, challenge)).searchParams.get("code") ?? "";
    const wrong = await tokenRequest(mock, {
      grant_type: "authorization_code",
      code: wrongCode,
      redirect_uri: REDIRECT,
      client_id: "mock-client-id",
      code_verifier: `${verifier}-tampered`,
    });
    expect(oauthError(await wrong.json())).toBe("invalid_grant");
    const code = (await authorize(mock, challenge)).searchParams.get("code") ?? "";
    const right = await tokenRequest(mock, {
      grant_type: "authorization_code",
      code,
      redirect_uri: REDIRECT,
      client_id: "mock-client-id",
      code_verifier: verifier,
    });
    expect(right.status).toBe(200);
    expect(await right.json()).toHaveProperty("refresh_token");
  });

  it("rotates refresh tokens and invalidates the old one", async () => {
    const code = (await authorize(mock, {})).searchParams.get("code") ?? "";
    const issued = await json(
      await tokenRequest(
        mock,
        { grant_type: "authorization_code", code, redirect_uri: REDIRECT },
        BASIC,
      ),
    );
    const firstRefresh = String(issued.refresh_token);
    const refreshed = await json(
      await tokenRequest(mock, { grant_type: "refresh_token", refresh_token: firstRefresh }, BASIC),
    );
    expect(refreshed.refresh_token).toEqual(expect.any(String));
    expect(refreshed.refresh_token).not.toBe(firstRefresh);
    expect(refreshed.access_token).not.toBe(issued.access_token);
    const reused = await tokenRequest(
      mock,
      { grant_type: "refresh_token", refresh_token: firstRefresh },
      BASIC,
    );
    expect(reused.status).toBe(400);
    expect(oauthError(await reused.json())).toBe("invalid_grant");
  });

  it("completes the flow for a client that follows the redirect to its callback", async () => {
    const received: string[] = [];
    const callback = createServer((req, res) => {
      received.push(req.url ?? "");
      res.end("done");
    });
    await new Promise<void>((resolve) => callback.listen(0, "127.0.0.1", resolve));
    try {
      const redirectUri = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/cb`;
      const query = new URLSearchParams({
        client_id: "mock-client-id",
        response_type: "code",
        redirect_uri: redirectUri,
        state: "s1",
      });
      const page = await fetch(`${mock.accountsUrl}/authorize?${query}`);
      expect(await page.text()).toBe("done");
      const code = new URL(received[0] ?? "", redirectUri).searchParams.get("code") ?? "";
      const exchange = await tokenRequest(
        mock,
        { grant_type: "authorization_code", code, redirect_uri: redirectUri },
        BASIC,
      );
      expect(exchange.status).toBe(200);
    } finally {
      callback.closeAllConnections();
      await new Promise((resolve) => callback.close(resolve));
    }
  });

  it("keeps the refresh token valid and omits a new one when rotation is off", async () => {
    await using steady = await createMockSpotify({ rotateRefreshTokens: false });
    const code = (await authorize(steady, {})).searchParams.get("code") ?? "";
    const issued = await json(
      await tokenRequest(
        steady,
        { grant_type: "authorization_code", code, redirect_uri: REDIRECT },
        BASIC,
      ),
    );
    const form = { grant_type: "refresh_token", refresh_token: String(issued.refresh_token) };
    for (let i = 0; i < 2; i++) {
      const refreshed = await tokenRequest(steady, form, BASIC);
      expect(refreshed.status).toBe(200);
      expect(await refreshed.json()).not.toHaveProperty("refresh_token");
    }
  });

  it("redirects with access_denied when the user declines", async () => {
    mock.setDenyAuthorization(true);
    const target = await authorize(mock, {});
    expect(target.searchParams.get("error")).toBe("access_denied");
    expect(target.searchParams.get("state")).toBe("xyz");
    expect(target.searchParams.has("code")).toBe(false);
  });

  it("refuses unknown clients and localhost redirects without redirecting", async () => {
    const base = `${mock.accountsUrl}/authorize?response_type=code`;
    const unknown = await fetch(
      `${base}&client_id=other&redirect_uri=${encodeURIComponent(REDIRECT)}`,
      {
        redirect: "manual",
      },
    );
    expect(unknown.status).toBe(400);
    const localhost = await fetch(
      `${base}&client_id=mock-client-id&redirect_uri=${encodeURIComponent("http://localhost:8765/cb")}`,
      { redirect: "manual" },
    );
    expect(localhost.status).toBe(400);
    expect(await localhost.text()).toContain("Invalid redirect URI");
  });

  it("answers 401 in Spotify's shape for a missing, unknown or expired token", async () => {
    let now = Date.UTC(2026, 10, 1);
    await using timed = await createMockSpotify({ now: () => now, tokenLifetimeSeconds: 60 });
    const token = timed.issueToken();
    const missing = await fetch(`${timed.baseUrl}/me`);
    expect(await missing.json()).toEqual({ error: { status: 401, message: "No token provided" } });
    const unknown = await call(timed, "/me", { token: "made-up" });
    expect(await unknown.json()).toEqual({
      error: { status: 401, message: "Invalid access token" },
    });
    expect((await call(timed, "/me", { token })).status).toBe(200);
    now += 61_000;
    const expired = await call(timed, "/me", { token });
    expect(await expired.json()).toEqual({
      error: { status: 401, message: "The access token expired" },
    });
  });
});

function oauthError(body: unknown): unknown {
  return typeof body === "object" && body !== null && "error" in body ? body.error : undefined;
}
