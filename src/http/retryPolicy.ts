/**
 * The one module that decides what the SDK retries, and how long it waits in between.
 *
 * Pure functions only: no timers, no I/O, no clock reads. The transport (`src/http/`) and the auth
 * providers (`src/auth/`) both ask these functions, so "what is retried" is written down once.
 *
 * Rules:
 * - retried: connection failures, timeouts, 429, 500/502/503/504;
 * - never retried: any other 4xx (and any other status);
 * - non-idempotent operations (POST, or any operation the table marks non-idempotent) are retried
 *   ONLY on 429: after a 5xx, a timeout or a connection failure the request may already have been
 *   processed, and replaying it could, say, create a second playlist;
 * - at most `maxRetries` retries, so at most `maxRetries + 1` attempts;
 * - 429 waits `Retry-After` (seconds or HTTP date), or backs off when the header is missing;
 *   a `Retry-After` above `maxRetryAfter` is not slept: the caller gets the RateLimitError at once.
 */

/** Retry settings shared by the client transport and the auth providers. */
export interface RetryOptions {
  /** Retries after the first attempt (attempts = maxRetries + 1). Integer 0..10. Default 3. */
  maxRetries?: number;
  /** Longest `Retry-After` (seconds) the SDK will sleep; above it the 429 is thrown. Default 60. */
  maxRetryAfter?: number;
  /** Source of jitter in [0, 1). Default `Math.random`; inject a constant in tests. */
  random?: () => number;
}

/** Default number of retries after the first attempt. */
export const DEFAULT_MAX_RETRIES = 3;
/** Default cap, in seconds, on a `Retry-After` the SDK is willing to sleep. */
export const DEFAULT_MAX_RETRY_AFTER = 60;
/** Backoff base, in seconds: the first retry waits up to this long. */
export const BACKOFF_BASE_SECONDS = 0.5;
/** Backoff ceiling, in seconds. */
export const BACKOFF_CAP_SECONDS = 8;

/** How an attempt failed: an HTTP response, no response at all, or our per-attempt timeout. */
export type FailureKind = "http" | "network" | "timeout";

/** What {@link shouldRetry} needs to know about the attempt that just failed. */
export interface RetryQuestion {
  /** HTTP method, any case. */
  method: string;
  /**
   * Whether replaying the operation is harmless. Defaults by method when omitted: POST is not
   * idempotent, every other method is (the operation table can override, e.g. a PUT that adds).
   */
  idempotent?: boolean | undefined;
  /** HTTP status, for `errorKind: "http"`. */
  status?: number | undefined;
  errorKind: FailureKind;
  /** 1-based number of the attempt that just failed (1 after the first request). */
  attempt: number;
  maxRetries: number;
}

const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 500, 502, 503, 504]);

/**
 * Statuses the SDK retries (for idempotent operations): 429, 500, 502, 503, 504.
 *
 * @example isRetryableStatus(503) // true; isRetryableStatus(404) // false
 */
export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

/** Whether an operation may be replayed when the method alone decides (no table entry). */
export function isIdempotentMethod(method: string): boolean {
  return method.toUpperCase() !== "POST";
}

/**
 * Decides whether the attempt that just failed is followed by another one.
 *
 * Does not look at `Retry-After`; a 429 whose wait exceeds `maxRetryAfter` is refused by
 * {@link retryDelayMs} instead.
 *
 * @example shouldRetry({ method: "POST", status: 500, errorKind: "http", attempt: 1, maxRetries: 3 }) // false
 */
export function shouldRetry(question: RetryQuestion): boolean {
  if (question.attempt > question.maxRetries) return false;
  const idempotent = question.idempotent ?? isIdempotentMethod(question.method);
  if (question.errorKind !== "http") return idempotent;
  const status = question.status;
  if (status === undefined) return false;
  if (status === 429) return true;
  return idempotent && isRetryableStatus(status);
}

/**
 * Parses a `Retry-After` header into seconds (RFC 9110 section 10.2.3: delay-seconds or an
 * HTTP-date). A date in the past gives 0. Garbage, negative numbers and a missing header give
 * `undefined`, which callers treat as "no advice: back off".
 *
 * @param nowMs current time in epoch milliseconds, so HTTP dates are testable.
 * @example parseRetryAfter("3", Date.now()) // 3
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    const seconds = Number(trimmed);
    return Number.isFinite(seconds) ? seconds : undefined;
  }
  // Digits with a sign or unit ("-1", "5s") are malformed delay-seconds, not dates.
  if (/^[-+]?[\d.]+\w*$/.test(trimmed)) return undefined;
  const dateMs = Date.parse(trimmed);
  if (Number.isNaN(dateMs)) return undefined;
  return Math.max(0, Math.ceil((dateMs - nowMs) / 1000));
}

/**
 * Exponential backoff with FULL jitter: a uniformly random delay in
 * `[0, min(0.5 * 2^retryIndex, 8)]` seconds, returned in milliseconds.
 *
 * Full jitter (rather than equal jitter) because it spreads a crowd of clients that failed
 * together the most (AWS Architecture Blog, "Exponential Backoff And Jitter"), and because a
 * test can inject `random = () => 0` to make every backoff instant.
 *
 * @param retryIndex 0 for the first retry, 1 for the second, ...
 * @param random returns a number in [0, 1).
 * @example backoffDelayMs(2, () => 0.5) // 1000 (half of the 2 s ceiling)
 */
export function backoffDelayMs(retryIndex: number, random: () => number): number {
  const ceilingSeconds = Math.min(BACKOFF_BASE_SECONDS * 2 ** retryIndex, BACKOFF_CAP_SECONDS);
  const fraction = Math.min(Math.max(random(), 0), 1);
  return Math.round(ceilingSeconds * fraction * 1000);
}

/** Result of {@link retryDelayMs}: wait `delayMs`, or give up because the server asked too much. */
export type RetryDelay = { retry: true; delayMs: number } | { retry: false; retryAfter: number };

/**
 * How long to wait before the retry that follows a failed attempt.
 *
 * A 429 (or 503) with `Retry-After` waits exactly that long, unless it exceeds `maxRetryAfter`
 * seconds: then `{ retry: false }` tells the caller to throw RateLimitError at once instead of
 * sleeping. Without a usable `Retry-After`, the delay is {@link backoffDelayMs}.
 *
 * @param retryIndex 0 for the first retry.
 * @param retryAfter seconds parsed by {@link parseRetryAfter}, if any.
 */
export function retryDelayMs(
  retryIndex: number,
  retryAfter: number | undefined,
  maxRetryAfter: number,
  random: () => number,
): RetryDelay {
  if (retryAfter === undefined) return { retry: true, delayMs: backoffDelayMs(retryIndex, random) };
  if (retryAfter > maxRetryAfter) return { retry: false, retryAfter };
  return { retry: true, delayMs: Math.round(retryAfter * 1000) };
}
