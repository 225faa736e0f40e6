/**
 * The attempt loop: rate-limit gate -> token -> one attempt -> retry decision -> typed error.
 *
 * Every retry decision is made here, by `retryPolicy.ts`, rather than in a retrying fetch wrapper:
 * - a `Retry-After` above `maxRetryAfter` must throw RateLimitError at once, not be clamped;
 * - a POST (or a non-idempotent PUT) must never be replayed after anything but a 429;
 * - a connection reset while the body streams must count as a failed attempt;
 * - the 429 gate, the 401 refresh and per-attempt debug logs all need to see each attempt.
 * `attempt.ts` does the one thing below the loop: fetch and read under a per-attempt timeout.
 */

import {
  errorFromResponse,
  SpotifyConnectionError,
  SpotifyError,
  SpotifyTimeoutError,
  SpotifyValidationError,
} from "../errors.js";
import type { LevelledLogger } from "../logger.js";
import { type Sleep, untilAborted } from "./abortableDelay.js";
import { AttemptTimeoutError, sendAttempt } from "./attempt.js";
import type { AuthMiddleware } from "./authMiddleware.js";
import { type LightRequest, ParsedResponse } from "./lightRequest.js";
import type { RateLimitGate } from "./rateLimitGate.js";
import {
  backoffDelayMs,
  type FailureKind,
  parseRetryAfter,
  retryDelayMs,
  shouldRetry,
} from "./retryPolicy.js";

/** Everything the transport needs; built once per client. */
export interface TransportOptions {
  auth: AuthMiddleware;
  gate: RateLimitGate;
  logger: LevelledLogger;
  fetch: typeof globalThis.fetch;
  timeout: number;
  maxRetries: number;
  maxRetryAfter: number;
  random: () => number;
  sleep: Sleep;
}

/** Sends {@link LightRequest}s built by openapi-fetch; one instance per client. */
export class Transport {
  readonly #options: TransportOptions;
  readonly #debug: boolean;
  readonly #info: boolean;
  #closed = false;

  constructor(options: TransportOptions) {
    this.#options = options;
    this.#debug = options.logger.enabled("debug");
    this.#info = options.logger.enabled("info");
  }

  /** Refuses further requests (in-flight ones finish). */
  close(): void {
    this.#closed = true;
  }

