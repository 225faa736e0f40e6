/**
 * Between the transport and the {@link AuthProvider}: hands each attempt a token and handles 401.
 *
 * Single-flight: however many requests start while a token is being fetched, the provider is
 * asked once and they share the answer, even when the provider itself does not deduplicate (a
 * hand-written `{ getAccessToken: () => vault.read() }` rarely does).
 */
import type { AuthProvider } from "../auth/types.js";
import { AuthenticationError, SpotifyError } from "../errors.js";

/** Wraps an {@link AuthProvider} with single-flight token fetches and the 401-refresh rule. */
export class AuthMiddleware {
  readonly #provider: AuthProvider;
  #inflight: Promise<string> | undefined;
  #refreshing: Promise<string> | undefined;
  /** The token most recently handed out; a 401 for an older one needs no new refresh. */
  #current: string | undefined;

  constructor(provider: AuthProvider) {
    this.#provider = provider;
  }

  /** The provider, for `close()` and scope lookups. */
  get provider(): AuthProvider {
    return this.#provider;
  }

  /** Whether a 401 can be answered by refreshing (the provider can drop its token). */
  get canRefresh(): boolean {
    return typeof this.#provider.invalidate === "function";
  }

  /** A token for the next attempt; concurrent callers share one provider call. */
  token(): Promise<string> {
    if (this.#refreshing !== undefined) return this.#refreshing;
    if (this.#inflight !== undefined) return this.#inflight;
    // Two promises per request (the provider's and this `then`): the token is fetched on every
    // request, so the hot path avoids async wrappers and per-call closures.
    const inflight = this.#ask().then(this.#accept, this.#reject);
    this.#inflight = inflight;
    return inflight;
  }

  readonly #accept = (token: string): string => {
    this.#inflight = undefined;
    if (typeof token !== "string" || token === "") {
      throw new AuthenticationError("The auth provider returned no access token");
    }
    this.#current = token;
    return token;
  };

  readonly #reject = (error: unknown): never => {
    this.#inflight = undefined;
    throw error instanceof SpotifyError
      ? error
      : new AuthenticationError("The auth provider failed to supply an access token", {
          cause: error,
        });
  };

  /** The provider's promise; a synchronous throw becomes a rejection. */
  #ask(): Promise<string> {
    try {
      return this.#provider.getAccessToken();
    } catch (error) {
      return Promise.reject(error);
    }
  }

  /**
   * After the API answered 401 to `rejectedToken`: drops it and fetches a fresh one. Requests that
   * failed with the same token share that one refresh; a request that failed with an older token
   * just takes the current one.
   */
  refreshAfter401(rejectedToken: string): Promise<string> {
    if (this.#refreshing !== undefined) return this.#refreshing;
    if (rejectedToken !== this.#current) return this.token();
    const refreshing = this.#refresh().finally(() => {
      if (this.#refreshing === refreshing) this.#refreshing = undefined;
    });
    this.#refreshing = refreshing;
    return refreshing;
  }

  async #refresh(): Promise<string> {
    this.#current = undefined;
    this.#inflight = undefined;
    await this.#provider.invalidate?.();
    return this.#ask().then(this.#accept, this.#reject);
  }
}
