/**
 * Where PagePromise gets the page walker: a chunk loaded with the first iteration in browser
 * bundles. The Node build swaps this file for `pageWalkLoader.node.ts` (scripts/build.ts).
 */
import { onDemand } from "./onDemand.js";

export const loadPageWalk = onDemand(() => import("./pageWalk.js"));
