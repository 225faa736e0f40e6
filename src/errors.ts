/**
 * The SDK's error hierarchy and the one factory that maps an HTTP failure onto it.
 *
 * Every error the SDK raises is a {@link SpotifyError}; HTTP statuses map onto empty subclasses so
 * `instanceof` is the only check a caller needs:
 *
 * ```ts
 * try { await client.albums.get(id) } catch (e) { if (e instanceof NotFoundError) ... }
 * ```
 */
import type { components } from "../generated/openapi.js";
import { redactSecrets } from "./secretRedaction.js";

/** Access tier an operation needs (see `x-spotify-availability` in the curated document). */
export type Availability = "all" | "extended" | "legacy";

/** What the error factory needs to know about the operation that failed. */
export interface OperationContext {
  /** operationId from the curated document, e.g. `getAlbum`. */
  id: string;
  availability: Availability;
  /**
   * Who may call the operation, for tiers other than `all` (from the curated document's
   * `x-spotify-availability-notes`); added to the message of a 403 or 404.
   */
  note?: string | undefined;
  /** `METHOD /path` of the operation that replaces this one, when there is one. */
  replacement?: string | undefined;
}

/** Player-specific reasons Spotify sends in `error.reason` (403 on the player endpoints). */
export type PlayerErrorReason = components["schemas"]["PlayerErrorReason"];

/** Fields every {@link SpotifyError} may carry. All are free of secrets. */
export interface SpotifyErrorInit {
  status?: number | undefined;
  reason?: string | undefined;
  body?: unknown;
  headers?: Record<string, string> | undefined;
  method?: string | undefined;
  url?: string | undefined;
  cause?: unknown;
}

/** Base class of every error the SDK throws. */
export class SpotifyError extends Error {
  /** HTTP status of the response, when there was one. */
  readonly status: number | undefined;
  /** Spotify's `error.reason` (player endpoints) or OAuth's `error` code. */
  readonly reason: string | undefined;
  /** The parsed response body (or its text when it was not JSON). */
  readonly body: unknown;
  /** Response headers, lower-cased names. */
  readonly headers: Record<string, string> | undefined;
  /** HTTP method of the failed request. */
  readonly method: string | undefined;
  /** URL of the failed request, with secret-bearing query parameters removed. */
  readonly url: string | undefined;

  constructor(message: string, init: SpotifyErrorInit = {}) {
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = new.target.name;
    this.status = init.status;
    this.reason = init.reason;
    this.body = init.body;
    this.headers = init.headers;
    this.method = init.method;
    this.url = init.url === undefined ? undefined : redactSecrets(init.url);
  }
}

/** 400: Spotify rejected the request as malformed. */
export class BadRequestError extends SpotifyError {}

/** 401 from the API, or a failure to obtain or refresh a token. */
export class AuthenticationError extends SpotifyError {}

/**
 * The accounts service answered with an OAuth error (RFC 6749 section 5.2 / 4.1.2.1), e.g.
 * `invalid_grant` for a used code or a revoked refresh token, or `access_denied` when the user
 * declined. `oauthError` (also in `reason`) is the machine-readable code.
 *
 * @example if (e instanceof OAuthError && e.oauthError === "invalid_grant") await signInAgain();
 */
export class OAuthError extends AuthenticationError {
  /** OAuth's `error` code: `invalid_grant`, `invalid_client`, `access_denied`, ... */
  readonly oauthError: string;
  /** OAuth's `error_description`, when the server sent one. */
  readonly errorDescription: string | undefined;
  constructor(
    message: string,
    init: SpotifyErrorInit & { oauthError: string; errorDescription?: string | undefined },
  ) {
    super(message, { ...init, reason: init.reason ?? init.oauthError });
    this.oauthError = init.oauthError;
    this.errorDescription = init.errorDescription;
  }
}

/** 403: the token lacks a scope, the app lacks the access tier, or the player refused. */
export class ForbiddenError extends SpotifyError {}

/** 404: no such resource (or, for tier-restricted operations, no access to it). */
export class NotFoundError extends SpotifyError {}

/** 429: rate limited. `retryAfter` is the wait Spotify asked for, in seconds. */
export class RateLimitError extends SpotifyError {
  readonly retryAfter: number | undefined;
  constructor(message: string, init: SpotifyErrorInit & { retryAfter?: number | undefined }) {
    super(message, init);
    this.retryAfter = init.retryAfter;
  }
}

/** 5xx: Spotify (or a proxy in front of it) failed. */
export class ServerError extends SpotifyError {}

/** The request never got a response: DNS, refused or reset connection, TLS. */
export class SpotifyConnectionError extends SpotifyError {}

/** An attempt took longer than the configured timeout. */
export class SpotifyTimeoutError extends SpotifyConnectionError {}

/**
 * Input rejected before sending, or a response that does not match the document's schema.
 * `path` names the parameter (`query.limit`) or the field (`items[3].track.album.id`).
 */
export class SpotifyValidationError extends SpotifyError {
  readonly path: string;
  constructor(message: string, init: SpotifyErrorInit & { path: string }) {
    super(message, init);
    this.path = init.path;
  }
}

