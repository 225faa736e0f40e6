import { splitScopes } from "./providerOptions.js";
import { InspectsAsSummary } from "./redaction.js";
import type { AuthProvider } from "./types.js";

/**
 * A provider for an access token obtained elsewhere (a server hands it to the page, a test pins
 * one). It cannot be renewed, so it has no `invalidate`: a 401 surfaces as the API's own
 * AuthenticationError instead of a pointless retry with the same token.
 *
 * @example new SpotifyClient({ authProvider: new StaticToken(tokenFromMyServer) })
 */
export class StaticToken extends InspectsAsSummary implements AuthProvider {
  readonly #accessToken: string;
  readonly #scopes: readonly string[] | undefined;

  /** @param options.scope scopes the token was granted with, when known (enables scope checks). */
  constructor(accessToken: string, options: { scope?: string | readonly string[] } = {}) {
    super("StaticToken");
    this.#accessToken = accessToken;
    const { scope } = options;
    this.#scopes = typeof scope === "string" ? splitScopes(scope) : scope;
  }

  /** The token given to the constructor, always. */
  async getAccessToken(): Promise<string> {
    return this.#accessToken;
  }

  /** The scopes given to the constructor, if any. */
  getGrantedScopes(): readonly string[] | undefined {
    return this.#scopes;
  }

  /** A summary without the token. */
  toJSON(): Record<string, unknown> {
    return { scopes: this.#scopes };
  }
}
