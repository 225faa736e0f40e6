import { AuthenticationError, OAuthError, SpotifyError } from "../errors.js";
import { codeFromRedirect } from "./authorizationResponse.js";
import type { AuthorizeLocalOptions } from "./authorizeLocalOptions.js";
import { ENV_CLIENT_ID, ENV_CLIENT_SECRET, ENV_REDIRECT_URI, optionOrEnv } from "./env.js";
import { createCodeChallenge, createCodeVerifier, createState } from "./pkce.js";
import {
  missingOption,
  resolveProviderOptions,
  splitScopes,
  type TokenProviderOptions,
} from "./providerOptions.js";
import { InspectsAsSummary } from "./redaction.js";
import {
  accountsEndpoint,
  type ClientSecretCredentials,
  requestToken,
  type TokenEndpointConfig,
} from "./tokenEndpoint.js";
import { TokenStore } from "./tokenStore.js";
import type { AuthProvider, TokenInfo } from "./types.js";

/** Options of {@link AuthorizationCode}. */
export interface AuthorizationCodeOptions extends TokenProviderOptions {
  /** Default: `SPOTIFY_SDK_CLIENT_ID`. */
  clientId?: string | undefined;
  /** Default: `SPOTIFY_SDK_CLIENT_SECRET`. Without one, the flow uses PKCE. */
  clientSecret?: string | undefined;
  /** Default: `SPOTIFY_SDK_REDIRECT_URI`. Needed to sign in, not to refresh. */
  redirectUri?: string | undefined;
  /** Scopes to request, as an array or a space-separated string. Default: none. */
  scope?: string | readonly string[] | undefined;
  /** A refresh token from an earlier sign-in, to start without signing in again. */
  refreshToken?: string | undefined;
  /**
   * Use PKCE (RFC 7636) instead of the client secret. Default: `true` exactly when no client
   * secret is configured. `true` with a secret ignores the secret entirely.
   */
  usePkce?: boolean | undefined;
}

/** Options of {@link AuthorizationCode.getAuthorizationUrl}. */
export interface AuthorizationUrlOptions {
  /** Default: a fresh value from `crypto.getRandomValues`. */
  state?: string | undefined;
  /** Overrides the constructor's scopes for this sign-in. */
  scope?: string | readonly string[] | undefined;
  /** Show Spotify's consent dialog even when the user already approved the app. */
  showDialog?: boolean | undefined;
}

/**
 * A sign-in to start: send the user to `url`, then check the redirect against `state`.
 * With PKCE, `codeVerifier` is present but not enumerable (so logging the object does not leak
 * it); store it yourself (e.g. in `sessionStorage`) when the page reloads before `exchangeCode`.
 */
export interface AuthorizationRequest {
  readonly url: string;
  readonly state: string;
  readonly codeVerifier?: string;
}

function scopeList(scope: string | readonly string[] | undefined): readonly string[] {
  if (scope === undefined) return [];
  return typeof scope === "string" ? (splitScopes(scope) ?? []) : scope;
}

/**
 * User access through the authorization code grant: confidential (client secret, HTTP Basic) or
 * PKCE (no secret; for browsers, mobile and CLIs). Refreshes with the refresh token, keeping a
 * rotated one.
 *
 * @example
 * const auth = new AuthorizationCode({ scope: ["user-read-private"] });
 * const { url, state } = await auth.getAuthorizationUrl();
 * // ...user signs in, Spotify redirects...
 * await auth.exchangeCode(await auth.parseResponseUrl(location.href, { expectedState: state }));
 */
export class AuthorizationCode extends InspectsAsSummary implements AuthProvider {
  /** The app's client ID (public). */
  readonly clientId: string;
  /** Whether sign-ins use PKCE rather than the client secret. */
  readonly usesPkce: boolean;
  /** Scopes requested by default. */
  readonly scopes: readonly string[];
  readonly #redirectUri: string | undefined;
  readonly #credentials: ClientSecretCredentials | undefined;
  readonly #accountsUrl: string;
  readonly #endpoint: TokenEndpointConfig;
  readonly #store: TokenStore;
  #state: string | undefined;
  #codeVerifier: string | undefined;

