/** The Node build's operation table loader: the table ships in the main file (see preflightLoader.node.ts). */
import { operationTable } from "../../generated/operations.js";
import { preloaded } from "./onDemand.js";

export const loadOperationTable = preloaded(operationTable);
