import { EventEmitter } from "node:events";
import open from "open";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { AuthorizationCode as UniversalAuthorizationCode } from "../../src/auth/index.js";
import {
  AuthorizationCode,
  type AuthorizeLocalOptions,
  authorizeLocal,
  OAuthError,
  SpotifyConfigurationError,
} from "../../src/auth/index.node.js";
import type { FakeAccountsServer } from "./fakeAccountsServer.js";
import {
  CONFIDENTIAL,
  followAuthorization,
  freePort,
  NO_ENV,
  startAccountsServer,
} from "./helpers.js";

// No real browser in tests: `open` is replaced, and each test says what it does.
vi.mock("open", () => ({ default: vi.fn() }));

let server: FakeAccountsServer;
beforeAll(async () => {
  server = await startAccountsServer();
});
afterAll(() => server.stop());
afterEach(() => {
  server.userDecision = "approve";
  vi.mocked(open).mockReset();
});

/** A provider whose redirect URI is a free loopback port the fake server accepts. */
async function providerOnFreePort(host = "127.0.0.1") {
  const redirectUri = `http://${host}:${await freePort()}/callback`;
  server.allowRedirectUri(redirectUri);
  const auth = new AuthorizationCode({
    ...CONFIDENTIAL,
    redirectUri,
    scope: ["user-read-private"],
    accountsUrl: server.url,
    env: NO_ENV,
  });
  return { auth, redirectUri };
}

/** What the browser tab shows after following `url` through the sign-in page to the callback. */
async function browse(url: string): Promise<{ status: number; text: string }> {
  const response = await fetch(await followAuthorization(url));
  return { status: response.status, text: await response.text() };
}

/** Runs authorizeLocal with the URL handed to `browser` instead of a real browser. */
async function signIn(
  auth: AuthorizationCode,
  browser: (url: string) => Promise<{ status: number; text: string }> = browse,
  options: AuthorizeLocalOptions = {},
) {
  let tab: Promise<{ status: number; text: string }> | undefined;
  const outcome = await auth
    .authorizeLocal({
      openBrowser: false,
      onAuthorizationUrl: (url) => {
        tab = browser(url);
      },
      ...options,
    })
    .then(
      (token) => ({ token, error: undefined }),
      (error: unknown) => ({ token: undefined, error }),
    );
  return { ...outcome, page: await tab };
}

async function expectClosed(redirectUri: string): Promise<void> {
  const failure = await fetch(redirectUri).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(TypeError);
  expect((failure as TypeError).cause).toMatchObject({ code: "ECONNREFUSED" });
}

