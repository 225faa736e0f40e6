/**
 * A client-wide gate for Spotify's rate limit. Spotify limits per app over a rolling window, so
 * when one request is told "429, Retry-After: 5", every other request of the same client would be
 * told the same; they wait at the gate instead of each spending an attempt to find out.
 */
import { RateLimitError } from "../errors.js";
import { abortableDelay, type Sleep } from "./abortableDelay.js";

/** Options of {@link RateLimitGate}. */
export interface RateLimitGateOptions {
  /** Longest wait (seconds) the gate will impose; a longer remaining block throws instead. */
  maxRetryAfter: number;
  /** Current time in epoch ms; injectable for tests. */
  now?: () => number;
  sleep?: Sleep;
}

/**
 * Holds the time until which the client must not send. Closed-gate checks are a number
 * comparison, so the open path (nearly every request) costs nothing.
 */
export class RateLimitGate {
  #openAtMs = 0;
  readonly #maxRetryAfter: number;
  readonly #now: () => number;
  readonly #sleep: Sleep;

  constructor(options: RateLimitGateOptions) {
    this.#maxRetryAfter = options.maxRetryAfter;
    this.#now = options.now ?? Date.now;
    this.#sleep = options.sleep ?? abortableDelay;
  }

  /** Epoch ms at which the gate opens (0 when it has never closed). */
  get openAtMs(): number {
    return this.#openAtMs;
  }

  /** Closes the gate for `seconds` from now; a later opening time wins over an earlier one. */
  closeFor(seconds: number): void {
    const openAt = this.#now() + seconds * 1000;
    if (openAt > this.#openAtMs) this.#openAtMs = openAt;
  }

  /**
   * `undefined` when the gate is open (no promise allocated); otherwise a promise that resolves
   * when it opens, rejects with `signal.reason` on abort, or rejects with {@link RateLimitError}
   * at once when the remaining wait is longer than `maxRetryAfter`.
   */
  wait(signal: AbortSignal | undefined, method: string, url: string): Promise<void> | undefined {
    if (this.#openAtMs === 0) return undefined;
    const remainingMs = this.#openAtMs - this.#now();
    if (remainingMs <= 0) return undefined;
    const remainingSeconds = Math.ceil(remainingMs / 1000);
    if (remainingSeconds > this.#maxRetryAfter) {
      return Promise.reject(
        new RateLimitError(
          `Rate limited by Spotify for another ${remainingSeconds} s, longer than maxRetryAfter (${this.#maxRetryAfter} s)`,
          { status: 429, method, url, retryAfter: remainingSeconds },
        ),
      );
    }
    return this.#sleep(remainingMs, signal);
  }
}
