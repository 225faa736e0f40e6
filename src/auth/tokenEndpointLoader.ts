/**
 * Where ClientCredentials gets the token request code (retries, response checks with valibot).
 * For bundler targets it loads with the first token request, so `SpotifyClient`'s bundle
 * carries it only into apps that fetch app tokens; the Node build swaps this file for
 * `tokenEndpointLoader.node.ts` (scripts/build.ts).
 */
import { onDemand } from "../core/onDemand.js";

export const loadTokenEndpoint = onDemand(() => import("./tokenEndpoint.js"));
