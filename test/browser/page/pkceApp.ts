/**
 * The page script of the browser PKCE test, bundled by esbuild for the browser. It imports the
 * universal entries only (`src/index.ts`, `src/auth/index.ts`), as a browser build of an app
 * would, and behaves like a single-page app: `run()` starts the sign-in and leaves the page;
 * the same script, loaded again on the redirect URI, finishes it.
 *
 * The two halves share nothing but `sessionStorage`: the AuthorizationCode of the first page is
 * gone after the navigation, so the code verifier must survive on its own.
 */
import { AuthorizationCode } from "../../../src/auth/index.js";
import { SpotifyClient } from "../../../src/index.js";

/** What the test hands to `run()`. */
export interface PkceAppConfig {
  clientId: string;
  redirectUri: string;
  accountsUrl: string;
  baseUrl: string;
  scope: readonly string[];
  albumId: string;
}

/** What the callback page leaves in `window.pkceResult` and `#result`. */
export type PkceAppResult =
  | {
      ok: true;
      albumId: string;
      albumName: string;
      grantedScopes: readonly string[] | undefined;
      /** `location.href` after the code was taken out of it. */
      cleanedUrl: string;
      /** Whether the verifier was removed from sessionStorage after use. */
      verifierCleared: boolean;
    }
  | { ok: false; error: string };

interface PendingSignIn {
  config: PkceAppConfig;
  state: string;
  codeVerifier: string;
}

declare global {
  interface Window {
    run: (config: PkceAppConfig) => Promise<void>;
    pkceResult?: PkceAppResult;
  }
}

const STORAGE_KEY = "spotify-pkce-sign-in";

function authFor(config: PkceAppConfig): AuthorizationCode {
  // No clientSecret: the class uses PKCE, as a public (browser) client must.
  return new AuthorizationCode({
    clientId: config.clientId,
    redirectUri: config.redirectUri,
    accountsUrl: config.accountsUrl,
    scope: config.scope,
  });
}

async function run(config: PkceAppConfig): Promise<void> {
  try {
    const request = await authFor(config).getAuthorizationUrl();
    if (request.codeVerifier === undefined) throw new Error("expected a PKCE code verifier");
    const pending: PendingSignIn = {
      config,
      state: request.state,
      codeVerifier: request.codeVerifier,
    };
    sessionStorage.setItem(STORAGE_KEY, JSON.stringify(pending));
    location.assign(request.url);
  } catch (error) {
    report({ ok: false, error: describe(error) });
  }
}

async function finishSignIn(): Promise<void> {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  if (stored === null) throw new Error("no pending sign-in in sessionStorage");
  // Single use: whatever happens next, the verifier must not be reused.
  sessionStorage.removeItem(STORAGE_KEY);
  const { config, state, codeVerifier } = JSON.parse(stored) as PendingSignIn;
  const auth = authFor(config);
  const code = await auth.parseResponseUrl(location.href, { expectedState: state });
  // The code is single use and must not linger in the address bar or in history.
  history.replaceState(null, "", location.pathname);
  await auth.exchangeCode(code, { codeVerifier });
  const client = new SpotifyClient({ authProvider: auth, baseUrl: config.baseUrl });
  const album = await client.albums.get(config.albumId);
  await client.close();
  report({
    ok: true,
    albumId: album.id,
    albumName: album.name,
    grantedScopes: auth.getGrantedScopes(),
    cleanedUrl: location.href,
    verifierCleared: sessionStorage.getItem(STORAGE_KEY) === null,
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

function report(result: PkceAppResult): void {
  window.pkceResult = result;
  const output = document.getElementById("result");
  if (output !== null) output.textContent = JSON.stringify(result);
}

window.run = run;
if (location.pathname === "/callback") {
  finishSignIn().catch((error: unknown) => report({ ok: false, error: describe(error) }));
}