/** The granted token lacks a scope the operation needs; raised before sending (`checkScopes`). */
export class InsufficientScopeError extends SpotifyError {
  readonly missingScopes: readonly string[];
  constructor(message: string, init: SpotifyErrorInit & { missingScopes: readonly string[] }) {
    super(message, init);
    this.missingScopes = init.missingScopes;
  }
}

/**
 * The client was constructed with missing, conflicting or invalid options; raised before anything
 * is sent. `option` names the offending option(s), e.g. `timeout` or `accessToken, authProvider`.
 *
 * @example new SpotifyClient({ timeout: -1 }) // throws SpotifyConfigurationError (option "timeout")
 */
export class SpotifyConfigurationError extends SpotifyError {
  readonly option: string;
  constructor(message: string, init: SpotifyErrorInit & { option: string }) {
    super(message, init);
    this.option = init.option;
  }
}

/**
 * A batched write failed part-way. Chunks before `failedChunk` went through; it and the ones
 * after it were not applied (or, for the failed one, possibly partly: see `cause`).
 */
export class SpotifyBatchError extends SpotifyError {
  /** Zero-based index of the chunk that failed. */
  readonly failedChunk: number;
  /** How many chunks there were. */
  readonly totalChunks: number;
  /** Items of the chunks that went through, in order. */
  readonly completedItems: readonly unknown[];
  /** Items that were not (or not known to be) applied, in order. */
  readonly pendingItems: readonly unknown[];

  constructor(init: {
    failedChunk: number;
    totalChunks: number;
    completedItems: readonly unknown[];
    pendingItems: readonly unknown[];
    cause: unknown;
  }) {
    const cause = init.cause;
    const inner = cause instanceof Error ? cause.message : String(cause);
    super(
      `batch ${init.failedChunk + 1} of ${init.totalChunks} failed (${init.completedItems.length} items went through, ${init.pendingItems.length} did not): ${inner}`,
      cause instanceof SpotifyError
        ? {
            status: cause.status,
            reason: cause.reason,
            body: cause.body,
            headers: cause.headers,
            method: cause.method,
            url: cause.url,
            cause,
          }
        : { cause },
    );
    this.failedChunk = init.failedChunk;
    this.totalChunks = init.totalChunks;
    this.completedItems = init.completedItems;
    this.pendingItems = init.pendingItems;
  }
}

/** Everything the factory reads about a failed response. */
export interface HttpFailure {
  status: number;
  body: unknown;
  headers: Headers | Record<string, string>;
  method: string;
  url: string;
  operation?: OperationContext | undefined;
  /** Seconds to wait, when the caller already parsed `Retry-After`. */
  retryAfter?: number | undefined;
}

/**
 * Maps an HTTP failure onto the matching {@link SpotifyError} subclass.
 *
 * The message is Spotify's own (`error.message`, or OAuth's `error_description`), extended with
 * the operation's note on its access tier when a tier-restricted operation answers 403 or 404.
 */
export function errorFromResponse(failure: HttpFailure): SpotifyError {
  const { status, body, operation } = failure;
  const details = readErrorBody(body);
  let message =
    details.message ?? `Spotify answered ${status} to ${failure.method} ${stripQuery(failure.url)}`;
  if ((status === 403 || status === 404) && operation?.note) {
    const replacement = operation.replacement ? `; use ${operation.replacement} instead` : "";
    message += ` (${operation.id}: ${operation.note}${replacement})`;
  }
  const init: SpotifyErrorInit = {
    status,
    reason: details.reason,
    body,
    headers: headersToRecord(failure.headers),
    method: failure.method,
    url: failure.url,
  };
  switch (true) {
    case status === 400:
      return new BadRequestError(message, init);
    case status === 401:
      return new AuthenticationError(message, init);
    case status === 403:
      return new ForbiddenError(message, init);
    case status === 404:
      return new NotFoundError(message, init);
    case status === 429:
      return new RateLimitError(message, { ...init, retryAfter: failure.retryAfter });
    case status >= 500:
      return new ServerError(message, init);
    default:
      return new SpotifyError(message, init);
  }
}

/** Reads `{ error: { message, reason } }` (Web API) or `{ error, error_description }` (OAuth). */
function readErrorBody(body: unknown): { message?: string; reason?: string } {
  if (typeof body !== "object" || body === null) return {};
  const record = body as Record<string, unknown>;
  const error = record.error;
  if (typeof error === "object" && error !== null) {
    const inner = error as Record<string, unknown>;
    return {
      ...(typeof inner.message === "string" && inner.message ? { message: inner.message } : {}),
      ...(typeof inner.reason === "string" ? { reason: inner.reason } : {}),
    };
  }
  if (typeof error === "string") {
    const description = record.error_description;
    return {
      message: typeof description === "string" && description ? description : error,
      reason: error,
    };
  }
  return {};
}

function headersToRecord(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers instanceof Headers) {
    headers.forEach((value, name) => {
      out[name] = value;
    });
  } else {
    for (const [name, value] of Object.entries(headers)) out[name.toLowerCase()] = value;
  }
  return out;
}

function stripQuery(url: string): string {
  return url.split("?")[0] ?? url;
}
