/** The Node build's token store loader: the store ships in the main files (see preflightLoader.node.ts). */
import { preloaded } from "../core/onDemand.js";
import * as tokenStore from "./tokenStore.js";

export const loadTokenStore = preloaded(tokenStore);
