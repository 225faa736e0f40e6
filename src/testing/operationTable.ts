/** The operation table the mock serves by default: the SDK's generated one, scopes included. */
import { type OperationId, operationTable } from "../../generated/operations.js";
import { operationScopes } from "../../generated/operationScopes.js";
import type { MockOperation } from "./types.js";

/** Every operation of the curated document, keyed by operationId. */
export const defaultOperations: Readonly<Record<string, MockOperation>> = Object.fromEntries(
  (Object.keys(operationTable) as OperationId[]).map((id) => [
    id,
    { ...operationTable[id], ...operationScopes[id] },
  ]),
);
