/**
 * One HTTP attempt: `fetch` plus reading the whole body, under a per-attempt timeout that aborts
 * the socket. The retry loop in transport.ts calls this once per attempt.
 *
 * This replaced ky (docs/decisions.md has the measurements). With the SDK's own retry loop, ky was
 * left doing only this, and doing it at a cost: a real `Request` built and cloned per attempt,
 * `AbortSignal.any`, a deep options merge, 4.9 KB gzip in a browser bundle and ~20 ms of module
 * loading in a fresh Node process. Here an attempt is one AbortController and one timer.
 */

/** The longest attempt timeout: larger delays overflow setTimeout's 32-bit int and fire at once. */
export const MAX_TIMEOUT_MS = 2_147_483_647;

/** Thrown when an attempt exceeds its timeout; the transport maps it to SpotifyTimeoutError. */
export class AttemptTimeoutError extends Error {
  override readonly name = "AttemptTimeoutError";
}

/** What one attempt sends. */
export interface AttemptRequest {
  url: string;
  method: string;
  headers: Headers;
  body: BodyInit | undefined;
}

/** A response whose body has been read within the attempt. */
export interface AttemptResult {
  response: Response;
  /** The body as text; `""` for empty bodies. */
  text: string;
}

/**
 * Sends `request` and reads its body. Rejects with the caller's `signal.reason` when the caller
 * aborts, with {@link AttemptTimeoutError} when `timeoutMs` passes first, and with fetch's own
 * error (a TypeError naming the socket failure) otherwise. The body is read inside the timeout so
 * a server that stalls or resets mid-body fails this attempt rather than the caller's parse.
 *
 * The timeout and the caller's abort settle the attempt themselves instead of waiting for fetch to
 * notice its signal: an injected `fetch` (a test double, a proxy wrapper) may ignore the signal,
 * and must not be able to stretch an attempt past its timeout.
 */
export function sendAttempt(
  fetch: typeof globalThis.fetch,
  request: AttemptRequest,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<AttemptResult> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<AttemptResult>((resolve, reject) => {
    const controller = new AbortController();
    let settled = false;
    /** The first outcome wins; it stops the timer and drops the listener, once. */
    const settle = (): boolean => {
      if (settled) return false;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      return true;
    };
    const timer = setTimeout(() => {
      if (!settle()) return;
      reject(new AttemptTimeoutError(`no complete response within ${timeoutMs} ms`));
      controller.abort();
    }, timeoutMs);
    const onAbort = () => {
      if (!settle()) return;
      reject(signal?.reason);
      controller.abort(signal?.reason);
    };
    signal?.addEventListener("abort", onAbort);
    exchange(fetch, request, controller.signal).then(
      (result) => {
        if (settle()) resolve(result);
      },
      (error: unknown) => {
        if (settle()) reject(error);
      },
    );
  });
}

async function exchange(
  fetch: typeof globalThis.fetch,
  request: AttemptRequest,
  signal: AbortSignal,
): Promise<AttemptResult> {
  const init: RequestInit = { method: request.method, headers: request.headers, signal };
  if (request.body !== undefined) init.body = request.body;
  const response = await fetch(request.url, init);
  return { response, text: await response.text() };
}
