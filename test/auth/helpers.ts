/** Shared fixtures for the auth tests: clients, a clock, instant retries, a simulated browser. */
import { type AddressInfo, createServer } from "node:net";
import type { TokenRetryOptions } from "../../src/auth/index.js";
import { FakeAccountsServer } from "./fakeAccountsServer.js";

export const CONFIDENTIAL = {
  clientId: "confidential-client-id",
  clientSecret: "confidential-secret-8f2d1c",
  redirectUri: "http://127.0.0.1:8888/callback",
};

export const PUBLIC = {
  clientId: "public-client-id",
  redirectUri: "http://127.0.0.1:8889/callback",
};

/** A fake accounts server knowing both test clients, plus extra redirect URIs when asked. */
export function startAccountsServer(extraRedirectUris: string[] = []): Promise<FakeAccountsServer> {
  return new FakeAccountsServer([
    {
      clientId: CONFIDENTIAL.clientId,
      clientSecret: CONFIDENTIAL.clientSecret,
      redirectUris: [CONFIDENTIAL.redirectUri, ...extraRedirectUris],
    },
    { clientId: PUBLIC.clientId, redirectUris: [PUBLIC.redirectUri, ...extraRedirectUris] },
  ]).start();
}

/** A clock the test moves by hand, in epoch milliseconds. */
export function manualClock(start = Date.UTC(2026, 0, 1)) {
  let nowMs = start;
  return {
    now: () => nowMs,
    advanceSeconds(seconds: number) {
      nowMs += seconds * 1000;
    },
  };
}

/** Retries that never really wait; records the delays they would have slept. */
export function instantRetries(overrides: TokenRetryOptions = {}) {
  const sleeps: number[] = [];
  const retry: TokenRetryOptions = {
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms);
    },
    ...overrides,
  };
  return { retry, sleeps };
}

/** An empty environment, so a developer's real SPOTIFY_SDK_* variables never leak into tests. */
export const NO_ENV = {};

/** Plays the browser on Spotify's sign-in page: returns where the page redirects to. */
export async function followAuthorization(authorizationUrl: string): Promise<string> {
  const response = await fetch(authorizationUrl, { redirect: "manual" });
  const location = response.headers.get("location");
  if (response.status !== 302 || location === null) {
    throw new Error(`Sign-in page answered ${response.status}: ${await response.text()}`);
  }
  return location;
}

/** A port nothing listens on right now (bound, read, released). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
