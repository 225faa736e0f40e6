/**
 * spotify-ts-sdk: a typed client for the Spotify Web API.
 *
 * @example
 * import { SpotifyClient } from "spotify-ts-sdk";
 * await using client = SpotifyClient.fromClientCredentials({ clientId, clientSecret });
 * const album = await client.raw.GET("/albums/{id}", { params: { path: { id } } });
 *
 * @module spotify-ts-sdk
 */

// The namespaces' interfaces: one documented member per operation (route, scopes, tier).
export type * from "../generated/services.js";
export { ClientCredentials, type ClientCredentialsOptions } from "./auth/clientCredentials.js";
export { StaticToken } from "./auth/staticToken.js";
export type { AuthProvider, TokenInfo } from "./auth/types.js";
export { type RequestArgs, SpotifyClient } from "./client.js";
export {
  DEFAULT_BASE_URL,
  DEFAULT_TIMEOUT_MS,
  type SpotifyClientOptions,
} from "./clientOptions.js";
export {
  type ParsedSpotifyRef,
  parseSpotifyRef,
  type SpotifyObjectType,
  toSpotifyId,
  toSpotifyUri,
} from "./core/ids.js";
export { PagePromise, type PageShape, type PaginationKind } from "./core/pagination.js";
export * from "./errors.js";
export { ApiPromise, type DataWithResponse } from "./http/apiPromise.js";
export type { CallOptions, OperationData, OperationInput } from "./http/operationTypes.js";
export type { RawClient, RawInit, RawMethod } from "./http/raw.js";
export {
  DEFAULT_MAX_RETRIES,
  DEFAULT_MAX_RETRY_AFTER,
  type RetryOptions,
} from "./http/retryPolicy.js";
export { ENV_LOG_LEVEL, type Logger, type LogLevel } from "./logger.js";
export type { SpotifyServices } from "./services/buildServices.js";
export { DEFAULT_PAGE_CONCURRENCY, type ServiceOptions } from "./services/serviceContext.js";
export type {
  MethodData,
  MethodParams,
  ServiceMethod,
  ServiceMethods,
} from "./services/types.js";
