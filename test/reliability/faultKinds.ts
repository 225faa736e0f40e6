/**
 * The fault kinds of the fault matrix (faultMatrix.test.ts): what the mock is told to do, and
 * the exact outcome expected for each of the four target operations.
 */
import {
  AuthenticationError,
  BadRequestError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
  SpotifyConnectionError,
  type SpotifyError,
  SpotifyTimeoutError,
  SpotifyValidationError,
} from "../../src/errors.js";
import type { MockSpotify } from "../../src/testing/index.js";
import type { Target } from "./support.js";

/** Per-attempt timeout of every matrix client, in ms. */
export const TIMEOUT_MS = 100;
/** Retries of every matrix client: 3 attempts in all. */
export const MAX_RETRIES = 2;
const ALL_ATTEMPTS = MAX_RETRIES + 1;
/** Full-jitter backoff with random() = 0.5: half of 0.5 s, then half of 1 s. */
const BACKOFF = [250, 500] as const;

export type ErrorClass = new (...args: never[]) => SpotifyError;
/** A wait in ms, or an inclusive [min, max] range for waits derived from the clock. */
export type Wait = number | readonly [number, number];

interface Common {
  attempts: number;
  /** What the client slept between attempts. */
  waits: readonly Wait[];
  /** Requests to the accounts service (client-credentials cases). */
  tokenRequests?: number;
}
/** The exact outcome of one case. */
export type Expected =
  | (Common & { data: "normal" | "none"; status: number })
  | (Common & {
      error: ErrorClass;
      status: number | undefined;
      retryAfter?: number;
      reason?: string;
      message: RegExp;
      path?: string;
    });

/** One way a request can go wrong, and what the SDK must make of it. */
export interface FaultKind {
  /** The `describe` title. */
  title: string;
  expected(target: Target): Expected;
  /** Installs the fault on the called operation's route. */
  arrange?(mock: MockSpotify, operationId: string): void;
  /** Talk to a closed port instead of the mock. */
  closedPort?: boolean;
  /** Authenticate with client credentials against the mock (refreshable), not a static token. */
  clientCredentials?: boolean;
  /** Call the method's Extended-Quota-only operation on a Development Mode mock. */
  tierOnly?: boolean;
  validateResponses?: boolean;
  /** The server refused without processing, so replaying a POST is safe. */
  refusal?: boolean;
}

const idempotent = (target: Target) => target.method !== "POST";
/** Attempts when the failure is retried for idempotent operations only. */
const retriedUnlessPost = (target: Target, attempts: number) => (idempotent(target) ? attempts : 1);
const backoffs = (target: Target, retries: number) =>
  idempotent(target) ? BACKOFF.slice(0, retries) : [];

function once(
  mockFault: Parameters<MockSpotify["fault"]>[1],
): (mock: MockSpotify, id: string) => void {
  return (mock, id) => mock.fault(id, { ...mockFault, times: 1 });
}
function always(
  mockFault: Parameters<MockSpotify["fault"]>[1],
): (mock: MockSpotify, id: string) => void {
  return (mock, id) => mock.fault(id, mockFault);
}

/** A failure without a response: retried for idempotent operations, a POST is sent once. */
function noResponseOnce(kind: Parameters<MockSpotify["fault"]>[1]): Partial<FaultKind> {
  return {
    arrange: once(kind),
    expected: (target) =>
      idempotent(target)
        ? { data: "normal", status: okStatus(target), attempts: 2, waits: [250] }
        : {
            error: kind.kind === "hang" ? SpotifyTimeoutError : SpotifyConnectionError,
            status: undefined,
            message:
              kind.kind === "hang" ? /timed out after 100 ms \(1 attempt\)/ : /\(1 attempt\)$/,
            attempts: 1,
            waits: [],
          },
  };
}

function okStatus(target: Target): number {
  return target.method === "POST" ? 201 : 200;
}

function serverErrorOnce(status: number): FaultKind {
  return {
    title: `${status} once`,
    arrange: once({ kind: "status", status }),
    expected: (target) =>
      idempotent(target)
        ? { data: "normal", status: okStatus(target), attempts: 2, waits: [250] }
        : { error: ServerError, status, message: /^Server error$/, attempts: 1, waits: [] },
  };
}

function serverErrorAlways(status: number): FaultKind {
  return {
    title: `${status} on every attempt`,
    arrange: always({ kind: "status", status }),
    expected: (target) => ({
      error: ServerError,
      status,
      message: /^Server error$/,
      attempts: retriedUnlessPost(target, ALL_ATTEMPTS),
      waits: backoffs(target, MAX_RETRIES),
    }),
  };
}

