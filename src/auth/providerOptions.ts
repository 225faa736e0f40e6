/** Options every token provider accepts, and how they turn into a token-endpoint config. */
import { SpotifyConfigurationError } from "../errors.js";
import type { EnvSource } from "./env.js";
import { defaultEnv } from "./env.js";
import type { MemoryTokenCache, TokenCache } from "./tokenCache.js";
import type { TokenEndpointConfig, TokenRetryOptions } from "./tokenEndpoint.js";

/** Default accounts service; token requests go to `/api/token`, sign-ins to `/authorize`. */
export const DEFAULT_ACCOUNTS_URL = "https://accounts.spotify.com";
/** Per-attempt timeout of a token request, in milliseconds. */
export const DEFAULT_TOKEN_TIMEOUT_MS = 30_000;
/** Default seconds before expiry at which a token is renewed. */
export const DEFAULT_SKEW_SECONDS = 30;

/** Options shared by {@link ClientCredentials} and {@link AuthorizationCode}. */
export interface TokenProviderOptions {
  /** Where tokens persist. Default: a {@link MemoryTokenCache}. */
  tokenCache?: TokenCache | undefined;
  /** Seconds before expiry at which the token is renewed. Default 30. */
  skewSeconds?: number | undefined;
  /** Accounts service base URL. Default `https://accounts.spotify.com`. */
  accountsUrl?: string | undefined;
  /** `fetch` to use for token requests. Default: the global one. */
  fetch?: typeof fetch | undefined;
  /** Environment to read `SPOTIFY_SDK_*` from. Default: `process.env` when it exists. */
  env?: EnvSource | undefined;
  /** Clock in epoch milliseconds. Default `Date.now`; inject one in tests instead of sleeping. */
  now?: (() => number) | undefined;
  /** Retries of token requests (429, 5xx, connection failures). */
  retry?: TokenRetryOptions | undefined;
  /** Per-attempt timeout of a token request, in milliseconds. Default 30 000. */
  timeout?: number | undefined;
}

/** Resolved shared options. */
export interface ResolvedProviderOptions {
  env: EnvSource;
  /** The caller's cache; without one the token store keeps tokens in memory. */
  cache: TokenCache | undefined;
  skewSeconds: number;
  now: () => number;
  endpoint: TokenEndpointConfig;
}

/** Fills in defaults for the shared options. */
export function resolveProviderOptions(options: TokenProviderOptions): ResolvedProviderOptions {
  const now = options.now ?? Date.now;
  // A wrapper, because browsers throw "Illegal invocation" when fetch is called unbound.
  const fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    env: options.env ?? defaultEnv(),
    cache: options.tokenCache,
    skewSeconds: options.skewSeconds ?? DEFAULT_SKEW_SECONDS,
    now,
    endpoint: {
      accountsUrl: options.accountsUrl ?? DEFAULT_ACCOUNTS_URL,
      fetch: fetchImpl,
      now,
      retry: options.retry ?? {},
      timeoutMs: options.timeout ?? DEFAULT_TOKEN_TIMEOUT_MS,
    },
  };
}

/** The error for a required option that is neither passed nor in the environment. */
export function missingOption(
  provider: string,
  option: string,
  envName: string | undefined,
): SpotifyConfigurationError {
  const fromEnv = envName ? ` or set ${envName}` : "";
  return new SpotifyConfigurationError(
    `${provider} needs a ${option}: pass { ${option} }${fromEnv}`,
    {
      option,
    },
  );
}

/** Splits OAuth's space-separated scope string. */
export function splitScopes(scope: string | undefined): readonly string[] | undefined {
  if (scope === undefined) return undefined;
  return scope.split(/\s+/).filter((name) => name !== "");
}
