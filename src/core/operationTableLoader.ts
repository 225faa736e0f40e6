/**
 * Where the client gets the operation table (routes, tiers, idempotency, pagination keys). In
 * browser bundles it is a chunk loaded with the first call, next to the input checks; the client
 * starts that load when it is constructed, so the first call rarely waits for it. The Node build
 * swaps this file for `operationTableLoader.node.ts` (scripts/build.ts).
 */
import { onDemand } from "./onDemand.js";

export const loadOperationTable = onDemand(() =>
  import("../../generated/operations.js").then((module) => module.operationTable),
);
