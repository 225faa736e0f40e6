/**
 * Signing a user in from a single-page app with PKCE: no client secret, which a browser could
 * not keep. This is a browser snippet: bundle it into your app (Vite, esbuild and webpack pick
 * the browser build of `spotify-ts-sdk/auth`, which holds no Node code). It is type-checked with
 * the other examples (`npx tsc -p tsconfig.examples.json`) but not run by them; the same flow
 * runs in headless Chromium against the mock in test/browser/pkce.browser.test.ts.
 *
 * Setup: register `<your origin>/callback` as a redirect URI of your app on
 * https://developer.spotify.com/dashboard, serve this page on `/` and `/callback`, with a
 * `<button id="sign-in">` and a `<p id="status">`, and put your client ID below.
 */
import { AuthenticationError, SpotifyClient } from "spotify-ts-sdk";
import { AuthorizationCode, type TokenCache, type TokenInfo } from "spotify-ts-sdk/auth";

const CLIENT_ID = "your-client-id";
const SCOPE = ["user-read-private"];
const PENDING_KEY = "spotify:pending-sign-in";

/**
 * Keeps the token for the life of the tab, so a reload does not send the user to Spotify again.
 * Anything in sessionStorage is readable by every script on the page: keep third-party scripts
 * off pages that sign users in, or keep tokens in memory only (the default cache).
 */
class SessionStorageTokenCache implements TokenCache {
  readonly #key: string;

  constructor(key: string) {
    this.#key = key;
  }

  get(): TokenInfo | undefined {
    const stored = sessionStorage.getItem(this.#key);
    // Written by set() below, so its shape is known.
    return stored === null ? undefined : (JSON.parse(stored) as TokenInfo);
  }

  set(token: TokenInfo): void {
    sessionStorage.setItem(this.#key, JSON.stringify(token));
  }

  clear(): void {
    sessionStorage.removeItem(this.#key);
  }
}

const auth = new AuthorizationCode({
  clientId: CLIENT_ID,
  redirectUri: `${location.origin}/callback`,
  scope: SCOPE,
  tokenCache: new SessionStorageTokenCache("spotify:token"),
});

/** Step 1, on a click: remember state and verifier, then leave for Spotify's sign-in page. */
async function signIn(): Promise<void> {
  const { url, state, codeVerifier } = await auth.getAuthorizationUrl();
  // The page unloads on the way to Spotify and back, and `auth` with it: what exchangeCode
  // needs must survive on its own.
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ state, codeVerifier }));
  location.assign(url);
}

/** Step 2, on /callback: check the state, exchange the code, clean the address bar. */
async function completeSignIn(): Promise<void> {
  const pending = sessionStorage.getItem(PENDING_KEY);
  // Single use: a verifier must never serve two sign-ins.
  sessionStorage.removeItem(PENDING_KEY);
  if (pending === null) throw new Error("No sign-in in progress in this tab");
  const { state, codeVerifier } = JSON.parse(pending) as { state: string; codeVerifier: string };
  try {
    const code = await auth.parseResponseUrl(location.href, { expectedState: state });
    await auth.exchangeCode(code, { codeVerifier });
  } finally {
    // The code is single use; it should not linger in the address bar or the history.
    history.replaceState(null, "", "/");
  }
}

/** Step 3, any time later: call the API. An expired token is refreshed on the way. */
async function showProfile(status: HTMLElement): Promise<void> {
  const client = new SpotifyClient({ authProvider: auth });
  const me = await client.users.getCurrentProfile();
  status.textContent = `Signed in as ${me.display_name ?? me.id}`;
}

const status = document.querySelector<HTMLElement>("#status");
document.querySelector("#sign-in")?.addEventListener("click", () => void signIn());
if (status !== null) {
  try {
    if (location.pathname === "/callback") await completeSignIn();
    await showProfile(status);
  } catch (error) {
    // No token yet (or the user declined, or the refresh token was revoked): offer to sign in.
    if (!(error instanceof AuthenticationError)) throw error;
    status.textContent = `Not signed in (${error.message})`;
  }
}
