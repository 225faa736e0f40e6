/**
 * Everything a service call goes through before it is sent: the operation's own rule, ID and URI
 * normalisation, the scope check, validation against the generated input schema, and splitting
 * an over-long id list into batches (and sending those batches).
 *
 * buildServices.ts imports this module on the first call rather than with the client: it holds
 * valibot and the input schemas, which an app's first screen does not need, so a bundler can
 * split it out of the initial load. Once loaded, every call is prepared synchronously. For the
 * same reason the operation fields only these checks read (parameter lists, scopes, batching
 * limits) live in generated/operationDetails.ts rather than in the operation table.
 */
import * as v from "valibot";
import { hasInputSchema, inputSchemaOf } from "../../generated/inputSchemas.js";
import { type OperationDetails, operationDetailsOf } from "../../generated/operationDetails.js";
import type { OperationId, operationTable } from "../../generated/operations.js";
import {
  chunk,
  mergeChunkResults,
  runChunksConcurrently,
  runChunksInOrder,
} from "../core/batching.js";
import { describeIssues } from "../core/issuePath.js";
import { assertScopes, type ScopeRequirement } from "../core/scopes.js";
import { SpotifyValidationError } from "../errors.js";
import type { DataWithResponse } from "../http/apiPromise.js";
import { buildInput, type InputRow, type OperationInputParts } from "./normalize.js";
import { inputRules } from "./rules.js";

type Row = (typeof operationTable)[OperationId];

/** Where an operation's id list goes, and how many ids one request may carry. */
interface MaxItems {
  in: "query" | "body";
  name: string;
  max: number;
}

/** An over-long id list cut into the lists of one request each. */
export interface Batches {
  where: MaxItems;
  chunks: unknown[][];
}

/** What the checks read about one operation: its table row joined with its details. */
interface PreflightFacts {
  input: InputRow;
  scopes: ScopeRequirement;
  maxItems: MaxItems | undefined;
}

/** A checked input, split into batches when its list is longer than one request may carry. */
export interface PreparedCall {
  input: OperationInputParts;
  batches?: Batches | undefined;
}

/**
 * Turns a method's arguments into the operation's input and checks it, throwing
 * SpotifyValidationError or InsufficientScopeError; nothing may be sent when this throws.
 */
export function prepareCall(
  id: OperationId,
  row: Row,
  pathValue: unknown,
  params: unknown,
  grantedScopes: readonly string[] | undefined,
): PreparedCall {
  const rule = inputRules[id];
  const facts = factsOf(id, row);
  const input = buildInput(
    facts.input,
    pathValue,
    rule && isRecord(params) ? rule(params) : params,
  );
  assertScopes(facts.scopes, input.query ?? asRecord(input.body), grantedScopes);
  const where = facts.maxItems;
  const list = where ? listAt(input, where) : undefined;
  if (!where || !list || list.length <= where.max) {
    checkInput(id, input);
    return { input };
  }
  // The schemas cap each request's list, so a split call checks every batch before sending.
  const chunks = chunk(list, where.max);
  for (const items of chunks) checkInput(id, withList(input, where, items));
  return { input, batches: { where, chunks } };
}

/**
 * Sends a split call, one request per batch. Reads (GET) run concurrently and merge in input
 * order. Writes run one batch after another; adding at a position moves the position along so
 * the items land in the order given.
 */
export async function sendInBatches(
  method: string,
  input: OperationInputParts,
  { where, chunks }: Batches,
  send: (input: OperationInputParts) => Promise<DataWithResponse<unknown>>,
  concurrency: number,
): Promise<DataWithResponse<unknown>> {
  const position = asRecord(input.body)?.position ?? input.query?.position;
  const run = (items: unknown[], index: number) => {
    let part = withList(input, where, items);
    if (typeof position === "number") {
      const at = position + index * where.max;
      part = input.body
        ? { ...part, body: { ...asRecord(part.body), position: at } }
        : { ...part, query: { ...part.query, position: at } };
    }
    return send(part);
  };
  const results =
    method === "GET"
      ? await runChunksConcurrently(chunks, run, concurrency)
      : await runChunksInOrder(chunks, run);
  const last = results[results.length - 1] as DataWithResponse<unknown>;
  return { data: mergeChunkResults(results.map((r) => r.data)), response: last.response };
}

const preflightFacts = new Map<OperationId, PreflightFacts>();

// Joined once per operation: normalize.ts caches what it derives per InputRow object.
function factsOf(id: OperationId, row: Row): PreflightFacts {
  let facts = preflightFacts.get(id);
  if (facts === undefined) {
    const details: OperationDetails = operationDetailsOf(id);
    facts = {
      input: {
        path: row.path,
        pathParams: row.pathParams,
        requestBody: row.requestBody,
        queryParams: details.queryParams,
        listParams: details.listParams,
        bodyParams: details.bodyParams,
      },
      scopes: {
        id,
        scopes: details.scopes,
        scopeAlternatives: details.scopeAlternatives,
        scopeRule: details.scopeRule,
      },
      maxItems: details.maxItems,
    };
    preflightFacts.set(id, facts);
  }
  return facts;
}

function checkInput(id: OperationId, input: OperationInputParts): void {
  if (!hasInputSchema(id)) return;
  const result = v.safeParse(inputSchemaOf(id), input);
  if (result.success) return;
  const { path, message } = describeIssues(result.issues);
  throw new SpotifyValidationError(`${id}: ${path} ${message}`, { path });
}

function listAt(input: OperationInputParts, where: MaxItems): unknown[] | undefined {
  const holder = where.in === "query" ? input.query : asRecord(input.body);
  const value = holder?.[where.name];
  return Array.isArray(value) ? value : undefined;
}

function withList(
  input: OperationInputParts,
  where: MaxItems,
  list: unknown[],
): OperationInputParts {
  if (where.in === "query") return { ...input, query: { ...input.query, [where.name]: list } };
  return { ...input, body: { ...asRecord(input.body), [where.name]: list } };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}
