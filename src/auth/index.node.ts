/**
 * `spotify-ts-sdk/auth` under Node: everything from the universal entry, with `AuthorizationCode`
 * replaced by the subclass whose `authorizeLocal()` works, plus the Node-only pieces.
 *
 * @example
 * import { AuthorizationCode, FileTokenCache } from "spotify-ts-sdk/auth";
 * const auth = new AuthorizationCode({ scope: ["user-read-private"], tokenCache: new FileTokenCache(".spotify-token.json") });
 * await auth.authorizeLocal();
 *
 * @module spotify-ts-sdk/auth
 */

// The explicit export below shadows the universal `AuthorizationCode` from this star export.
export * from "./index.js";
export { AuthorizationCode } from "./node/authorizationCodeNode.js";
export { authorizeLocal, DEFAULT_AUTHORIZE_TIMEOUT_MS } from "./node/authorizeLocal.js";
export { FileTokenCache, type FileTokenCacheOptions } from "./node/fileTokenCache.js";
