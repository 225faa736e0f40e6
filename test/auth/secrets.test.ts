/**
 * Secrets (client secret, access and refresh tokens, codes, verifiers) must never show up in an
 * error message, a log line, `util.inspect` or `JSON.stringify` output.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AuthorizationCode,
  ClientCredentials,
  FileTokenCache,
  MemoryTokenCache,
  StaticToken,
} from "../../src/auth/index.node.js";
import type { FakeAccountsServer } from "./fakeAccountsServer.js";
import {
  CONFIDENTIAL,
  followAuthorization,
  freePort,
  instantRetries,
  NO_ENV,
  PUBLIC,
  startAccountsServer,
} from "./helpers.js";

let server: FakeAccountsServer;
let dir: string;
beforeAll(async () => {
  server = await startAccountsServer();
  dir = await mkdtemp(join(tmpdir(), "spotify-secrets-"));
});
afterAll(async () => {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

/** Every rendering of `value` a developer might print or ship to a log service. */
function renderings(value: unknown): string[] {
  const out = [inspect(value, { depth: 10, showHidden: false }), JSON.stringify(value) ?? ""];
  if (value instanceof Error) {
    out.push(value.message, String(value.stack));
    let cause: unknown = value.cause;
    while (cause !== undefined) {
      out.push(...renderings(cause));
      cause = cause instanceof Error ? cause.cause : undefined;
    }
  }
  return out;
}

function expectNoSecrets(things: unknown[], secrets: string[]) {
  for (const text of things.flatMap(renderings)) {
    for (const secret of secrets) {
      if (secret.length >= 6) expect(text).not.toContain(secret);
    }
  }
}

describe("secrets stay out of output", () => {
  it("in providers, caches and every error of a full sign-in, refresh and failure cycle", async () => {
    const collected: unknown[] = [];
    const logs: string[] = [];
    const logger = { warn: (m: string) => logs.push(m), info: (m: string) => logs.push(m) };
    const capture = (promise: Promise<unknown>) => promise.catch((e: unknown) => collected.push(e));
    const verifiers: string[] = [];
    const codes: string[] = [];

    // A confidential and a PKCE sign-in, each through a file cache.
    const redirectUri = `http://127.0.0.1:${await freePort()}/callback`;
    server.allowRedirectUri(redirectUri);
    // A corrupt cache file, so the cache has something to warn about.
    await writeFile(join(dir, "token.json"), '{"access_token": "corrupt-file-token", "exp');
    const fileCache = new FileTokenCache(join(dir, "token.json"), { logger });
    const user = new AuthorizationCode({
      ...CONFIDENTIAL,
      redirectUri,
      accountsUrl: server.url,
      env: NO_ENV,
      tokenCache: fileCache,
    });
    await capture(user.getAccessToken()); // reads the corrupt cache: a warning, then "no token"
    await user.authorizeLocal({
      openBrowser: false,
      logger,
      onAuthorizationUrl: async (url) => {
        const location = await followAuthorization(url);
        codes.push(new URL(location).searchParams.get("code") ?? "");
        await fetch(location);
      },
    });
    const pkce = new AuthorizationCode({ ...PUBLIC, accountsUrl: server.url, env: NO_ENV });
    const request = await pkce.getAuthorizationUrl();
    verifiers.push(request.codeVerifier ?? "");
    const location = await followAuthorization(request.url);
    const code = await pkce.parseResponseUrl(location, { expectedState: request.state });
    codes.push(code);
    await pkce.exchangeCode(code);

    // Failures: a replayed code, a wrong verifier, a revoked refresh token, a forged state,
    // a wrong secret, a rate limit and an unreachable server.
    await capture(pkce.exchangeCode(code, { codeVerifier: verifiers[0] }));
    await capture(pkce.parseResponseUrl(`?code=${code}&state=forged`));
    const second = await pkce.getAuthorizationUrl();
    verifiers.push(second.codeVerifier ?? "");
    const secondCode = await pkce.parseResponseUrl(await followAuthorization(second.url));
    codes.push(secondCode);
    await capture(pkce.exchangeCode(secondCode, { codeVerifier: "wrong-verifier-".repeat(4) }));
    server.revokeRefreshToken(user.getTokenInfo()?.refreshToken ?? "");
    const beforeRevoke = user.getTokenInfo();
    user.invalidate();
    await capture(user.getAccessToken());
    const wrongSecret = new ClientCredentials({
      clientId: CONFIDENTIAL.clientId,
      clientSecret: "another-wrong-secret",
      accountsUrl: server.url,
      env: NO_ENV,
    });
    await capture(wrongSecret.getAccessToken());
    const app = new ClientCredentials({
      ...CONFIDENTIAL,
      accountsUrl: server.url,
      env: NO_ENV,
      retry: instantRetries({ maxRetryAfter: 1 }).retry,
    });
    await app.getAccessToken();
    server.queueTokenResponses({ status: 429, headers: { "retry-after": "30" } });
    app.invalidate();
    await capture(app.getAccessToken());
    const unreachable = new ClientCredentials({
      ...CONFIDENTIAL,
      accountsUrl: `http://127.0.0.1:${await freePort()}`,
      env: NO_ENV,
      retry: instantRetries({ maxRetries: 1 }).retry,
    });
    await capture(unreachable.getAccessToken());

    expect(collected).toHaveLength(8);
    const secrets = [
      CONFIDENTIAL.clientSecret,
      "another-wrong-secret",
      ...server.issuedSecrets,
      ...verifiers,
      ...codes,
      beforeRevoke?.accessToken ?? "",
      "corrupt-file-token",
    ];
    const memory = new MemoryTokenCache();
    memory.set({
      accessToken: "memory-access-token",
      expiresAt: 1,
      refreshToken: "memory-refresh",
    });
    secrets.push("memory-access-token", "memory-refresh", "static-token-value");
    expect(await app.getAccessToken()).toEqual(expect.any(String)); // app still holds a token
    expectNoSecrets(
      [
        ...collected,
        user,
        pkce,
        app,
        wrongSecret,
        fileCache,
        memory,
        new StaticToken("static-token-value"),
      ],
      secrets,
    );
    expect(logs.join("\n")).not.toBe("");
    expectNoSecrets(logs, secrets);
  });

  it("shows what a provider is without what it holds", async () => {
    const app = new ClientCredentials({ ...CONFIDENTIAL, accountsUrl: server.url, env: NO_ENV });
    await app.getAccessToken();
    const shown = inspect(app);
    expect(shown).toMatch(/^ClientCredentials \{/);
    expect(shown).toContain("clientId: 'confidential-client-id'");
    expect(shown).toContain("hasToken: true");
    expect(JSON.parse(JSON.stringify(app))).toMatchObject({
      clientId: CONFIDENTIAL.clientId,
      hasToken: true,
    });
  });
});
