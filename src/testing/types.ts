/**
 * Public types of the mock Spotify server (`spotify-ts-sdk/testing`).
 */
import type { OperationId } from "../../generated/operations.js";
import type { CollectionSizes } from "./builders/common.js";
import type { FaultRule, FaultSpec } from "./faults.js";

export type { CollectionSizes } from "./builders/common.js";

/**
 * The part of an operation row the mock needs: a row of `generated/operations.ts` joined with
 * its entry in `generated/operationDetails.ts`.
 */
export interface MockOperation {
  method: string;
  /** Path template below `/v1`, e.g. `/albums/{id}`. */
  path: string;
  /** `all`, `extended` or `legacy`; anything but `all` is refused in development mode. */
  availability?: string;
  /** `json`, `empty` or `accepted` (202). */
  response?: string;
  /** Cap on a list input (`x-spotify-max-items`); the mock answers 400 above it. */
  maxItems?: { max?: number };
  /** Scopes the token needs (see `enforceScopes`). */
  scopes?: readonly string[];
  scopeRule?: ScopeRule;
}

/** `x-spotify-scope-rule`: the scope each URI type in `parameter` needs. */
export interface ScopeRule {
  parameter: string;
  byType: Readonly<Record<string, string>>;
}

/** What a fixture function is told about the request it answers. */
export interface MockFixtureRequest {
  operationId: string;
  method: string;
  /** Request path including `/v1`. */
  path: string;
  /** Path parameters by their template name, e.g. `{ id: "abc" }`. */
  params: Readonly<Record<string, string>>;
  query: URLSearchParams;
  body: unknown;
}

/**
 * A fixed body, or a function of the request. A function returning `undefined` answers 204 with
 * no body (e.g. `getPlaybackState` when nothing plays).
 */
export type MockFixture =
  | ((request: MockFixtureRequest) => unknown)
  | object
  | string
  | number
  | boolean
  | null;

/** An operationId of the SDK's table (autocompleted), or any other for custom tables. */
export type MockOperationKey = OperationId | (string & {});

/** Options of {@link createMockSpotify}. Every field is optional. */
export interface MockSpotifyOptions {
  /** Seed of all generated data; same seed, same bytes. Default 1. */
  seed?: number;
  /** Bodies per operationId that replace the generated ones. */
  fixtures?: Readonly<Partial<Record<MockOperationKey, MockFixture>>>;
  /** Collection sizes by family, e.g. `{ playlistItems: 10_000, savedTracks: 120 }`. */
  sizes?: Partial<CollectionSizes>;
  /** Collection size per operationId; wins over `sizes` for that operation. */
  collectionSize?: Readonly<Partial<Record<MockOperationKey, number>>>;
  /** Added latency per API request (ms), for benchmarks. */
  latencyMs?: number;
  /** Client credentials the accounts service accepts. Defaults: `mock-client-id` / `mock-client-secret`. */
  clientId?: string;
  clientSecret?: string;
  /** Redirect URIs /authorize accepts; default: any http(s) URI not on `localhost` (Spotify's rule). */
  redirectUris?: readonly string[];
  /**
   * Issue a new refresh token on every refresh and invalidate the old one (default true). With
   * false, refresh responses carry no `refresh_token` and the old one keeps working.
   */
  rotateRefreshTokens?: boolean;
  /** Lifetime of issued access tokens. Default 3600. */
  tokenLifetimeSeconds?: number;
  /** Skip the token check on API routes (a `Bearer` header is still required). */
  acceptAnyToken?: boolean;
  /**
   * Answer 403 `Insufficient client scope` when an issued token lacks a scope the operation
   * needs (per the table's `scopes` / `scopeRule`). Off by default so simple tests need no scopes.
   */
  enforceScopes?: boolean;
  /** Make /authorize redirect with `error=access_denied`, as if the user clicked "Cancel". */
  denyAuthorization?: boolean;
  /** Faults active from the start. */
  faults?: readonly FaultRule[];
  /** `development` refuses non-`all` operations with 403 and drops Extended-Quota-only fields. */
  appMode?: "development" | "extended";
  /** Rolling-window rate limit on API routes; over it, 429 with `Retry-After` (whole seconds). */
  rateLimit?: { requests: number; windowMs: number };
  /** Clock (epoch ms) for token expiry and the rate-limit window; default `Date.now`. */
  now?: () => number;
  /** Operation table to serve; default: the SDK's generated table (all 97 operations). */
  operations?: Readonly<Record<string, MockOperation>>;
}

/** One logged request. Secrets are redacted. */
export interface MockRequestRecord {
  /** `api` for `/v1/...`, `accounts` for the accounts service. */
  service: "api" | "accounts";
  method: string;
  /** Path as requested, e.g. `/v1/albums/abc`. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names; `authorization` keeps only its scheme. */
  headers: Record<string, string>;
  /** Parsed JSON, form fields (client_secret redacted), raw text, or undefined. */
  body: unknown;
  /** Matched operation, `token` / `authorize` on the accounts service, undefined when unrouted. */
  operationId: string | undefined;
  /** Status sent; undefined while pending, for resets and for hangs. */
  status: number | undefined;
  /** Kind of the fault that shaped the answer, if any. */
  fault: FaultSpec["kind"] | undefined;
}

/** Options of {@link MockSpotify.issueToken}. */
export interface IssueTokenOptions {
  scope?: string;
  lifetimeSeconds?: number;
}

/** A running mock. Always `await mock.close()` (or use `await using`). */
export interface MockSpotify {
  /** API base, e.g. `http://127.0.0.1:PORT/v1`. */
  readonly baseUrl: string;
  /** Accounts base, e.g. `http://127.0.0.1:PORT/accounts` (`/authorize`, `/api/token`). */
  readonly accountsUrl: string;
  /** Every request received, in arrival order, including faulted ones. */
  readonly requests: readonly MockRequestRecord[];
  /** Adds a fault for `route` (operationId, `"METHOD /path"` or `"*"`); returns it for inspection. */
  fault(route: string, spec: FaultSpec & { times?: number }): ActiveFault;
  /** Removes every fault. */
  clearFaults(): void;
  /** Switches /authorize between granting and `error=access_denied`. */
  setDenyAuthorization(deny: boolean): void;
  /** Issues an access token directly, skipping the OAuth dance. */
  issueToken(options?: IssueTokenOptions): string;
  /** Clears the request log and rate-limit history and restores the creation-time faults. */
  reset(): void;
  /** Stops the server, drops every socket and ends hangs and delays. */
  close(): Promise<void>;
  [Symbol.asyncDispose](): Promise<void>;
}

/** A registered fault and how often it fired. */
export interface ActiveFault {
  readonly route: string;
  readonly spec: FaultSpec;
  /** Times it may still fire; `Infinity` for always. */
  readonly remaining: number;
  /** Times it fired. */
  readonly hits: number;
}
