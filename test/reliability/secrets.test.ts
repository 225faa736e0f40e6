/**
 * Secrets sweep: a large part of the fault matrix and every auth flow (client credentials,
 * authorization code, PKCE, refresh after a 401, invalid_grant for a reused code and a dead
 * refresh token, failing token endpoints) run with a capturing logger at `debug`. No access
 * token, client secret, refresh token, authorization code or PKCE verifier may appear in any log
 * line, error message, `JSON.stringify(error)`, `util.inspect(error, { depth: 10 })`, or in
 * `util.inspect` / `JSON.stringify` of the clients and providers.
 *
 * The secrets are collected as they happen: token responses are read by the fetch the SDK is
 * given, codes from the sign-in redirects, verifiers from the sign-in requests.
 */
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthorizationCode } from "../../src/auth/authorizationCode.js";
import { ClientCredentials } from "../../src/auth/clientCredentials.js";
import type { AuthProvider } from "../../src/auth/types.js";
import { SpotifyClient } from "../../src/client.js";
import { createMockSpotify, type FaultSpec, type MockSpotify } from "../../src/testing/index.js";
import {
  ALBUM_ID,
  capturingLogger,
  closedPortOrigin,
  guardProcess,
  TARGETS,
  type Target,
} from "./support.js";

guardProcess();

const CLIENT_ID = "secrets-sweep-client";
const CLIENT_SECRET = "sweep-client-secret-7f3a9c2e";
const STATIC_TOKEN = "sweep-static-token-51c0d9";
const REDIRECT_URI = "http://127.0.0.1:8888/callback";

let mock: MockSpotify;
const logger = capturingLogger();
/** Every secret seen during the run. */
const secrets = new Set<string>([CLIENT_SECRET, STATIC_TOKEN]);
/** Everything a developer might print: errors, clients, providers. */
const printed: unknown[] = [];

beforeAll(async () => {
  mock = await createMockSpotify({
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    redirectUris: [REDIRECT_URI],
  });
});
afterAll(async () => {
  await mock.close();
});

/** The fetch handed to clients and providers: records every token the accounts service issues. */
const secretRecordingFetch: typeof fetch = async (input, init) => {
  const response = await globalThis.fetch(input, init);
  const url = input instanceof Request ? input.url : String(input);
  if (url.endsWith("/api/token")) {
    const body: unknown = await response
      .clone()
      .json()
      .catch(() => undefined);
    if (typeof body === "object" && body !== null) {
      for (const key of ["access_token", "refresh_token"]) {
        const value = (body as Record<string, unknown>)[key];
        if (typeof value === "string") secrets.add(value);
      }
    }
  }
  return response;
};

/** Settles a call, keeping a rejection for the sweep. */
async function settle(promise: PromiseLike<unknown>): Promise<void> {
  try {
    await promise;
  } catch (error) {
    printed.push(error);
  }
}

function sdkClient(options: {
  authProvider?: AuthProvider;
  baseUrl?: string;
  clientCredentials?: boolean;
}): SpotifyClient {
  const client = new SpotifyClient({
    ...(options.authProvider
      ? { authProvider: options.authProvider }
      : options.clientCredentials
        ? { clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, accountsUrl: mock.accountsUrl }
        : { accessToken: STATIC_TOKEN }),
    baseUrl: options.baseUrl ?? mock.baseUrl,
    env: {},
    fetch: secretRecordingFetch,
    logger,
    logLevel: "debug",
    timeout: 100,
    maxRetries: 1,
    random: () => 0,
    sleep: async () => {},
  });
  printed.push(client);
  return client;
}

/** Plays the user's browser on /authorize and returns the code from the redirect. */
async function signIn(auth: AuthorizationCode): Promise<string> {
  const request = await auth.getAuthorizationUrl();
  if (request.codeVerifier !== undefined) secrets.add(request.codeVerifier);
  const response = await fetch(request.url, { redirect: "manual" });
  const location = new URL(response.headers.get("location") ?? "");
  const code = location.searchParams.get("code") ?? "";
  secrets.add(code);
  expect(code).not.toBe("");
  return auth.parseResponseUrl(location.toString(), { expectedState: request.state });
}

const FAULTS: readonly FaultSpec[] = [
  { kind: "rateLimit", retryAfter: 0 },
  { kind: "rateLimit", retryAfter: 3_600 },
  { kind: "status", status: 500 },
  { kind: "status", status: 401 },
  { kind: "status", status: 403, reason: "PREMIUM_REQUIRED" },
  { kind: "status", status: 404 },
  { kind: "htmlError" },
  { kind: "resetBeforeHeaders" },
  { kind: "resetMidBody" },
  { kind: "hang" },
  { kind: "delay", ms: 150 },
  { kind: "malformedJson" },
  { kind: "truncatedJson" },
  { kind: "emptyBody" },
  { kind: "wrongContentType" },
];

