/**
 * The operation table the mock serves by default: the SDK's generated one, each row joined with
 * its details (scopes, list caps, response kind), which the SDK keeps in a separate module.
 */
import { operationDetails } from "../../generated/operationDetails.js";
import { type OperationId, operationTable } from "../../generated/operations.js";
import type { MockOperation } from "./types.js";

/** Every operation of the curated document, keyed by operationId. */
export const defaultOperations: Readonly<Record<string, MockOperation>> = Object.fromEntries(
  (Object.keys(operationTable) as OperationId[]).map((id) => [
    id,
    { ...operationTable[id], ...operationDetails[id] },
  ]),
);
