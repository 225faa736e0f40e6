/**
 * SpotifyClient's options: their defaults, their validation (before anything is sent) and the
 * choice of auth provider. Every failure is a {@link SpotifyConfigurationError} naming the option.
 */
import { ClientCredentials } from "./auth/clientCredentials.js";
import {
  defaultEnv,
  ENV_CLIENT_ID,
  ENV_CLIENT_SECRET,
  type EnvSource,
  optionOrEnv,
} from "./auth/env.js";
import { StaticToken } from "./auth/staticToken.js";
import type { AuthProvider } from "./auth/types.js";
import { SpotifyConfigurationError } from "./errors.js";
import type { Sleep } from "./http/abortableDelay.js";
import { MAX_TIMEOUT_MS } from "./http/attempt.js";
import {
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_AFTER,
  type RetryOptions,
} from "./http/retryPolicy.js";
import { isLogLevel, type Logger, type LogLevel } from "./logger.js";
import type { ServiceOptions } from "./services/serviceContext.js";

/** Default Web API base URL. */
export const DEFAULT_BASE_URL = "https://api.spotify.com/v1";
/** Default per-attempt timeout, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;
const MAX_RETRIES_LIMIT = 10;

/** Options of {@link SpotifyClient}. Give exactly one of `accessToken`, `clientId` + `clientSecret`, `authProvider`. */
export interface SpotifyClientOptions extends RetryOptions, ServiceOptions {
  /** A token obtained elsewhere; not renewable (a 401 becomes AuthenticationError). */
  accessToken?: string | undefined;
  /** App credentials for the client credentials grant (default: `SPOTIFY_SDK_CLIENT_ID`). */
  clientId?: string | undefined;
  /** Default: `SPOTIFY_SDK_CLIENT_SECRET`. */
  clientSecret?: string | undefined;
  /** Any token source: ClientCredentials, AuthorizationCode, PKCE or your own. */
  authProvider?: AuthProvider | undefined;
  /** Accounts service URL for the client-credentials provider. Default `https://accounts.spotify.com`. */
  accountsUrl?: string | undefined;
  /** Per-attempt timeout in ms. Default 30 000. */
  timeout?: number | undefined;
  /** Web API base URL. Default `https://api.spotify.com/v1`. */
  baseUrl?: string | undefined;
  /** `fetch` to send with (also used for token requests). Default: the global one. */
  fetch?: typeof fetch | undefined;
  /** Where log lines go. Default: `console`. */
  logger?: Logger | undefined;
  /** Default: `SPOTIFY_SDK_LOG`, else `warn`. */
  logLevel?: LogLevel | undefined;
  /** Environment to read `SPOTIFY_SDK_*` from. Default: `process.env` when it exists. */
  env?: EnvSource | undefined;
  /** Replaces real waiting (retry backoff, Retry-After); for tests. */
  sleep?: Sleep | undefined;
}

/** Options with defaults applied and values checked. */
export interface ResolvedClientOptions {
  timeout: number;
  maxRetries: number;
  maxRetryAfter: number;
  baseUrl: string;
  fetch: typeof fetch;
  random: () => number;
  env: EnvSource;
}

function fail(option: string, message: string): never {
  throw new SpotifyConfigurationError(`SpotifyClient option ${option}: ${message}`, { option });
}

