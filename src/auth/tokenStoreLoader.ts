/**
 * Where ClientCredentials gets its token store: loaded with the first token request, like the
 * token endpoint (tokenEndpointLoader.ts), so `SpotifyClient`'s bundle carries neither into apps
 * that never fetch app tokens. The Node build swaps this file for `tokenStoreLoader.node.ts`.
 */
import { onDemand } from "../core/onDemand.js";

export const loadTokenStore = onDemand(() => import("./tokenStore.js"));
