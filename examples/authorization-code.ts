/**
 * Signing a user in by hand with the authorization code grant, for programs that cannot run a
 * local server: print the sign-in URL, let the user paste the URL Spotify redirected to, then
 * exchange the code for tokens. Without a client secret the SDK uses PKCE; with one, the secret.
 *
 * Run:
 *   npx tsx --tsconfig tsconfig.examples.json examples/authorization-code.ts
 *
 * For the real Spotify set SPOTIFY_SDK_CLIENT_ID and SPOTIFY_SDK_REDIRECT_URI (a redirect URI
 * registered for your app; nothing needs to listen there, you only copy the address it shows),
 * and optionally SPOTIFY_SDK_CLIENT_SECRET. Without SPOTIFY_SDK_CLIENT_ID it runs against the
 * embedded mock Spotify on 127.0.0.1, which also plays the user: it "pastes" its own redirect.
 */
import { createInterface } from "node:readline/promises";
import { SpotifyClient } from "spotify-ts-sdk";
import { AuthorizationCode } from "spotify-ts-sdk/auth";
import { createMockSpotify } from "spotify-ts-sdk/testing";

const SCOPE = ["user-read-private", "user-read-email"];

await using mock = process.env.SPOTIFY_SDK_CLIENT_ID ? undefined : await createMockSpotify();

// Without options the provider reads SPOTIFY_SDK_CLIENT_ID, _CLIENT_SECRET and _REDIRECT_URI.
const auth = mock
  ? new AuthorizationCode({
      clientId: "mock-client-id",
      redirectUri: "http://127.0.0.1:8888/callback",
      accountsUrl: mock.accountsUrl,
      scope: SCOPE,
    })
  : new AuthorizationCode({ scope: SCOPE });
console.log(`Flow: authorization code ${auth.usesPkce ? "with PKCE" : "with the client secret"}`);

// Step 1: the URL. `state` is kept by `auth` and checked when the redirect comes back.
const { url } = await auth.getAuthorizationUrl();
console.log(`1. Open this URL and approve the app:\n   ${url}`);

// Step 2: the redirect, pasted by the user (or produced by the mock).
const redirected = mock
  ? await mockUserApproves(url)
  : await ask("2. Paste the URL you landed on: ");
if (mock) console.log(`2. The mock redirected to ${redirected}`);

// Step 3: check state, take the code, exchange it. The verifier (PKCE) is still in `auth`.
const code = await auth.parseResponseUrl(redirected);
const token = await auth.exchangeCode(code);
console.log(`3. Signed in; granted scopes: ${auth.getGrantedScopes()?.join(" ") ?? "(none)"}`);
console.log(`   Refresh token received: ${token.refreshToken ? "yes" : "no"}`);

await using client = new SpotifyClient({ authProvider: auth, baseUrl: mock?.baseUrl });
const me = await client.users.getCurrentProfile();
console.log(`Hello, ${me.display_name ?? me.id}`);

async function ask(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await rl.question(question)).trim();
  } finally {
    rl.close();
  }
}

/** What the browser would do: load the sign-in page, which redirects at once on the mock. */
async function mockUserApproves(authorizationUrl: string): Promise<string> {
  const response = await fetch(authorizationUrl, { redirect: "manual" });
  const location = response.headers.get("location");
  if (location === null) throw new Error(`the mock did not redirect (HTTP ${response.status})`);
  return location;
}
