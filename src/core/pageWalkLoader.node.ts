/** The Node build's page walker loader: the walker ships in the main file (see preflightLoader.node.ts). */
import { preloaded } from "./onDemand.js";
import * as pageWalk from "./pageWalk.js";

export const loadPageWalk = preloaded(pageWalk);