describe("authorizeLocal", () => {
  it("signs in through the loopback redirect, shows a closing page, then closes the server", async () => {
    const { auth, redirectUri } = await providerOnFreePort();
    const { token, page } = await signIn(auth);
    expect(token?.accessToken).toEqual(expect.any(String));
    expect(await auth.getAccessToken()).toBe(token?.accessToken);
    expect(page?.status).toBe(200);
    expect(page?.text).toMatch(/close this tab/);
    await expectClosed(redirectUri);
  });

  it("works as a function on the universal class too", async () => {
    const { redirectUri } = await providerOnFreePort();
    const auth = new UniversalAuthorizationCode({
      ...CONFIDENTIAL,
      redirectUri,
      accountsUrl: server.url,
      env: NO_ENV,
    });
    let tab: Promise<unknown> | undefined;
    const token = await authorizeLocal(auth, {
      openBrowser: false,
      onAuthorizationUrl: (url) => {
        tab = browse(url);
      },
    });
    await tab;
    expect(auth.getTokenInfo()?.accessToken).toBe(token.accessToken);
  });

  it("answers 404 outside the redirect path and keeps waiting", async () => {
    const { auth, redirectUri } = await providerOnFreePort();
    const { token } = await signIn(auth, async (url) => {
      const stray = await fetch(new URL("/favicon.ico", redirectUri));
      expect(stray.status).toBe(404);
      return browse(url);
    });
    expect(token).toBeDefined();
  });

  it("rejects a redirect whose state does not match, and closes the server", async () => {
    const { auth, redirectUri } = await providerOnFreePort();
    const { error, page } = await signIn(auth, async () => {
      const response = await fetch(`${redirectUri}?code=stolen-code&state=forged`);
      return { status: response.status, text: await response.text() };
    });
    expect(error).toMatchObject({ name: "AuthenticationError", reason: "state_mismatch" });
    expect(page?.status).toBe(400);
    expect(page?.text).toMatch(/does not match/);
    expect(page?.text).not.toContain("stolen-code");
    await expectClosed(redirectUri);
  });

  it("rejects access_denied when the user declines, and closes the server", async () => {
    server.userDecision = "deny";
    const { auth, redirectUri } = await providerOnFreePort();
    const { error, page } = await signIn(auth);
    expect(error).toBeInstanceOf(OAuthError);
    expect(error).toMatchObject({ oauthError: "access_denied" });
    expect(page?.text).toMatch(/declined/);
    await expectClosed(redirectUri);
  });

  it("gives up after the timeout and closes the server", async () => {
    const { auth, redirectUri } = await providerOnFreePort();
    const { error } = await signIn(auth, async () => ({ status: 0, text: "" }), { timeout: 20 });
    expect(error).toMatchObject({ reason: "authorization_timeout" });
    await expectClosed(redirectUri);
  });

  it("stops waiting and closes the server when the provider is closed", async () => {
    const { auth, redirectUri } = await providerOnFreePort();
    const { error } = await signIn(auth, async () => {
      await auth.close();
      return { status: 0, text: "" };
    });
    expect((error as Error).message).toMatch(/aborted/);
    await expectClosed(redirectUri);
  });

  it("opens the browser with open() by default", async () => {
    const { auth } = await providerOnFreePort();
    let tab: Promise<unknown> | undefined;
    vi.mocked(open).mockImplementation(async (url) => {
      tab = browse(url);
      return new EventEmitter() as Awaited<ReturnType<typeof open>>;
    });
    const token = await auth.authorizeLocal();
    await tab;
    expect(token.accessToken).toEqual(expect.any(String));
  });

  it("hands the URL to onAuthorizationUrl, with a warning, when the browser cannot be opened", async () => {
    const { auth } = await providerOnFreePort();
    vi.mocked(open).mockRejectedValue(new Error("no display"));
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) };
    const { token } = await signIn(auth, browse, { openBrowser: true, logger });
    expect(token).toBeDefined();
    expect(warnings).toEqual([expect.stringMatching(/Could not open a browser \(no display\)/)]);
  });

  it("logs the URL when there is no onAuthorizationUrl", async () => {
    const { auth } = await providerOnFreePort();
    const infos: string[] = [];
    const logger = { warn: () => {}, info: (message: string) => infos.push(message) };
    await auth.authorizeLocal({ openBrowser: false, logger, timeout: 20 }).catch(() => undefined);
    expect(infos).toEqual([expect.stringContaining(`${server.url}/authorize?`)]);
  });

  it("refuses non-loopback and non-http redirect URIs before listening", async () => {
    for (const redirectUri of ["http://example.com:8888/callback", "https://127.0.0.1:8888/cb"]) {
      const auth = new AuthorizationCode({ ...CONFIDENTIAL, redirectUri, env: NO_ENV });
      const onAuthorizationUrl = vi.fn();
      const error = await auth
        .authorizeLocal({ openBrowser: false, onAuthorizationUrl })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SpotifyConfigurationError);
      expect(error).toMatchObject({ option: "redirectUri" });
      expect(onAuthorizationUrl).not.toHaveBeenCalled();
    }
  });

  it("serves [::1] redirect URIs", async () => {
    const { auth } = await providerOnFreePort("[::1]");
    const { token, error } = await signIn(auth);
    expect(error).toBeUndefined();
    expect(token).toBeDefined();
  });

  it("warns that Spotify rejects localhost redirect URIs, but still listens", async () => {
    const { auth } = await providerOnFreePort("localhost");
    const warnings: string[] = [];
    const logger = { warn: (message: string) => warnings.push(message) };
    const { token } = await signIn(auth, browse, { logger });
    expect(token).toBeDefined();
    expect(warnings).toEqual([expect.stringMatching(/localhost.*2025-11-27/)]);
  });

  it("rejects in the universal class, pointing at the Node entry", async () => {
    const auth = new UniversalAuthorizationCode({ ...CONFIDENTIAL, env: NO_ENV });
    await expect(auth.authorizeLocal()).rejects.toThrow(/needs Node/);
  });
});
