/**
 * Builds the service namespaces (`client.albums.get`, ...) from the operation table. No method is
 * written by hand: each is the same small function over its table row, which decides how its
 * arguments are read, whether it pages, and whether a long id list is split into batches.
 */
import * as v from "valibot";
import { type OperationId, operationTable } from "../../generated/operations.js";
import type { Services } from "../../generated/services.js";
import {
  chunk,
  mergeChunkResults,
  runChunksConcurrently,
  runChunksInOrder,
} from "../core/batching.js";
import { describeIssues } from "../core/issuePath.js";
import { PagePromise, type PageShape } from "../core/pagination.js";
import { assertScopes } from "../core/scopes.js";
import { SpotifyValidationError } from "../errors.js";
import { ApiPromise, type DataWithResponse } from "../http/apiPromise.js";
import type { CallOptions } from "../http/operationTypes.js";
import { buildInput, type InputRow, type OperationInputParts } from "./normalize.js";
import { inputRules } from "./rules.js";
import type { ServiceMethods } from "./types.js";

/** Input schemas by operationId. */
export type InputSchemaTable = Readonly<Record<string, v.GenericSchema | undefined>>;

/** How the services reach the transport, and the settings that shape their calls. */
export interface ServiceContext {
  /** Sends one request for an operation (the client's `request`). */
  call(
    id: string,
    input: OperationInputParts,
    options: CallOptions | undefined,
  ): ApiPromise<unknown>;
  /** The input schemas by operationId: a promise until they have loaded, then the table itself. */
  inputSchemas(): InputSchemaTable | Promise<InputSchemaTable>;
  /** Checks a response body when response validation is on; rejects with SpotifyValidationError. */
  checkResponse?(id: string, method: string, response: Response, data: unknown): Promise<void>;
  /** Scopes the token was granted, when known and scope checks are on. */
  grantedScopes(): readonly string[] | undefined;
  /** Offset pages fetched at once while iterating. */
  pageConcurrency: number;
}

type Row = (typeof operationTable)[OperationId];

interface MaxItems {
  in: "query" | "body";
  name: string;
  max: number;
}

/** The typed namespaces. */
export type SpotifyServices = Services<ServiceMethods>;

/** Builds every namespace over `context`. */
export function buildServices(context: ServiceContext): SpotifyServices {
  const services: Record<string, Record<string, unknown>> = {};
  for (const [id, row] of Object.entries(operationTable) as Array<[OperationId, Row]>) {
    const namespace = services[row.service] ?? {};
    namespace[row.name] = createMethod(id, row, context);
    services[row.service] = namespace;
  }
  return services as unknown as SpotifyServices;
}

function createMethod(id: OperationId, row: Row, context: ServiceContext) {
  const takesPathParam = row.pathParams.length > 0;
  const rule = inputRules[id];
  const scopeRequirement = { id, ...row };
  return (...args: unknown[]): ApiPromise<unknown> => {
    const [pathValue, params, options] = takesPathParam
      ? [args[0], args[1], args[2] as CallOptions | undefined]
      : [undefined, args[0], args[1] as CallOptions | undefined];
    let input: OperationInputParts;
    const maxItems = "maxItems" in row ? (row.maxItems as MaxItems) : undefined;
    let list: unknown[] | undefined;
    let checked: Promise<void> | undefined;
    try {
      const prepared = rule && isRecord(params) ? rule(params) : params;
      input = buildInput(row as InputRow, pathValue, prepared);
      list = maxItems ? listAt(input, maxItems) : undefined;
      assertScopes(scopeRequirement, input.query ?? asRecord(input.body), context.grantedScopes());
      // The schemas cap each request's list, so a split call checks every batch before sending.
      const parts =
        maxItems && list && list.length > maxItems.max
          ? chunk(list, maxItems.max).map((part) => withList(input, maxItems, part))
          : [input];
      checked = validateInputs(id, parts, context);
    } catch (error) {
      return new ApiPromise(Promise.reject(error));
    }
    const batched = maxItems && list && list.length > maxItems.max ? list : undefined;
    if (maxItems && batched) {
      const run = () => runBatched(id, row, input, maxItems, batched, options, context);
      return new ApiPromise(checked ? checked.then(run) : run());
    }
    const first = checked
      ? checked.then(() => send(id, input, options, context))
      : send(id, input, options, context);
    if (!("pagination" in row)) return new ApiPromise(first);
    const pageKey = "pageKey" in row ? (row.pageKey as string) : undefined;
    return new PagePromise<unknown, PageShape<unknown>>(first, {
      kind: row.pagination,
      concurrency: context.pageConcurrency,
      signal: options?.signal,
      pageOf: (body) =>
        (pageKey ? (body as Record<string, unknown>)[pageKey] : body) as PageShape<unknown>,
      fetchPage: (overrides, signal) =>
        send(
          id,
          { ...input, query: { ...input.query, ...overrides } },
          { ...options, signal },
          context,
        ),
    });
  };
}

function send(
  id: string,
  input: OperationInputParts,
  options: CallOptions | undefined,
  context: ServiceContext,
): Promise<DataWithResponse<unknown>> {
  const result = context.call(id, input, options).withResponse();
  const check = context.checkResponse;
  if (!check) return result;
  const method = operationTable[id as OperationId].method;
  return result.then(async (outcome) => {
    await check(id, method, outcome.response, outcome.data);
    return outcome;
  });
}

/**
 * Checks each input against the operation's schema. The schemas load on the first call, which
 * therefore waits for them (a promise); once loaded the check runs synchronously and throws.
 */
function validateInputs(
  id: string,
  inputs: readonly OperationInputParts[],
  context: ServiceContext,
): Promise<void> | undefined {
  const schemas = context.inputSchemas();
  if (schemas instanceof Promise) return schemas.then((loaded) => checkInputs(id, loaded, inputs));
  checkInputs(id, schemas, inputs);
  return undefined;
}

function checkInputs(
  id: string,
  schemas: InputSchemaTable,
  inputs: readonly OperationInputParts[],
) {
  const schema = schemas[id];
  if (!schema) return;
  for (const input of inputs) {
    const result = v.safeParse(schema, input);
    if (result.success) continue;
    const { path, message } = describeIssues(result.issues);
    throw new SpotifyValidationError(`${id}: ${path} ${message}`, { path });
  }
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

/**
 * Reads (GET) run concurrently and merge in input order. Writes run one chunk after another;
 * adding at a position moves the position along so the items land in the order given.
 */
async function runBatched(
  id: string,
  row: Row,
  input: OperationInputParts,
  maxItems: MaxItems,
  list: unknown[],
  options: CallOptions | undefined,
  context: ServiceContext,
): Promise<DataWithResponse<unknown>> {
  const chunks = chunk(list, maxItems.max);
  const position = asRecord(input.body)?.position ?? input.query?.position;
  const run = (items: unknown[], index: number) => {
    let chunkInput = withList(input, maxItems, items);
    if (typeof position === "number") {
      const at = position + index * maxItems.max;
      chunkInput = input.body
        ? { ...chunkInput, body: { ...asRecord(chunkInput.body), position: at } }
        : { ...chunkInput, query: { ...chunkInput.query, position: at } };
    }
    return send(id, chunkInput, options, context);
  };
  const results =
    row.method === "GET"
      ? await runChunksConcurrently(chunks, run, context.pageConcurrency)
      : await runChunksInOrder(chunks, run);
  const last = results[results.length - 1] as DataWithResponse<unknown>;
  return { data: mergeChunkResults(results.map((r) => r.data)), response: last.response };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return isRecord(value) ? value : undefined;
}
