/** The operation table the mock serves by default: the SDK's generated one. */
import { operationTable } from "../../generated/operations.js";
import type { MockOperation } from "./types.js";

/** Every operation of the curated document, keyed by operationId. */
export const defaultOperations: Readonly<Record<string, MockOperation>> = operationTable;
