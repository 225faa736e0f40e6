import { ENV_CLIENT_ID, ENV_CLIENT_SECRET, optionOrEnv } from "./env.js";
import {
  missingOption,
  resolveProviderOptions,
  splitScopes,
  type TokenProviderOptions,
} from "./providerOptions.js";
import { InspectsAsSummary } from "./redaction.js";
import type { TokenCache } from "./tokenCache.js";
import type { ClientSecretCredentials, TokenEndpointConfig } from "./tokenEndpoint.js";
import { loadTokenEndpoint } from "./tokenEndpointLoader.js";
import type { TokenStore } from "./tokenStore.js";
import { loadTokenStore } from "./tokenStoreLoader.js";
import type { AuthProvider, TokenInfo } from "./types.js";

/** Options of {@link ClientCredentials}. */
export interface ClientCredentialsOptions extends TokenProviderOptions {
  /** Default: `SPOTIFY_SDK_CLIENT_ID`. */
  clientId?: string | undefined;
  /** Default: `SPOTIFY_SDK_CLIENT_SECRET`. */
  clientSecret?: string | undefined;
}

/**
 * App-only access (no user): the client credentials grant, with the app's ID and secret sent as
 * HTTP Basic auth. The token is renewed `skewSeconds` before it expires, and concurrent callers
 * share one token request.
 *
 * Throws {@link SpotifyValidationError} at construction when the ID or secret is missing.
 *
 * @example const auth = new ClientCredentials(); // reads SPOTIFY_SDK_CLIENT_ID / _SECRET
 */
export class ClientCredentials extends InspectsAsSummary implements AuthProvider {
  /** The app's client ID (public). */
  readonly clientId: string;
  readonly #credentials: ClientSecretCredentials;
  readonly #endpoint: TokenEndpointConfig;
  readonly #storeOptions: { cache: TokenCache | undefined; skewSeconds: number; now: () => number };
  /**
   * Made with the first token request, from a module loaded then (a lazy chunk in browser
   * bundles). Until then no token is held, so there is nothing to report or invalidate.
   */
  #store: TokenStore | undefined;

  constructor(options: ClientCredentialsOptions = {}) {
    super("ClientCredentials");
    const resolved = resolveProviderOptions(options);
    const clientId = optionOrEnv(options.clientId, ENV_CLIENT_ID, resolved.env);
    if (clientId === undefined) throw missingOption("ClientCredentials", "clientId", ENV_CLIENT_ID);
    const secret = optionOrEnv(options.clientSecret, ENV_CLIENT_SECRET, resolved.env);
    if (secret === undefined) {
      throw missingOption("ClientCredentials", "clientSecret", ENV_CLIENT_SECRET);
    }
    this.clientId = clientId;
    this.#credentials = { clientId, clientSecret: secret };
    this.#endpoint = resolved.endpoint;
    this.#storeOptions = {
      cache: resolved.cache,
      skewSeconds: resolved.skewSeconds,
      now: resolved.now,
    };
  }

  /** A valid app access token, fetched or renewed when needed. */
  getAccessToken(): Promise<string> {
    if (this.#store !== undefined) return this.#store.getAccessToken(this.#obtain);
    // The token request will need the endpoint code too: load both at once.
    loadTokenEndpoint().catch(() => {});
    return loadTokenStore().then(({ TokenStore }) => {
      this.#store ??= new TokenStore(this.#storeOptions);
      return this.#store.getAccessToken(this.#obtain);
    });
  }

  readonly #obtain = () =>
    loadTokenEndpoint().then(({ requestToken }) =>
      requestToken(this.#endpoint, { grant_type: "client_credentials" }, this.#credentials),
    );

  /** Drops the current token (after the API answered 401); the next call fetches a new one. */
  invalidate(): void {
    this.#store?.invalidate();
  }

  /** Always empty once a token is held: app tokens carry no user scopes. */
  getGrantedScopes(): readonly string[] | undefined {
    const token = this.#store?.current();
    return token === undefined ? undefined : (splitScopes(token.scope) ?? []);
  }

  /** The current token, if any. */
  getTokenInfo(): TokenInfo | undefined {
    return this.#store?.current();
  }

  /** Nothing to release; present so every provider can be closed the same way. */
  close(): void {}

  /** A summary without secrets, so `JSON.stringify(auth)` is safe to log. */
  toJSON(): Record<string, unknown> {
    const token = this.#store?.current();
    return { clientId: this.clientId, hasToken: token !== undefined, expiresAt: token?.expiresAt };
  }
}
