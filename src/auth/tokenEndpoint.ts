/**
 * One POST to the accounts service's token endpoint, retried like an API call.
 *
 * What is retried, and how long to wait, comes from `src/http/retryPolicy.ts` so the token
 * endpoint and the Web API follow one rule book: 429 (honouring `Retry-After` up to a cap), 5xx,
 * timeouts and connection failures.
 */
import { SpotifyConnectionError, SpotifyTimeoutError } from "../errors.js";
import { abortableDelay } from "../http/abortableDelay.js";
import { type AttemptResult, AttemptTimeoutError, sendAttempt } from "../http/attempt.js";
import {
  backoffDelayMs,
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_AFTER,
  type FailureKind,
  parseRetryAfter,
  type RetryOptions,
  retryDelayMs,
  shouldRetry,
} from "../http/retryPolicy.js";
import { basicAuthorization } from "./pkce.js";
import { tokenEndpointError, tokenFromResponse } from "./tokenResponse.js";
import type { TokenInfo } from "./types.js";

/** Retry settings for token requests; `sleep` is injectable so tests never wait for real. */
export interface TokenRetryOptions extends RetryOptions {
  /** Waits between attempts. Default: a `setTimeout` promise. */
  sleep?: (ms: number) => Promise<void>;
}

/** A confidential client's credentials, sent as HTTP Basic auth. */
export interface ClientSecretCredentials {
  clientId: string;
  clientSecret: string;
}

/** Everything a token request needs besides its form fields. */
export interface TokenEndpointConfig {
  accountsUrl: string;
  fetch: typeof fetch;
  /** Current time in epoch milliseconds. */
  now: () => number;
  retry: TokenRetryOptions;
  timeoutMs: number;
}

/** `{accountsUrl}/{path}` without doubling or losing the slash in between. */
export function accountsEndpoint(accountsUrl: string, path: "api/token" | "authorize"): string {
  return `${accountsUrl.replace(/\/+$/, "")}/${path}`;
}

/**
 * POSTs `form` to the token endpoint and returns the token it grants.
 *
 * Every grant is treated as safe to replay: a replayed client-credentials or refresh request just
 * mints another token, and a replayed (single-use) authorization code fails with `invalid_grant`
 * rather than doing anything twice.
 *
 * @param credentials a confidential client's ID and secret, sent as HTTP Basic auth (none for
 *   PKCE clients, which send their ID in the form).
 * @param previous the token being refreshed, whose refresh token and scope carry over.
 */
export async function requestToken(
  config: TokenEndpointConfig,
  form: Record<string, string>,
  credentials: ClientSecretCredentials | undefined,
  previous?: TokenInfo,
): Promise<TokenInfo> {
  const url = accountsEndpoint(config.accountsUrl, "api/token");
  const maxRetries = config.retry.maxRetries ?? DEFAULT_MAX_RETRIES;
  const maxRetryAfter = config.retry.maxRetryAfter ?? DEFAULT_MAX_RETRY_AFTER;
  const random = config.retry.random ?? Math.random;
  const sleep = config.retry.sleep ?? abortableDelay;
  const headers = new Headers({
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json",
  });
  if (credentials !== undefined) {
    headers.set(
      "authorization",
      basicAuthorization(credentials.clientId, credentials.clientSecret),
    );
  }
  const request = { url, method: "POST", headers, body: new URLSearchParams(form).toString() };

  for (let attempt = 1; ; attempt += 1) {
    let result: AttemptResult;
    try {
      // The same single attempt as API calls: the body is read within the timeout too.
      result = await sendAttempt(config.fetch, request, undefined, config.timeoutMs);
    } catch (cause) {
      const errorKind: FailureKind = cause instanceof AttemptTimeoutError ? "timeout" : "network";
      if (shouldRetry({ method: "POST", idempotent: true, errorKind, attempt, maxRetries })) {
        await sleep(backoffDelayMs(attempt - 1, random));
        continue;
      }
      const ErrorClass = errorKind === "timeout" ? SpotifyTimeoutError : SpotifyConnectionError;
      throw new ErrorClass(`Could not reach the Spotify accounts service at ${url}`, {
        method: "POST",
        url,
        cause,
      });
    }

    const { response, text } = result;
    if (response.ok) return tokenFromResponse(parseJson(text), config.now(), previous);
    const retryAfter = parseRetryAfter(response.headers.get("retry-after"), config.now());
    const status = response.status;
    if (
      shouldRetry({
        method: "POST",
        idempotent: true,
        status,
        errorKind: "http",
        attempt,
        maxRetries,
      })
    ) {
      const delay = retryDelayMs(attempt - 1, retryAfter, maxRetryAfter, random);
      if (delay.retry) {
        await sleep(delay.delayMs);
        continue;
      }
    }
    throw tokenEndpointError(
      { status, body: parseJson(text), headers: safeHeaders(response.headers), url },
      retryAfter,
    );
  }
}

/** JSON when the body parses, else `undefined` (an HTML error page says nothing useful). */
function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Only headers worth keeping on an error; cookies from the accounts service stay out of it. */
function safeHeaders(headers: Headers): Headers {
  const kept = new Headers();
  for (const name of ["retry-after", "content-type", "date"]) {
    const value = headers.get(name);
    if (value !== null) kept.set(name, value);
  }
  return kept;
}
