/**
 * The token a provider currently holds, its cache, and the rule for when to get a new one.
 *
 * Shared by the providers so "fresh", "single-flight" and "invalidate" mean the same everywhere.
 */
import { MemoryTokenCache, type TokenCache } from "./tokenCache.js";
import type { TokenInfo } from "./types.js";

/** Gets a new token given the best one known so far (whose refresh token may be used). */
export type ObtainToken = (current: TokenInfo | undefined) => Promise<TokenInfo>;

/** How a {@link TokenStore} persists tokens and decides they are still fresh. */
export interface TokenStoreOptions {
  /** Default: a {@link MemoryTokenCache}. */
  cache?: TokenCache | undefined;
  /** A token is renewed this many seconds before it expires, so it never expires mid-request. */
  skewSeconds: number;
  /** Current time in epoch milliseconds. */
  now: () => number;
  /** A token to start from, e.g. one holding only a refresh token. */
  initial?: TokenInfo | undefined;
}

/** Holds one token; renews it through `obtain` at most once at a time (single-flight). */
export class TokenStore {
  #token: TokenInfo | undefined;
  #inflight: Promise<TokenInfo> | undefined;
  /** An access token the API refused (401); never handed out again even if the cache has it. */
  #rejectedAccessToken: string | undefined;
  readonly #options: TokenStoreOptions & { cache: TokenCache };

  constructor(options: TokenStoreOptions) {
    this.#options = { ...options, cache: options.cache ?? new MemoryTokenCache() };
    this.#token = options.initial;
  }

  /** The held token, if it has an access token. */
  current(): TokenInfo | undefined {
    return this.#token?.accessToken ? { ...this.#token } : undefined;
  }

  /**
   * A valid access token: the held one while fresh, else one renewal shared by every concurrent
   * caller. The cache is read first, because another process may already have renewed it.
   */
  async getAccessToken(obtain: ObtainToken): Promise<string> {
    const token = this.#token;
    if (token !== undefined && this.#isFresh(token)) return token.accessToken;
    const renewal = this.#inflight ?? this.#startRenewal(obtain);
    return (await renewal).accessToken;
  }

  #startRenewal(obtain: ObtainToken): Promise<TokenInfo> {
    const renewal = this.#renew(obtain);
    this.#inflight = renewal;
    // Cleared whether it succeeded or failed, so a failure is not replayed to later callers.
    const clear = () => {
      if (this.#inflight === renewal) this.#inflight = undefined;
    };
    renewal.then(clear, clear);
    return renewal;
  }

  /** Keeps `token` and writes it to the cache. */
  async store(token: TokenInfo): Promise<void> {
    this.#token = { ...token };
    await this.#options.cache.set({ ...token });
  }

  /** Marks the current access token as refused; the next call renews (keeping the refresh token). */
  invalidate(): void {
    if (this.#token?.accessToken) this.#rejectedAccessToken = this.#token.accessToken;
  }

  /** Forgets every token, in memory and in the cache (after the refresh token was revoked). */
  async clear(): Promise<void> {
    this.#token = undefined;
    await this.#options.cache.clear?.();
  }

  async #renew(obtain: ObtainToken): Promise<TokenInfo> {
    const cached = await this.#options.cache.get();
    if (cached !== undefined && this.#isFresh(cached)) {
      this.#token = { ...cached };
      return cached;
    }
    const held = this.#token;
    // Prefer the cache's refresh token: with a shared file, another process may have rotated it.
    const best =
      cached !== undefined
        ? { ...cached, refreshToken: cached.refreshToken ?? held?.refreshToken }
        : held;
    const fresh = await obtain(best);
    await this.store(fresh);
    return fresh;
  }

  #isFresh(token: TokenInfo): boolean {
    if (!token.accessToken || token.accessToken === this.#rejectedAccessToken) return false;
    return this.#options.now() / 1000 < token.expiresAt - this.#options.skewSeconds;
  }
}
