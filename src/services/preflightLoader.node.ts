/**
 * The Node build's preflight loader (scripts/build.ts puts it in place of preflightLoader.ts).
 * A Node process reads modules from disk, where each extra file costs more than the bytes it
 * holds, so the preflight code ships inside the main file and is ready before the first call.
 */
import { preloaded } from "../core/onDemand.js";
import * as preflight from "./preflight.js";

export const loadPreflight = preloaded(preflight);