  constructor(options: AuthorizationCodeOptions = {}) {
    super(new.target.name);
    const resolved = resolveProviderOptions(options);
    const clientId = optionOrEnv(options.clientId, ENV_CLIENT_ID, resolved.env);
    if (clientId === undefined) throw missingOption("AuthorizationCode", "clientId", ENV_CLIENT_ID);
    const secret = optionOrEnv(options.clientSecret, ENV_CLIENT_SECRET, resolved.env);
    this.usesPkce = options.usePkce ?? secret === undefined;
    if (!this.usesPkce && secret === undefined) {
      throw missingOption("AuthorizationCode", "clientSecret", ENV_CLIENT_SECRET);
    }
    this.clientId = clientId;
    this.scopes = scopeList(options.scope);
    this.#credentials =
      this.usesPkce || secret === undefined ? undefined : { clientId, clientSecret: secret };
    this.#redirectUri = optionOrEnv(options.redirectUri, ENV_REDIRECT_URI, resolved.env);
    this.#accountsUrl = resolved.endpoint.accountsUrl;
    this.#endpoint = resolved.endpoint;
    const refreshToken = options.refreshToken?.trim();
    this.#store = new TokenStore({
      cache: resolved.cache,
      skewSeconds: resolved.skewSeconds,
      now: resolved.now,
      initial: refreshToken ? { accessToken: "", expiresAt: 0, refreshToken } : undefined,
    });
  }

  /** The redirect URI sign-ins return to, if configured. */
  get redirectUri(): string | undefined {
    return this.#redirectUri;
  }

  /** The `state` of the latest {@link getAuthorizationUrl} call (checked by parseResponseUrl). */
  get state(): string | undefined {
    return this.#state;
  }

  /**
   * Builds the URL of Spotify's sign-in page. The `state` (random unless given) is returned and
   * kept as {@link state}; with PKCE a fresh verifier is kept for {@link exchangeCode}.
   *
   * @example const { url, state } = await auth.getAuthorizationUrl({ showDialog: true });
   */
  async getAuthorizationUrl(options: AuthorizationUrlOptions = {}): Promise<AuthorizationRequest> {
    const state = options.state ?? createState();
    const query = new URLSearchParams({
      client_id: this.clientId,
      response_type: "code",
      redirect_uri: this.#requireRedirectUri(),
      state,
    });
    const scopes = options.scope === undefined ? this.scopes : scopeList(options.scope);
    if (scopes.length > 0) query.set("scope", scopes.join(" "));
    if (options.showDialog) query.set("show_dialog", "true");
    let codeVerifier: string | undefined;
    if (this.usesPkce) {
      codeVerifier = createCodeVerifier();
      query.set("code_challenge_method", "S256");
      query.set("code_challenge", await createCodeChallenge(codeVerifier));
      this.#codeVerifier = codeVerifier;
    }
    this.#state = state;
    const request = { url: `${accountsEndpoint(this.#accountsUrl, "authorize")}?${query}`, state };
    if (codeVerifier !== undefined) {
      Object.defineProperty(request, "codeVerifier", { value: codeVerifier, enumerable: false });
    }
    return request;
  }

  /**
   * Reads the redirect (full URL, path with query, or bare query), checks its state and returns
   * the code. `expectedState` defaults to {@link state}.
   *
   * @throws OAuthError (`access_denied` when the user declined), AuthenticationError with reason
   * `state_mismatch` or `missing_code`.
   * @example const code = await auth.parseResponseUrl(location.href, { expectedState: state });
   */
  async parseResponseUrl(
    urlOrQuery: string,
    options: { expectedState?: string | undefined } = {},
  ): Promise<string> {
    return codeFromRedirect(urlOrQuery, options.expectedState ?? this.#state);
  }

  /**
   * Exchanges an authorization code (single use) for tokens, keeps them and returns them.
   * With PKCE, `codeVerifier` defaults to the one from the latest {@link getAuthorizationUrl}.
   */
  async exchangeCode(
    code: string,
    options: { codeVerifier?: string | undefined } = {},
  ): Promise<TokenInfo> {
    const form: Record<string, string> = {
      grant_type: "authorization_code",
      code,
      redirect_uri: this.#requireRedirectUri(),
    };
    if (this.usesPkce) {
      const verifier = options.codeVerifier ?? this.#codeVerifier;
      if (verifier === undefined) {
        throw missingOption("AuthorizationCode.exchangeCode", "codeVerifier", undefined);
      }
      form.client_id = this.clientId;
      form.code_verifier = verifier;
    }
    const token = await requestToken(this.#endpoint, form, this.#credentials);
    this.#codeVerifier = undefined;
    await this.#store.store(token);
    return { ...token };
  }

  /** A valid access token, refreshed with the refresh token when needed. */
  getAccessToken(): Promise<string> {
    return this.#store.getAccessToken((current) => this.#refresh(current));
  }

  /** Drops the current access token (after a 401); the next call refreshes. */
  invalidate(): void {
    this.#store.invalidate();
  }

  /** Scopes the user granted to the current token. */
  getGrantedScopes(): readonly string[] | undefined {
    return splitScopes(this.#store.current()?.scope);
  }

  /** The current token, if any. */
  getTokenInfo(): TokenInfo | undefined {
    return this.#store.current();
  }

  /**
   * Signs in through a local loopback server and the system browser. Node only: import
   * `AuthorizationCode` from the package's Node entry (the default under Node), or call the
   * `authorizeLocal(auth, options)` function it exports. In browsers this rejects.
   */
  async authorizeLocal(_options?: AuthorizeLocalOptions): Promise<TokenInfo> {
    throw new SpotifyError(
      "authorizeLocal needs Node (a local HTTP server); in browsers use getAuthorizationUrl(), parseResponseUrl() and exchangeCode()",
    );
  }

  /** Nothing to release in the universal class; the Node class stops a pending authorizeLocal. */
  close(): void | Promise<void> {}

  /** A summary without secrets, so `JSON.stringify(auth)` is safe to log. */
  toJSON(): Record<string, unknown> {
    const token = this.#store.current();
    return {
      clientId: this.clientId,
      usesPkce: this.usesPkce,
      redirectUri: this.#redirectUri,
      scopes: this.scopes,
      hasToken: token !== undefined,
      expiresAt: token?.expiresAt,
    };
  }

  async #refresh(current: TokenInfo | undefined): Promise<TokenInfo> {
    const refreshToken = current?.refreshToken;
    if (!refreshToken) {
      throw new AuthenticationError(
        "AuthorizationCode has no token yet: send the user to getAuthorizationUrl() and call exchangeCode(code) with the code from the redirect (or authorizeLocal() in Node)",
        { reason: "no_token" },
      );
    }
    const form: Record<string, string> = {
      grant_type: "refresh_token",
      refresh_token: refreshToken,
    };
    if (this.usesPkce) form.client_id = this.clientId;
    try {
      return await requestToken(this.#endpoint, form, this.#credentials, current);
    } catch (error) {
      if (error instanceof OAuthError && error.oauthError === "invalid_grant") {
        // The refresh token is dead (revoked, expired or already rotated away): forget it so the
        // app sees "sign in again" instead of failing the same way on every call.
        await this.#store.clear();
        throw new OAuthError(
          "The refresh token was rejected (invalid_grant); the stored token was cleared: sign the user in again",
          {
            status: error.status,
            oauthError: error.oauthError,
            errorDescription: error.errorDescription,
            body: error.body,
            method: error.method,
            url: error.url,
            cause: error,
          },
        );
      }
      throw error;
    }
  }

  #requireRedirectUri(): string {
    if (this.#redirectUri === undefined) {
      throw missingOption("AuthorizationCode", "redirectUri", ENV_REDIRECT_URI);
    }
    return this.#redirectUri;
  }
}