function checkHttpUrl(option: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    fail(option, `"${value}" is not a valid URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    fail(option, `must be an http(s) URL, got "${value}"`);
  return value.endsWith("/") ? value.slice(0, -1) : value;
}

/** Applies defaults and validates every value option. */
export function resolveClientOptions(options: SpotifyClientOptions): ResolvedClientOptions {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT_MS;
  if (
    typeof timeout !== "number" ||
    !Number.isFinite(timeout) ||
    timeout <= 0 ||
    timeout > MAX_TIMEOUT_MS
  ) {
    fail(
      "timeout",
      `must be a positive number of milliseconds up to ${MAX_TIMEOUT_MS}, got ${String(timeout)}`,
    );
  }
  const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
  if (!Number.isInteger(maxRetries) || maxRetries < 0 || maxRetries > MAX_RETRIES_LIMIT) {
    fail(
      "maxRetries",
      `must be an integer from 0 to ${MAX_RETRIES_LIMIT}, got ${String(maxRetries)}`,
    );
  }
  const maxRetryAfter = options.maxRetryAfter ?? DEFAULT_MAX_RETRY_AFTER;
  if (typeof maxRetryAfter !== "number" || !Number.isFinite(maxRetryAfter) || maxRetryAfter < 0) {
    fail("maxRetryAfter", `must be a non-negative number of seconds, got ${String(maxRetryAfter)}`);
  }
  if (options.fetch !== undefined && typeof options.fetch !== "function")
    fail("fetch", "must be a function");
  if (options.random !== undefined && typeof options.random !== "function")
    fail("random", "must be a function");
  if (options.logLevel !== undefined && !isLogLevel(options.logLevel)) {
    fail(
      "logLevel",
      `must be one of silent, error, warn, info, debug; got ${String(options.logLevel)}`,
    );
  }
  const logger = options.logger;
  if (
    logger !== undefined &&
    !["error", "warn", "info", "debug"].every(
      (name) => typeof Reflect.get(logger, name) === "function",
    )
  ) {
    fail("logger", "must have error, warn, info and debug methods (console fits)");
  }
  if (options.accountsUrl !== undefined) checkHttpUrl("accountsUrl", options.accountsUrl);
  const userFetch = options.fetch;
  return {
    timeout,
    maxRetries,
    maxRetryAfter,
    baseUrl: checkHttpUrl("baseUrl", options.baseUrl ?? DEFAULT_BASE_URL),
    // A wrapper, because browsers throw "Illegal invocation" when fetch is called unbound.
    fetch: userFetch ?? ((input, init) => globalThis.fetch(input, init)),
    random: options.random ?? Math.random,
    env: options.env ?? defaultEnv(),
  };
}

/**
 * Picks the auth provider: exactly one of `accessToken`, `clientId` + `clientSecret`,
 * `authProvider`; with none, `SPOTIFY_SDK_CLIENT_ID` / `SPOTIFY_SDK_CLIENT_SECRET` from the
 * environment. Explicit options beat the environment.
 */
export function resolveAuthProvider(
  options: SpotifyClientOptions,
  resolved: ResolvedClientOptions,
): AuthProvider {
  const given: string[] = [];
  if (options.accessToken !== undefined) given.push("accessToken");
  if (options.clientId !== undefined || options.clientSecret !== undefined)
    given.push("clientId + clientSecret");
  if (options.authProvider !== undefined) given.push("authProvider");
  const choices = "accessToken, clientId + clientSecret, or authProvider";
  if (given.length > 1) {
    fail(given.join(", "), `give exactly one of ${choices}; got ${given.join(" and ")}`);
  }
  if (options.authProvider !== undefined) {
    if (typeof options.authProvider.getAccessToken !== "function") {
      fail("authProvider", "must have a getAccessToken() method");
    }
    return options.authProvider;
  }
  if (options.accessToken !== undefined) {
    if (typeof options.accessToken !== "string" || options.accessToken.trim() === "") {
      fail("accessToken", "must be a non-empty string");
    }
    return new StaticToken(options.accessToken);
  }
  return clientCredentialsProvider(options, resolved, given.length === 0);
}

/**
 * The client-credentials provider from `clientId` / `clientSecret`, each falling back to its
 * environment variable. `implicit`: no auth option was given at all (changes the message).
 */
export function clientCredentialsProvider(
  options: SpotifyClientOptions,
  resolved: ResolvedClientOptions,
  implicit = false,
): AuthProvider {
  const clientId = optionOrEnv(options.clientId, ENV_CLIENT_ID, resolved.env);
  const clientSecret = optionOrEnv(options.clientSecret, ENV_CLIENT_SECRET, resolved.env);
  if (clientId === undefined || clientSecret === undefined) {
    const hint = `set ${ENV_CLIENT_ID} and ${ENV_CLIENT_SECRET}`;
    if (implicit) {
      fail(
        "accessToken, clientId + clientSecret, authProvider",
        `give one of accessToken, clientId + clientSecret, or authProvider (or ${hint})`,
      );
    }
    const missing = clientId === undefined ? "clientId" : "clientSecret";
    fail(missing, `${missing} is missing (pass it or ${hint})`);
  }
  return new ClientCredentials({
    clientId,
    clientSecret,
    accountsUrl: options.accountsUrl,
    fetch: options.fetch,
    env: resolved.env,
    timeout: resolved.timeout,
    // Token requests follow the same retry policy (retryPolicy.ts) and limits as API calls.
    retry: {
      maxRetries: resolved.maxRetries,
      maxRetryAfter: resolved.maxRetryAfter,
      random: resolved.random,
      ...(options.sleep ? { sleep: (ms: number) => options.sleep?.(ms) ?? Promise.resolve() } : {}),
    },
  });
}
