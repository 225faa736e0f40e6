/**
 * A client-wide gate for Spotify's rate limit. Spotify limits per app over a rolling window, so
 * when one request is told "429, Retry-After: 5", every other request of the same client would be
 * told the same; they wait at the gate instead of each spending an attempt to find out.
 *
 * Reopening the gate is not enough on its own: a client with many calls in flight fills the
 * window again at once and collects a 429 per call in flight, every window. So the gate also
 * learns a pace (milliseconds between departures) and lets requests leave no faster than that:
 * - the first 429 gives a pace the server's own answer proves sustainable: it admitted `n`
 *   requests since the span began and frees a slot by now + Retry-After, so `n` requests per
 *   (now + Retry-After - span start) fit the window;
 * - Retry-After has whole seconds, so that pace can be slow: after a whole window (as long as
 *   that first span, which bounds it) without a 429 the gate tries a pace {@link PACE_STEP}
 *   faster; a pace that draws a 429 becomes the floor, which later paces keep
 *   {@link PACE_MARGIN} above (arrival jitter bunches requests);
 * - a request that slept through a new closing queues again instead of leaving into it.
 * The pace only delays requests that come faster than it, and is forgotten after
 * {@link PACE_MEMORY_MS} without a 429 once no request is queued.
 */
import { RateLimitError } from "../errors.js";
import { abortableDelay, type Sleep } from "./abortableDelay.js";

/** A learned pace is dropped after this long without a 429 (Spotify's window is 30 s). */
export const PACE_MEMORY_MS = 30_000;
/** How much faster each pace tried after a window without a 429 is. */
export const PACE_STEP = 0.03;
/** How far above a pace that drew a 429 the pace stays. */
export const PACE_MARGIN = 0.03;

/** Options of {@link RateLimitGate}. */
export interface RateLimitGateOptions {
  /** Longest wait (seconds) the gate will impose; a longer remaining block throws instead. */
  maxRetryAfter: number;
  /** Current time in epoch ms; injectable for tests. */
  now?: () => number;
  sleep?: Sleep;
}

/**
 * Holds the time until which the client must not send, and the pace learned from 429s. Until the
 * first 429 the check is two number comparisons and allocates nothing.
 */
export class RateLimitGate {
  #openAtMs = 0;
  /** Milliseconds between departures; 0 while no pace is known. */
  #paceMs = 0;
  /** Largest pace that drew a 429 (0: none yet). */
  #tooFastMs = 0;
  /** Last pace that ran a whole window without a 429. */
  #safeMs = Number.POSITIVE_INFINITY;
  /** Longest the window can be, from the first 429: a pace is safe once it ran that long. */
  #windowMs = 0;
  /** Since when the current pace has run without a 429. */
  #paceSinceMs = 0;
  /** Earliest departure time of the next paced request. */
  #nextSlotMs = 0;
  /** When the span the gate counts admitted requests over began. */
  #spanStartMs: number | undefined;
  /** Responses other than 429 since `#spanStartMs`. */
  #admitted = 0;
  #lastLimitedMs = 0;
  /** Counts closings, so a request that slept through one queues again. */
  #closings = 0;
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

  /** Milliseconds between requests leaving the gate; 0 while no pace has been learned. */
  get paceMs(): number {
    return this.#paceMs;
  }

  /** Counts a response that was not a 429: the server admitted the request. */
  admitted(): void {
    if (this.#admitted++ === 0 && this.#spanStartMs === undefined) this.#spanStartMs = this.#now();
  }

  /** Closes the gate for `seconds` from now; a later opening time wins over an earlier one. */
  closeFor(seconds: number): void {
    const now = this.#now();
    const openAt = now + seconds * 1000;
    // Only the first 429 of a closure says something about the pace: the rest were in flight.
    if (now >= this.#openAtMs) this.#learnPace(now, openAt);
    if (openAt > this.#openAtMs) {
      this.#openAtMs = openAt;
      this.#closings++;
    }
  }

  #learnPace(now: number, openAt: number): void {
    const start = this.#spanStartMs;
    if (this.#paceMs > 0) {
      this.#tooFastMs = Math.max(this.#tooFastMs, this.#paceMs);
      // A pace once safe drew a 429 (jitter bunched requests, or the limit tightened): back off.
      if (this.#safeMs <= this.#tooFastMs) this.#safeMs = this.#tooFastMs * (1 + 2 * PACE_MARGIN);
      this.#paceMs = Math.max(this.#safeMs, this.#tooFastMs * (1 + PACE_MARGIN));
    } else if (start !== undefined && this.#admitted > 0) {
      this.#tooFastMs = 0;
      this.#safeMs = (openAt - start) / this.#admitted;
      this.#paceMs = this.#safeMs;
      this.#windowMs = openAt - start;
    }
    this.#lastLimitedMs = now;
    this.#paceSinceMs = openAt;
    this.#spanStartMs = openAt;
    this.#admitted = 0;
    this.#nextSlotMs = openAt;
  }

  /** After a whole window at the current pace without a 429, the pace is safe: try a faster one. */
  #tightenPace(now: number): void {
    this.#safeMs = this.#paceMs;
    this.#paceMs = Math.max(this.#paceMs * (1 - PACE_STEP), this.#tooFastMs * (1 + PACE_MARGIN));
    this.#paceSinceMs = now;
  }

  /**
   * `undefined` when the request may leave now (no promise allocated); otherwise a promise that
   * resolves at its turn, rejects with `signal.reason` on abort, or rejects with
   * {@link RateLimitError} at once when the gate stays closed longer than `maxRetryAfter`.
   */
  wait(signal: AbortSignal | undefined, method: string, url: string): Promise<void> | undefined {
    if (this.#openAtMs === 0 && this.#paceMs === 0) return undefined;
    const now = this.#now();
    const remainingSeconds = Math.ceil((this.#openAtMs - now) / 1000);
    if (remainingSeconds > this.#maxRetryAfter) {
      return Promise.reject(
        new RateLimitError(
          `Rate limited by Spotify for another ${remainingSeconds} s, longer than maxRetryAfter (${this.#maxRetryAfter} s)`,
          { status: 429, method, url, retryAfter: remainingSeconds },
        ),
      );
    }
    let departAt = this.#openAtMs;
    if (this.#paceMs > 0) {
      if (now - this.#lastLimitedMs > PACE_MEMORY_MS && now >= this.#nextSlotMs) {
        this.#paceMs = 0;
      } else {
        if (
          now - this.#paceSinceMs >= this.#windowMs * (1 + PACE_STEP) &&
          this.#paceMs * (1 - PACE_STEP) > this.#tooFastMs * (1 + PACE_MARGIN)
        ) {
          this.#tightenPace(now);
        }
        departAt = Math.max(departAt, this.#nextSlotMs, now);
        this.#nextSlotMs = departAt + this.#paceMs;
      }
    }
    if (departAt <= now) return undefined;
    const closings = this.#closings;
    // A 429 that closed the gate while this request slept voids its turn: it queues again.
    return this.#sleep(departAt - now, signal).then(() =>
      this.#closings === closings ? undefined : this.wait(signal, method, url),
    );
  }
}