  /** The `fetch` given to openapi-fetch. Resolves to a {@link ParsedResponse}; throws SpotifyError. */
  readonly send = async (request: LightRequest): Promise<ParsedResponse> => {
    const { auth, gate, maxRetries } = this.#options;
    const { url, method, headers, body, signal } = request;
    if (this.#closed) throw new SpotifyError("This SpotifyClient is closed", { method, url });
    const context = request.spotify;
    const idempotent = context ? context.idempotent : method !== "POST";
    const timeout = context?.timeout ?? this.#options.timeout;
    let attempt = 0;
    let retries = 0;
    let refreshed = false;
    for (;;) {
      attempt++;
      const closed = gate.wait(signal, method, url);
      if (closed !== undefined) await closed;
      // The token fetch is shared by every request waiting for it; this caller's abort ends only
      // this caller's wait.
      const token = await untilAborted(auth.token(), signal);
      headers.set("authorization", `Bearer ${token}`);
      const started = this.#debug ? performance.now() : 0;
      let response: Response;
      let text: string;
      try {
        ({ response, text } = await sendAttempt(
          this.#options.fetch,
          { url, method, headers, body },
          signal,
          timeout,
        ));
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        const kind: FailureKind = error instanceof AttemptTimeoutError ? "timeout" : "network";
        if (this.#debug) this.#logAttempt(method, url, kind, attempt, started);
        if (
          !shouldRetry({ method, idempotent, errorKind: kind, attempt: retries + 1, maxRetries })
        ) {
          throw connectionError(kind, error, method, url, timeout, attempt);
        }
        const delayMs = backoffDelayMs(retries++, this.#options.random);
        this.#logRetry(method, url, kind, delayMs);
        await this.#options.sleep(delayMs, signal);
        continue;
      }
      const status = response.status;
      if (status !== 429) gate.admitted();
      if (this.#debug) this.#logAttempt(method, url, status, attempt, started);
      if (response.ok)
        return new ParsedResponse(response, parseSuccessBody(text, response, method, url));

      if (status === 401 && !refreshed && auth.canRefresh) {
        refreshed = true;
        // A provider that cannot renew (a static token) rejects here; the caller then gets the
        // API's own 401, with its status and body, rather than the provider's complaint.
        const renewed = await untilAborted(
          auth.refreshAfter401(token).then(
            () => true,
            () => false,
          ),
          signal,
        );
        if (renewed) continue;
      }
      const retryAfter =
        status === 429 || status === 503
          ? parseRetryAfter(response.headers.get("retry-after"), Date.now())
          : undefined;
      // The limit is the app's, not this request's: the client's other requests (and this one,
      // if it retries) wait at the gate. A wait above the cap is never imposed on anyone.
      const gated =
        status === 429 && retryAfter !== undefined && retryAfter <= this.#options.maxRetryAfter;
      if (gated) gate.closeFor(retryAfter);
      const question = {
        method,
        idempotent,
        status,
        errorKind: "http",
        attempt: retries + 1,
        maxRetries,
      } as const;
      if (shouldRetry(question)) {
        const delay = retryDelayMs(
          retries,
          retryAfter,
          this.#options.maxRetryAfter,
          this.#options.random,
        );
        if (delay.retry) {
          retries++;
          this.#logRetry(method, url, status, delay.delayMs);
          if (!gated) await this.#options.sleep(delay.delayMs, signal);
          continue;
        }
      }
      throw errorFromResponse({
        status,
        body: parseErrorBody(text),
        headers: response.headers,
        method,
        url,
        operation: context?.operation,
        retryAfter,
      });
    }
  };

  #logRetry(method: string, url: string, outcome: number | FailureKind, delayMs: number): void {
    if (this.#info)
      this.#options.logger.info(`${method} ${url} -> ${outcome}; retrying in ${delayMs} ms`);
  }

  #logAttempt(
    method: string,
    url: string,
    outcome: number | FailureKind,
    attempt: number,
    started: number,
  ): void {
    const ms = (performance.now() - started).toFixed(1);
    this.#options.logger.debug(`${method} ${url} -> ${outcome} (attempt ${attempt}, ${ms} ms)`);
  }
}

/** Empty bodies (204, 202, zero length) are `undefined`; anything else must be JSON. */
function parseSuccessBody(text: string, response: Response, method: string, url: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new SpotifyValidationError(
      `Spotify answered ${response.status} to ${method} ${url.split("?")[0]} with a body that is not JSON`,
      {
        path: "body",
        status: response.status,
        body: text.slice(0, 2000),
        method,
        url,
        cause: error,
      },
    );
  }
}

/** Error bodies are usually `{ error: { status, message } }`, sometimes plain text or HTML. */
function parseErrorBody(text: string): unknown {
  if (text === "") return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Maps a failed attempt without a response. fetch's TypeError (whose `cause` names the socket
 * failure) is attached as `cause`; it carries no request headers.
 */
function connectionError(
  kind: "timeout" | "network",
  error: unknown,
  method: string,
  url: string,
  timeout: number,
  attempts: number,
): SpotifyConnectionError {
  const tries = attempts === 1 ? "1 attempt" : `${attempts} attempts`;
  if (kind === "timeout") {
    return new SpotifyTimeoutError(
      `${method} ${url.split("?")[0]} timed out after ${timeout} ms (${tries})`,
      {
        method,
        url,
      },
    );
  }
  const cause = error instanceof Error ? error : undefined;
  const detail = describeNetworkError(cause);
  return new SpotifyConnectionError(`${method} ${url.split("?")[0]} failed: ${detail} (${tries})`, {
    method,
    url,
    cause,
  });
}

/** `fetch failed` says little; undici puts the useful code (ECONNREFUSED, ...) in `cause`. */
function describeNetworkError(error: Error | undefined): string {
  if (error === undefined) return "connection failed";
  const cause: unknown = error.cause;
  if (typeof cause === "object" && cause !== null) {
    const code = (cause as { code?: unknown }).code;
    const message = (cause as { message?: unknown }).message;
    if (typeof code === "string") return `${error.message} (${code})`;
    if (typeof message === "string") return `${error.message} (${message})`;
  }
  return error.message;
}
