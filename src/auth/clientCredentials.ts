import { ENV_CLIENT_ID, ENV_CLIENT_SECRET, optionOrEnv } from "./env.js";
import { basicAuthorization } from "./pkce.js";
import {
  missingOption,
  resolveProviderOptions,
  splitScopes,
  type TokenProviderOptions,
} from "./providerOptions.js";
import { inspectSummary, inspectSymbol } from "./redaction.js";
import type { TokenEndpointConfig } from "./tokenEndpoint.js";
import { loadTokenEndpoint } from "./tokenEndpointLoader.js";
import { TokenStore } from "./tokenStore.js";
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
export class ClientCredentials implements AuthProvider {
  /** The app's client ID (public). */
  readonly clientId: string;
  readonly #authorization: string;
  readonly #store: TokenStore;
  readonly #endpoint: TokenEndpointConfig;

  constructor(options: ClientCredentialsOptions = {}) {
    const resolved = resolveProviderOptions(options);
    const clientId = optionOrEnv(options.clientId, ENV_CLIENT_ID, resolved.env);
    if (clientId === undefined) throw missingOption("ClientCredentials", "clientId", ENV_CLIENT_ID);
    const secret = optionOrEnv(options.clientSecret, ENV_CLIENT_SECRET, resolved.env);
    if (secret === undefined) {
      throw missingOption("ClientCredentials", "clientSecret", ENV_CLIENT_SECRET);
    }
    this.clientId = clientId;
    this.#authorization = basicAuthorization(clientId, secret);
    this.#endpoint = resolved.endpoint;
    this.#store = new TokenStore({
      cache: resolved.cache,
      skewSeconds: resolved.skewSeconds,
      now: resolved.now,
    });
  }

  /** A valid app access token, fetched or renewed when needed. */
  getAccessToken(): Promise<string> {
    return this.#store.getAccessToken(() =>
      loadTokenEndpoint().then(({ requestToken }) =>
        requestToken(this.#endpoint, { grant_type: "client_credentials" }, this.#authorization),
      ),
    );
  }

  /** Drops the current token (after the API answered 401); the next call fetches a new one. */
  invalidate(): void {
    this.#store.invalidate();
  }

  /** Always empty once a token is held: app tokens carry no user scopes. */
  getGrantedScopes(): readonly string[] | undefined {
    const token = this.#store.current();
    return token === undefined ? undefined : (splitScopes(token.scope) ?? []);
  }

  /** The current token, if any. */
  getTokenInfo(): TokenInfo | undefined {
    return this.#store.current();
  }

  /** Nothing to release; present so every provider can be closed the same way. */
  close(): void {}

  /** A summary without secrets, so `JSON.stringify(auth)` is safe to log. */
  toJSON(): Record<string, unknown> {
    const token = this.#store.current();
    return { clientId: this.clientId, hasToken: token !== undefined, expiresAt: token?.expiresAt };
  }

  [inspectSymbol](_depth: number, options: unknown, inspect?: (v: unknown, o?: unknown) => string) {
    return inspectSummary("ClientCredentials", this.toJSON(), options, inspect);
  }
}
