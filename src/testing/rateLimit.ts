/**
 * A rolling-window rate limit like Spotify's (which counts over the last 30 s): at most
 * `requests` accepted requests in any `windowMs`; refused requests do not count.
 */
export class RollingWindow {
  #accepted: number[] = [];

  constructor(
    private readonly requests: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {
    if (!(requests >= 1) || !(windowMs > 0))
      throw new RangeError("rateLimit needs requests >= 1 and windowMs > 0");
  }

  /** Admits a request, or returns the whole seconds to wait (Retry-After, rounded up). */
  admit(): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const now = this.now();
    this.#accepted = this.#accepted.filter((at) => at > now - this.windowMs);
    const oldest = this.#accepted[0];
    if (this.#accepted.length >= this.requests && oldest !== undefined) {
      return {
        ok: false,
        retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)),
      };
    }
    this.#accepted.push(now);
    return { ok: true };
  }

  /** Forgets the history. */
  reset(): void {
    this.#accepted = [];
  }
}
