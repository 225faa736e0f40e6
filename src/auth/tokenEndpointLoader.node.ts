/** The Node build's token endpoint loader: the code ships in the main files (see preflightLoader.node.ts). */
import { preloaded } from "../core/onDemand.js";
import * as tokenEndpoint from "./tokenEndpoint.js";

export const loadTokenEndpoint = preloaded(tokenEndpoint);
