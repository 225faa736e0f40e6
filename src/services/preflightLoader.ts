/**
 * Where the services get the preflight module (input checks, normalisation, batching). In
 * browsers and other bundler targets it is a chunk of its own, loaded with the first service
 * call; the Node build swaps this file for `preflightLoader.node.ts` (scripts/build.ts).
 */
import { onDemand } from "../core/onDemand.js";

export const loadPreflight = onDemand(() => import("./preflight.js"));
