/**
 * Plugging in your own token source by implementing `AuthProvider`: here tokens come from "your
 * backend", a function that may fetch them however it likes. The client asks the provider for a
 * token before every request and calls `invalidate()` when the API answers 401, then retries
 * once with a fresh token.
 *
 * Run:
 *   npx tsx --tsconfig tsconfig.examples.json examples/custom-provider.ts
 *
 * With SPOTIFY_SDK_CLIENT_ID and SPOTIFY_SDK_CLIENT_SECRET set, the "backend" asks the real
 * accounts service for a client-credentials token. Without them it asks the embedded mock Spotify
 * on 127.0.0.1, which is also told to refuse the first token once, to show the 401 recovery.
 */
import { type AuthProvider, SpotifyClient } from "spotify-ts-sdk";
import { createMockSpotify } from "spotify-ts-sdk/testing";

/** What the backend hands out. */
interface IssuedToken {
  accessToken: string;
  expiresInSeconds: number;
}

/** Caches the backend's token until shortly before it expires; drops it when refused. */
class BackendTokenProvider implements AuthProvider {
  readonly #fetchToken: () => Promise<IssuedToken>;
  #token: { value: string; expiresAtMs: number } | undefined;
  #pending: Promise<string> | undefined;
  #fetched = 0;

  constructor(fetchToken: () => Promise<IssuedToken>) {
    this.#fetchToken = fetchToken;
  }

  /** How many tokens the backend handed out so far. */
  get fetched(): number {
    return this.#fetched;
  }

  async getAccessToken(): Promise<string> {
    // A minute of margin, so a token never expires between here and Spotify.
    if (this.#token && Date.now() < this.#token.expiresAtMs - 60_000) return this.#token.value;
    // Concurrent callers share one backend request.
    this.#pending ??= this.#renew().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  invalidate(): void {
    this.#token = undefined;
  }

  async #renew(): Promise<string> {
    const issued = await this.#fetchToken();
    this.#fetched += 1;
    this.#token = {
      value: issued.accessToken,
      expiresAtMs: Date.now() + issued.expiresInSeconds * 1000,
    };
    return issued.accessToken;
  }
}

/** A stand-in for your backend: the client credentials grant, done by hand with fetch. */
function backend(accountsUrl: string, clientId: string, clientSecret: string) {
  return async (): Promise<IssuedToken> => {
    const response = await fetch(`${accountsUrl}/api/token`, {
      method: "POST",
      headers: {
        authorization: `Basic ${btoa(`${clientId}:${clientSecret}`)}`,
        "content-type": "application/x-www-form-urlencoded",
      },
      body: new URLSearchParams({ grant_type: "client_credentials" }),
    });
    if (!response.ok) throw new Error(`the token request failed with HTTP ${response.status}`);
    const body = (await response.json()) as { access_token?: unknown; expires_in?: unknown };
    if (typeof body.access_token !== "string" || typeof body.expires_in !== "number") {
      throw new Error("the token response lacks access_token or expires_in");
    }
    return { accessToken: body.access_token, expiresInSeconds: body.expires_in };
  };
}

const clientId = process.env.SPOTIFY_SDK_CLIENT_ID;
const clientSecret = process.env.SPOTIFY_SDK_CLIENT_SECRET;
await using mock = clientId && clientSecret ? undefined : await createMockSpotify();

const provider = new BackendTokenProvider(
  mock
    ? backend(mock.accountsUrl, "mock-client-id", "mock-client-secret")
    : backend("https://accounts.spotify.com", clientId ?? "", clientSecret ?? ""),
);
await using client = new SpotifyClient({ authProvider: provider, baseUrl: mock?.baseUrl });

// On the mock: the first album request is answered 401, as if the token had been revoked.
mock?.fault("getAlbum", { kind: "status", status: 401, times: 1 });
const album = await client.albums.get("4aawyAB9vmqN3uQ7FjRGTy");
console.log(`Album: ${album.name}`);
console.log(`Tokens fetched from the backend: ${provider.fetched}`);
