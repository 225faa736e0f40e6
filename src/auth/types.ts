/**
 * The contract between the client and whatever supplies its access tokens.
 */

/** A token as the SDK keeps it. `expiresAt` is in epoch seconds. */
export interface TokenInfo {
  accessToken: string;
  /** Epoch seconds after which the token must not be used. */
  expiresAt: number;
  refreshToken?: string | undefined;
  /** Space-separated scopes granted with the token, as Spotify returns them. */
  scope?: string | undefined;
  tokenType?: string | undefined;
}

/**
 * Supplies access tokens to a {@link SpotifyClient}. Implement it to plug in any token source.
 *
 * @example
 * const provider: AuthProvider = { getAccessToken: async () => myVault.read("spotify") };
 */
export interface AuthProvider {
  /** Returns a token that is valid now; may fetch or refresh one. */
  getAccessToken(): Promise<string>;
  /** Drops the current token so the next `getAccessToken` fetches a fresh one (after a 401). */
  invalidate?(): void | Promise<void>;
  /** Scopes granted to the current token, when the provider knows them. */
  getGrantedScopes?(): readonly string[] | undefined;
  /** The current token, when the provider holds one. */
  getTokenInfo?(): TokenInfo | undefined;
  /** Releases timers, sockets or servers the provider holds. */
  close?(): void | Promise<void>;
}