async function runFaults(client: SpotifyClient, target: Target): Promise<void> {
  for (const fault of FAULTS) {
    mock.clearFaults();
    mock.fault(target.operationId, fault);
    await settle(target.call(client));
  }
  mock.clearFaults();
}

describe("secrets sweep", () => {
  it("finds no secret in logs, errors, clients or providers after the fault matrix and every auth flow", async () => {
    // The fault matrix with a static token and with client credentials (401 -> refresh).
    for (const clientCredentials of [false, true]) {
      const client = sdkClient({ clientCredentials });
      for (const target of TARGETS) await runFaults(client, target);
      await client.close();
    }
    const unreachable = sdkClient({ baseUrl: `${await closedPortOrigin()}/v1` });
    for (const target of TARGETS) await settle(target.call(unreachable));
    await unreachable.close();

    // Client credentials with a wrong secret, and with a failing token endpoint.
    const wrongSecret = "sweep-wrong-secret-0b44e1";
    secrets.add(wrongSecret);
    const refused = new ClientCredentials({
      clientId: CLIENT_ID,
      clientSecret: wrongSecret,
      accountsUrl: mock.accountsUrl,
      env: {},
      fetch: secretRecordingFetch,
    });
    printed.push(refused);
    await settle(sdkClient({ authProvider: refused }).albums.get(ALBUM_ID));
    for (const fault of [
      { kind: "status", status: 503 },
      { kind: "htmlError" },
      { kind: "malformedJson" },
    ] as const) {
      mock.fault("token", { ...fault, times: 3 });
      const provider = new ClientCredentials({
        clientId: CLIENT_ID,
        clientSecret: CLIENT_SECRET,
        accountsUrl: mock.accountsUrl,
        env: {},
        fetch: secretRecordingFetch,
        retry: { maxRetries: 0, sleep: async () => {} },
      });
      printed.push(provider);
      await settle(sdkClient({ authProvider: provider }).albums.get(ALBUM_ID));
      mock.clearFaults();
    }

    // Authorization code (confidential) and PKCE: sign in, call, refresh after a 401, reuse the
    // code (invalid_grant), and refresh with a dead refresh token (invalid_grant).
    for (const usePkce of [false, true]) {
      const auth = new AuthorizationCode({
        clientId: CLIENT_ID,
        ...(usePkce ? {} : { clientSecret: CLIENT_SECRET }),
        redirectUri: REDIRECT_URI,
        scope: ["user-library-modify", "playlist-modify-public"],
        accountsUrl: mock.accountsUrl,
        env: {},
        fetch: secretRecordingFetch,
      });
      printed.push(auth);
      const code = await signIn(auth);
      const token = await auth.exchangeCode(code);
      printed.push(token.expiresAt);
      await settle(auth.exchangeCode(code));
      const client = sdkClient({ authProvider: auth });
      for (const target of TARGETS) await settle(target.call(client));
      mock.fault("*", { kind: "status", status: 401, times: 1 });
      await settle(client.albums.get(ALBUM_ID));
      const rotatedAway = token.refreshToken ?? "";
      expect(rotatedAway).not.toBe("");
      const stale = new AuthorizationCode({
        clientId: CLIENT_ID,
        ...(usePkce ? {} : { clientSecret: CLIENT_SECRET }),
        refreshToken: rotatedAway,
        accountsUrl: mock.accountsUrl,
        env: {},
        fetch: secretRecordingFetch,
      });
      printed.push(stale);
      await settle(sdkClient({ authProvider: stale }).albums.get(ALBUM_ID));
      await settle(stale.getAccessToken());
      await client.close();
    }

    // The run produced what the sweep looks for: secrets of each kind, errors and log lines.
    const errors = printed.filter((thing) => thing instanceof Error);
    expect(errors.length).toBeGreaterThan(100);
    expect(errors.some((e) => e.name === "OAuthError")).toBe(true);
    expect(logger.lines.length).toBeGreaterThan(200);
    expect(secrets.size).toBeGreaterThan(8);

    const texts = [
      ...logger.lines,
      ...printed.flatMap((thing) => [
        inspect(thing, { depth: 10 }),
        JSON.stringify(thing) ?? "",
        thing instanceof Error ? `${thing.message}\n${thing.stack ?? ""}` : "",
      ]),
    ];
    const leaks: string[] = [];
    for (const secret of secrets) {
      for (const text of texts) {
        if (text.includes(secret)) leaks.push(`${secret.slice(0, 12)}... in ${text.slice(0, 160)}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
