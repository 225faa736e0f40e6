/**
 * Signing a user in from a Node program in one call: `authorizeLocal()` starts a one-shot server
 * on the redirect URI's loopback address, opens the browser on Spotify's sign-in page and waits
 * for the redirect. The token is kept in a FileTokenCache, so the next run skips the browser
 * (and refreshes the token when it has expired).
 *
 * Run:
 *   npx tsx --tsconfig tsconfig.examples.json examples/authorize-local.ts
 *
 * For the real Spotify set SPOTIFY_SDK_CLIENT_ID and SPOTIFY_SDK_REDIRECT_URI, the latter a
 * loopback URI registered for your app such as http://127.0.0.1:8888/callback (Spotify refuses
 * `localhost`). The token goes to ./.spotify-token.json (mode 0600; keep it out of git).
 * Without SPOTIFY_SDK_CLIENT_ID it runs against the embedded mock Spotify on 127.0.0.1, with a
 * cache file in a temporary directory and a scripted "browser" that follows the redirect.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AuthenticationError, SpotifyClient } from "spotify-ts-sdk";
import { AuthorizationCode, FileTokenCache } from "spotify-ts-sdk/auth";
import { createMockSpotify } from "spotify-ts-sdk/testing";

const SCOPE = ["user-read-private", "user-library-read"];

await using mock = process.env.SPOTIFY_SDK_CLIENT_ID ? undefined : await createMockSpotify();
const scratch = mock ? await mkdtemp(join(tmpdir(), "spotify-example-")) : undefined;
const cachePath = scratch ? join(scratch, "spotify-token.json") : ".spotify-token.json";
const redirectUri = mock ? `http://127.0.0.1:${await freeLoopbackPort()}/callback` : undefined;

/** One provider per "run" of the program; both share the file. */
function newAuth(): AuthorizationCode {
  return new AuthorizationCode({
    scope: SCOPE,
    tokenCache: new FileTokenCache(cachePath),
    // Undefined options fall back to SPOTIFY_SDK_CLIENT_ID / _REDIRECT_URI.
    ...(mock && { clientId: "mock-client-id", redirectUri, accountsUrl: mock.accountsUrl }),
  });
}

/** Uses the cached sign-in when there is one, else signs in through the browser. */
async function signIn(auth: AuthorizationCode): Promise<"cache" | "browser"> {
  try {
    await auth.getAccessToken(); // reads the file; refreshes an expired token
    return "cache";
  } catch (error) {
    // No token in the file yet, or its refresh token was revoked: sign in again.
    if (!(error instanceof AuthenticationError)) throw error;
  }
  await auth.authorizeLocal(
    mock
      ? { openBrowser: false, onAuthorizationUrl: followAsBrowser, timeout: 10_000 }
      : { timeout: 120_000 },
  );
  return "browser";
}

try {
  const first = newAuth();
  console.log(`First run: signed in from the ${await signIn(first)}; token file ${cachePath}`);
  await using client = new SpotifyClient({ authProvider: first, baseUrl: mock?.baseUrl });
  const me = await client.users.getCurrentProfile();
  console.log(`Hello, ${me.display_name ?? me.id}`);

  // A second provider, as in a later run of the program: the file spares the browser.
  const second = newAuth();
  console.log(`Second run: signed in from the ${await signIn(second)}`);
  await second.close();
} finally {
  if (scratch) await rm(scratch, { recursive: true, force: true });
}

/** Mock only: what the browser does, loading the sign-in URL and following its redirect. */
async function followAsBrowser(url: string): Promise<void> {
  const response = await fetch(url);
  console.log(`The scripted browser landed on the callback page (HTTP ${response.status})`);
}

/** Mock only: a free port for the redirect URI (a real app registers a fixed one). */
function freeLoopbackPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
