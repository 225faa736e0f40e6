/**
 * One POST to the accounts service's token endpoint, retried like an API call.
 *
 * What is retried, and how long to wait, comes from `src/http/retryPolicy.ts` so the token
 * endpoint and the Web API follow one rule book: 429 (honouring `Retry-After` up to a cap), 5xx,
 * timeouts and connection failures.
 */
import { SpotifyConnectionError, SpotifyTimeoutError } from "../errors.js";
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
import { tokenEndpointError, tokenFromResponse } from "./tokenResponse.js";
import type { TokenInfo } from "./types.js";

/** Default accounts service; token requests go to `/api/token`, sign-ins to `/authorize`. */
export const DEFAULT_ACCOUNTS_URL = "https://accounts.spotify.com";
/** Per-attempt timeout of a token request, in milliseconds. */
export const DEFAULT_TOKEN_TIMEOUT_MS = 30_000;

/** Retry settings for token requests; `sleep` is injectable so tests never wait for real. */
export interface TokenRetryOptions extends RetryOptions {
  /** Waits between attempts. Default: a `setTimeout` promise. */
  sleep?: (ms: number) => Promise<void>;
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

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

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
 * @param authorization an `Authorization` header value (Basic, for confidential clients).
 * @param previous the token being refreshed, whose refresh token and scope carry over.
 */
export async function requestToken(
  config: TokenEndpointConfig,
  form: Record<string, string>,
  authorization: string | undefined,
  previous?: TokenInfo,
): Promise<TokenInfo> {
  const url = accountsEndpoint(config.accountsUrl, "api/token");
  const maxRetries = config.retry.maxRetries ?? DEFAULT_MAX_RETRIES;
  const maxRetryAfter = config.retry.maxRetryAfter ?? DEFAULT_MAX_RETRY_AFTER;
  const random = config.retry.random ?? Math.random;
  const sleep = config.retry.sleep ?? defaultSleep;
  const headers: Record<string, string> = {
    "content-type": "application/x-www-form-urlencoded",
    accept: "application/json",
  };
  if (authorization !== undefined) headers.authorization = authorization;

  for (let attempt = 1; ; attempt += 1) {
    let response: Response;
    try {
      response = await config.fetch(url, {
        method: "POST",
        headers,
        body: new URLSearchParams(form).toString(),
        signal: AbortSignal.timeout(config.timeoutMs),
      });
    } catch (cause) {
      const errorKind: FailureKind = isTimeout(cause) ? "timeout" : "network";
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

    if (response.ok) {
      return tokenFromResponse(await readBody(response), config.now(), previous);
    }
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
        await response.body?.cancel();
        await sleep(delay.delayMs);
        continue;
      }
    }
    const body = await readBody(response);
    throw tokenEndpointError(
      { status, body, headers: safeHeaders(response.headers), url },
      retryAfter,
    );
  }
}

/** JSON when the body parses, else `undefined` (an HTML error page says nothing useful). */
async function readBody(response: Response): Promise<unknown> {
  const text = await response.text().catch(() => "");
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

function isTimeout(error: unknown): boolean {
  return (
    typeof error === "object" && error !== null && "name" in error && error.name === "TimeoutError"
  );
}
