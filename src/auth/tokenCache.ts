import { InspectsAsSummary } from "./redaction.js";
import type { TokenInfo } from "./types.js";

/**
 * Where a provider persists its token between calls (and, for file caches, between processes).
 * Any method may be async. Implement it to keep tokens in a keychain, a database or
 * `sessionStorage`.
 *
 * @example new ClientCredentials({ tokenCache: new MemoryTokenCache() })
 */
export interface TokenCache {
  /** The stored token, or `undefined` when there is none (or it cannot be read). */
  get(): TokenInfo | undefined | Promise<TokenInfo | undefined>;
  /** Replaces the stored token. */
  set(token: TokenInfo): void | Promise<void>;
  /** Forgets the stored token (after a refresh token was revoked, say). */
  clear?(): void | Promise<void>;
}

/**
 * Keeps the token in memory for the life of the process or page: the default cache.
 *
 * @example const cache = new MemoryTokenCache(); new AuthorizationCode({ scope: [], tokenCache: cache })
 */
export class MemoryTokenCache extends InspectsAsSummary implements TokenCache {
  #token: TokenInfo | undefined;

  constructor() {
    super("MemoryTokenCache");
  }

  /** A copy of the stored token. */
  get(): TokenInfo | undefined {
    return this.#token === undefined ? undefined : { ...this.#token };
  }

  /** Stores a copy of `token`. */
  set(token: TokenInfo): void {
    this.#token = { ...token };
  }

  /** Forgets the token. */
  clear(): void {
    this.#token = undefined;
  }

  /** A summary without the token. */
  toJSON(): Record<string, unknown> {
    return { hasToken: this.#token !== undefined };
  }
}
