/**
 * `spotify-ts-sdk/auth`, universal entry (browsers, workers, edge runtimes and Node).
 *
 * Nothing here, directly or transitively, imports a `node:` module. Under Node the package
 * resolves `spotify-ts-sdk/auth` to `index.node.ts` instead, which adds `authorizeLocal` and
 * `FileTokenCache`.
 *
 * @example
 * import { ClientCredentials } from "spotify-ts-sdk/auth";
 * const auth = new ClientCredentials({ clientId, clientSecret });
 */

export {
  AuthenticationError,
  OAuthError,
  SpotifyConfigurationError,
  SpotifyValidationError,
} from "../errors.js";
export {
  AuthorizationCode,
  type AuthorizationCodeOptions,
  type AuthorizationRequest,
  type AuthorizationUrlOptions,
} from "./authorizationCode.js";
export type { AuthorizeLocalOptions } from "./authorizeLocalOptions.js";
export { ClientCredentials, type ClientCredentialsOptions } from "./clientCredentials.js";
export {
  ENV_CLIENT_ID,
  ENV_CLIENT_SECRET,
  ENV_REDIRECT_URI,
  type EnvSource,
} from "./env.js";
export type { AuthLogger } from "./logger.js";
export { createCodeChallenge, createCodeVerifier, createState } from "./pkce.js";
export {
  DEFAULT_ACCOUNTS_URL,
  DEFAULT_SKEW_SECONDS,
  type TokenProviderOptions,
} from "./providerOptions.js";
export { StaticToken } from "./staticToken.js";
export { MemoryTokenCache, type TokenCache } from "./tokenCache.js";
export type { TokenRetryOptions } from "./tokenEndpoint.js";
export type { AuthProvider, TokenInfo } from "./types.js";