/** A 429 whose Retry-After gives no usable advice: the client backs off instead. */
function rateLimitWithoutAdvice(title: string, retryAfter: string | null): FaultKind {
  return {
    title,
    refusal: true,
    arrange: once({ kind: "rateLimit", retryAfter }),
    expected: (target) => ({ data: "normal", status: okStatus(target), attempts: 2, waits: [250] }),
  };
}

/** Every fault kind of the matrix, in `describe` order. */
export const KINDS: readonly FaultKind[] = [
  {
    title: "connection refused (nothing listens on the port)",
    closedPort: true,
    expected: (target) => ({
      error: SpotifyConnectionError,
      status: undefined,
      message: /ECONNREFUSED/,
      attempts: retriedUnlessPost(target, ALL_ATTEMPTS),
      waits: backoffs(target, MAX_RETRIES),
    }),
  },
  {
    title: "connection reset before the headers, once",
    ...noResponseOnce({ kind: "resetBeforeHeaders" }),
  } as FaultKind,
  {
    title: "connection reset before the headers, on every attempt",
    arrange: always({ kind: "resetBeforeHeaders" }),
    expected: (target) => ({
      error: SpotifyConnectionError,
      status: undefined,
      message: new RegExp(`\\(${retriedUnlessPost(target, ALL_ATTEMPTS)} attempts?\\)$`),
      attempts: retriedUnlessPost(target, ALL_ATTEMPTS),
      waits: backoffs(target, MAX_RETRIES),
    }),
  },
  {
    title: "connection reset in the middle of the body, once",
    ...noResponseOnce({ kind: "resetMidBody" }),
  } as FaultKind,
  {
    title: "connection reset in the middle of the body, on every attempt",
    arrange: always({ kind: "resetMidBody" }),
    expected: (target) => ({
      error: SpotifyConnectionError,
      status: undefined,
      message: /failed: /,
      attempts: retriedUnlessPost(target, ALL_ATTEMPTS),
      waits: backoffs(target, MAX_RETRIES),
    }),
  },
  {
    title: "a server that hangs past the timeout, once",
    ...noResponseOnce({ kind: "hang" }),
  } as FaultKind,
  {
    title: "a server that hangs on every attempt",
    arrange: always({ kind: "hang" }),
    expected: (target) => ({
      error: SpotifyTimeoutError,
      status: undefined,
      message: new RegExp(`timed out after ${TIMEOUT_MS} ms`),
      attempts: retriedUnlessPost(target, ALL_ATTEMPTS),
      waits: backoffs(target, MAX_RETRIES),
    }),
  },
  {
    title: "slow headers, below the timeout",
    arrange: always({ kind: "delay", ms: 20 }),
    expected: (target) => ({ data: "normal", status: okStatus(target), attempts: 1, waits: [] }),
  },
  {
    title: "slow headers, above the timeout",
    arrange: always({ kind: "delay", ms: 250 }),
    expected: (target) => ({
      error: SpotifyTimeoutError,
      status: undefined,
      message: new RegExp(`timed out after ${TIMEOUT_MS} ms`),
      attempts: retriedUnlessPost(target, ALL_ATTEMPTS),
      waits: backoffs(target, MAX_RETRIES),
    }),
  },
  {
    title: "429 with Retry-After in seconds",
    refusal: true,
    arrange: once({ kind: "rateLimit", retryAfter: 1 }),
    // The gate holds the retry until 1 s after the 429 arrived (a little less by the time it asks).
    expected: (target) => ({
      data: "normal",
      status: okStatus(target),
      attempts: 2,
      waits: [[900, 1000]],
    }),
  },
  {
    title: "429 with Retry-After as an HTTP date",
    refusal: true,
    arrange: (mock, id) =>
      mock.fault(id, { kind: "rateLimit", retryAfter: new Date(Date.now() + 3_000), times: 1 }),
    // HTTP dates have whole-second resolution: 3 s ahead reads as 2 or 3 s.
    expected: (target) => ({
      data: "normal",
      status: okStatus(target),
      attempts: 2,
      waits: [[1_000, 3_000]],
    }),
  },
  rateLimitWithoutAdvice("429 without Retry-After", null),
  rateLimitWithoutAdvice("429 with a garbage Retry-After", "soon-ish"),
  rateLimitWithoutAdvice("429 with a negative Retry-After", "-5"),
  {
    title: "429 with a Retry-After over the cap (maxRetryAfter)",
    refusal: true,
    arrange: always({ kind: "rateLimit", retryAfter: 3_600 }),
    expected: () => ({
      error: RateLimitError,
      status: 429,
      retryAfter: 3_600,
      message: /^API rate limit exceeded$/,
      attempts: 1,
      waits: [],
    }),
  },
  {
    title: "429 on every attempt",
    refusal: true,
    arrange: always({ kind: "rateLimit", retryAfter: 1 }),
    expected: () => ({
      error: RateLimitError,
      status: 429,
      retryAfter: 1,
      message: /^API rate limit exceeded$/,
      attempts: ALL_ATTEMPTS,
      waits: [
        [900, 1000],
        [900, 1000],
      ],
    }),
  },
  ...[500, 502, 503, 504].map(serverErrorOnce),
  ...[500, 502, 503, 504].map(serverErrorAlways),
  {
    title: "an HTML 502 page from a proxy",
    arrange: always({ kind: "htmlError" }),
    expected: (target) => ({
      error: ServerError,
      status: 502,
      message: new RegExp(
        `^Spotify answered 502 to ${target.method} http://127\\.0\\.0\\.1:\\d+/v1/`,
      ),
      attempts: retriedUnlessPost(target, ALL_ATTEMPTS),
      waits: backoffs(target, MAX_RETRIES),
    }),
  },
  {
    title: "malformed JSON in a 200",
    arrange: always({ kind: "malformedJson" }),
    expected: () => ({
      error: SpotifyValidationError,
      status: 200,
      path: "body",
      message: /with a body that is not JSON$/,
      attempts: 1,
      waits: [],
    }),
  },
  {
    title: "truncated JSON in a 200",
    arrange: always({ kind: "truncatedJson" }),
    expected: () => ({
      error: SpotifyValidationError,
      status: 200,
      path: "body",
      message: /with a body that is not JSON$/,
      attempts: 1,
      waits: [],
    }),
  },
  {
    title: "an empty 200 (response validation off: nothing to parse)",
    arrange: always({ kind: "emptyBody" }),
    expected: () => ({ data: "none", status: 200, attempts: 1, waits: [] }),
  },
  {
    title: "an empty 200 with validateResponses on",
    validateResponses: true,
    arrange: always({ kind: "emptyBody" }),
    expected: (target) =>
      target.method === "GET" || target.method === "POST"
        ? {
            error: SpotifyValidationError,
            status: 200,
            path: "(root)",
            message: new RegExp(`^${target.operationId}: the response does not match the schema`),
            attempts: 1,
            waits: [],
          }
        : { data: "none", status: 200, attempts: 1, waits: [] },
  },
  {
    title: "204 No Content",
    arrange: always({ kind: "noContent" }),
    expected: () => ({ data: "none", status: 204, attempts: 1, waits: [] }),
  },
  {
    title: "202 Accepted",
    arrange: always({ kind: "accepted" }),
    expected: () => ({ data: "none", status: 202, attempts: 1, waits: [] }),
  },
  {
    title: "the normal body under a wrong content type",
    arrange: always({ kind: "wrongContentType" }),
    expected: (target) => ({ data: "normal", status: okStatus(target), attempts: 1, waits: [] }),
  },
  {
    title: "401 once, with a provider that can refresh",
    clientCredentials: true,
    refusal: true,
    arrange: once({ kind: "status", status: 401 }),
    expected: (target) => ({
      data: "normal",
      status: okStatus(target),
      attempts: 2,
      waits: [],
      tokenRequests: 2,
    }),
  },
  {
    title: "401 on every attempt, with a provider that can refresh",
    clientCredentials: true,
    refusal: true,
    arrange: always({ kind: "status", status: 401 }),
    expected: () => ({
      error: AuthenticationError,
      status: 401,
      message: /^Invalid access token$/,
      attempts: 2,
      waits: [],
      tokenRequests: 2,
    }),
  },
  {
    title: "401 with a static token (nothing to refresh)",
    arrange: always({ kind: "status", status: 401 }),
    expected: () => ({
      error: AuthenticationError,
      status: 401,
      message: /^Invalid access token$/,
      attempts: 1,
      waits: [],
    }),
  },
  {
    title: "403 on an Extended-Quota-only operation (Development Mode app)",
    tierOnly: true,
    expected: (target) => ({
      error: ForbiddenError,
      status: 403,
      message: new RegExp(
        `\\(${target.tierOnly.operationId}: this operation is only open to apps with Extended Quota Mode`,
      ),
      attempts: 1,
      waits: [],
    }),
  },
  {
    title: "403 with a player reason",
    arrange: always({ kind: "status", status: 403, reason: "PREMIUM_REQUIRED" }),
    expected: () => ({
      error: ForbiddenError,
      status: 403,
      reason: "PREMIUM_REQUIRED",
      message: /^Forbidden$/,
      attempts: 1,
      waits: [],
    }),
  },
  {
    title: "404",
    arrange: always({ kind: "status", status: 404 }),
    expected: () => ({
      error: NotFoundError,
      status: 404,
      message: /^Resource not found$/,
      attempts: 1,
      waits: [],
    }),
  },
  {
    title: "400",
    arrange: always({ kind: "status", status: 400, message: "Invalid limit" }),
    expected: () => ({
      error: BadRequestError,
      status: 400,
      message: /^Invalid limit$/,
      attempts: 1,
      waits: [],
    }),
  },
];
