import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuthenticationError,
  ClientCredentials,
  type TokenRetryOptions,
} from "../../src/auth/index.js";
import { RateLimitError, ServerError, SpotifyConnectionError } from "../../src/errors.js";
import type { FakeAccountsServer } from "./fakeAccountsServer.js";
import { CONFIDENTIAL, freePort, instantRetries, NO_ENV, startAccountsServer } from "./helpers.js";

let server: FakeAccountsServer;
beforeAll(async () => {
  server = await startAccountsServer();
});
afterAll(() => server.stop());

function provider(retry: TokenRetryOptions, accountsUrl = server.url, fetchImpl?: typeof fetch) {
  return new ClientCredentials({
    clientId: CONFIDENTIAL.clientId,
    clientSecret: CONFIDENTIAL.clientSecret,
    accountsUrl,
    env: NO_ENV,
    retry,
    fetch: fetchImpl,
  });
}

describe("token endpoint retries", () => {
  it("waits Retry-After seconds after a 429 before the second attempt", async () => {
    const { retry, sleeps } = instantRetries();
    server.queueTokenResponses({ status: 429, headers: { "retry-after": "2" } });
    const before = server.tokenRequests.length;
    await expect(provider(retry).getAccessToken()).resolves.toEqual(expect.any(String));
    expect(sleeps).toEqual([2000]);
    expect(server.tokenRequests.length).toBe(before + 2);
  });

  it("throws RateLimitError at once when Retry-After exceeds maxRetryAfter", async () => {
    const { retry, sleeps } = instantRetries({ maxRetryAfter: 10 });
    server.queueTokenResponses({ status: 429, headers: { "retry-after": "3600" } });
    const error = await provider(retry)
      .getAccessToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ status: 429, retryAfter: 3600 });
    expect(sleeps).toEqual([]);
  });

  it("retries 5xx with jittered backoff and succeeds", async () => {
    const { retry, sleeps } = instantRetries();
    server.queueTokenResponses({ status: 503 }, { status: 500 });
    await expect(provider(retry).getAccessToken()).resolves.toEqual(expect.any(String));
    // random() = 0.5 of the 0.5 s and 1 s backoff ceilings
    expect(sleeps).toEqual([250, 500]);
  });

  it("gives up after maxRetries + 1 attempts with ServerError", async () => {
    const { retry } = instantRetries({ maxRetries: 2 });
    server.queueTokenResponses({ status: 502 }, { status: 502 }, { status: 502 });
    const before = server.tokenRequests.length;
    const error = await provider(retry)
      .getAccessToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect(server.tokenRequests.length).toBe(before + 3);
  });

  it("retries connection failures, then throws SpotifyConnectionError", async () => {
    const { retry, sleeps } = instantRetries({ maxRetries: 3 });
    const closedPort = await freePort();
    const error = await provider(retry, `http://127.0.0.1:${closedPort}`)
      .getAccessToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyConnectionError);
    expect(sleeps).toHaveLength(3);
  });

  it("recovers when the connection fails once", async () => {
    const { retry } = instantRetries();
    let calls = 0;
    const flaky: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls === 1) throw new TypeError("fetch failed");
      return fetch(input, init);
    };
    await expect(provider(retry, server.url, flaky).getAccessToken()).resolves.toEqual(
      expect.any(String),
    );
    expect(calls).toBe(2);
  });

  it("times out an attempt whose body stalls, and retries it", async () => {
    const { retry, sleeps } = instantRetries();
    let calls = 0;
    const stallsOnce: typeof fetch = async (input, init) => {
      calls += 1;
      if (calls > 1) return fetch(input, init);
      // Headers arrive, then the body never finishes: only the attempt's timeout can end it.
      const stalled = new ReadableStream<Uint8Array>({
        start: (controller) => controller.enqueue(new TextEncoder().encode('{"access_token":')),
      });
      return new Response(stalled, {
        status: 200,
        headers: { "content-type": "application/json" },
      });
    };
    const auth = new ClientCredentials({
      clientId: CONFIDENTIAL.clientId,
      clientSecret: CONFIDENTIAL.clientSecret,
      accountsUrl: server.url,
      env: NO_ENV,
      retry,
      fetch: stallsOnce,
      timeout: 100,
    });
    await expect(auth.getAccessToken()).resolves.toEqual(expect.any(String));
    expect(calls).toBe(2);
    expect(sleeps).toHaveLength(1);
  });

  it("does not retry OAuth errors (4xx)", async () => {
    const { retry, sleeps } = instantRetries();
    server.queueTokenResponses({ status: 400, body: { error: "invalid_request" } });
    const error = await provider(retry)
      .getAccessToken()
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ oauthError: "invalid_request", status: 400 });
    expect(sleeps).toEqual([]);
  });

  it("maps a non-OAuth failure body to AuthenticationError with the status", async () => {
    const { retry } = instantRetries();
    server.queueTokenResponses({ status: 403, body: "<html>nope</html>" });
    const error = await provider(retry)
      .getAccessToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(error).toMatchObject({ status: 403, reason: undefined });
  });

  it("rejects a 200 that is not a token response without quoting it", async () => {
    const { retry } = instantRetries();
    server.queueTokenResponses({ status: 200, body: { access_token: "half-token-abc" } });
    const error = await provider(retry)
      .getAccessToken()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect(String((error as Error).message)).not.toContain("half-token-abc");
  });
});
