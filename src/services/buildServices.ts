/**
 * Builds the service namespaces (`client.albums.get`, ...) from generated/serviceIndex.ts. No
 * method is written by hand: each is the same small function, which reads its arguments, finds
 * its operation's row in the table, hands both to the preflight module (checks, normalisation,
 * batches), sends, and wraps list operations in a PagePromise. A namespace is built when first
 * read; the table and the preflight module arrive with the first call, and after that calls are
 * prepared synchronously.
 */
import type { OperationId, OperationTable } from "../../generated/operations.js";
import {
  type ServiceMethodShape,
  serviceMethods,
  serviceNames,
} from "../../generated/serviceIndex.js";
import type { Services } from "../../generated/services.js";
import { loadOperationTable } from "../core/operationTableLoader.js";
import { PagePromise, type PageShape } from "../core/pagination.js";
import { ApiPromise, type DataWithResponse } from "../http/apiPromise.js";
import type { CallOptions } from "../http/operationTypes.js";
import type { OperationInputParts } from "./normalize.js";
import type * as Preflight from "./preflight.js";
import { loadPreflight } from "./preflightLoader.js";
import type { ServiceMethods } from "./types.js";

/** How the services reach the transport, and the settings that shape their calls. */
export interface ServiceContext {
  /** Sends one request for an operation (the client's `request`). */
  call(
    id: string,
    input: OperationInputParts,
    options: CallOptions | undefined,
  ): ApiPromise<unknown>;
  /** Checks a response body when response validation is on; rejects with SpotifyValidationError. */
  checkResponse?(id: string, method: string, response: Response, data: unknown): Promise<void>;
  /** Scopes the token was granted, when known and scope checks are on. */
  grantedScopes(): readonly string[] | undefined;
  /** Offset pages fetched at once while iterating. */
  pageConcurrency: number;
}

type Row = OperationTable[OperationId];

/** The typed namespaces. */
export type SpotifyServices = Services<ServiceMethods>;

/**
 * Gives `client` its namespaces (`client.albums`, ...) over `context`. Each is built when first
 * read, then kept as a plain property: a fresh process builds only the namespaces it uses.
 */
export function defineServices(client: object, context: ServiceContext): void {
  for (const service of serviceNames) {
    Object.defineProperty(client, service, {
      configurable: true,
      enumerable: true,
      get() {
        const namespace: Record<string, unknown> = {};
        for (const [name, shape] of serviceMethods(service)) {
          namespace[name] = createMethod(service, name, shape, context);
        }
        Object.defineProperty(client, service, { value: namespace, enumerable: true });
        return namespace;
      },
    });
  }
}

/** What a method needs before it can prepare a call: the checks and its operation's row. */
interface Prepared {
  checks: typeof Preflight;
  id: OperationId;
  row: Row;
}

function createMethod(
  service: string,
  name: string,
  shape: ServiceMethodShape,
  context: ServiceContext,
) {
  let prepared: Prepared | undefined;
  /** Resolves the method's row once both modules are in (synchronously after the first call). */
  const prepare = (checks: typeof Preflight, table: OperationTable): Prepared => {
    prepared ??= { checks, ...rowOf(table, service, name) };
    return prepared;
  };
  return (...args: unknown[]): ApiPromise<unknown> => {
    const [pathValue, params, options] = shape.pathParam
      ? [args[0], args[1], args[2] as CallOptions | undefined]
      : [undefined, args[0], args[1] as CallOptions | undefined];
    // Read when the method is called, not when the modules have loaded.
    const grantedScopes = context.grantedScopes();
    let input: OperationInputParts = {};
    const start = ({ checks, id, row }: Prepared): Promise<DataWithResponse<unknown>> => {
      const call = checks.prepareCall(id, row, pathValue, params, grantedScopes);
      input = call.input;
      const sendOne = (part: OperationInputParts) => send(id, row.method, part, options, context);
      if (call.batches === undefined) return sendOne(input);
      return checks.sendInBatches(
        row.method,
        input,
        call.batches,
        sendOne,
        context.pageConcurrency,
      );
    };
    const checks = loadPreflight.loaded();
    const table = loadOperationTable.loaded();
    let first: Promise<DataWithResponse<unknown>>;
    if (checks === undefined || table === undefined) {
      first = Promise.all([loadPreflight(), loadOperationTable()]).then(([loaded, rows]) =>
        start(prepare(loaded, rows)),
      );
    } else {
      try {
        first = start(prepare(checks, table));
      } catch (error) {
        first = Promise.reject(error);
      }
    }
    if (shape.pagination === undefined) return new ApiPromise(first);
    return new PagePromise<unknown, PageShape<unknown>>(first, {
      kind: shape.pagination,
      concurrency: context.pageConcurrency,
      signal: options?.signal,
      // Both run only after the first page arrived, so `prepared` and `input` are set by then.
      pageOf: (body) => {
        const pageKey = (prepared?.row as { pageKey?: string } | undefined)?.pageKey;
        return (pageKey ? (body as Record<string, unknown>)[pageKey] : body) as PageShape<unknown>;
      },
      fetchPage: (overrides, signal) =>
        send(
          (prepared as Prepared).id,
          (prepared as Prepared).row.method,
          { ...input, query: { ...input.query, ...overrides } },
          { ...options, signal },
          context,
        ),
    });
  };
}

const idsByMethod = new WeakMap<OperationTable, Map<string, OperationId>>();

/** The operation behind `client[service][name]`, from the table's service and name columns. */
function rowOf(
  table: OperationTable,
  service: string,
  name: string,
): { id: OperationId; row: Row } {
  let ids = idsByMethod.get(table);
  if (ids === undefined) {
    ids = new Map();
    for (const [id, row] of Object.entries(table) as Array<[OperationId, Row]>) {
      ids.set(`${row.service}.${row.name}`, id);
    }
    idsByMethod.set(table, ids);
  }
  const id = ids.get(`${service}.${name}`);
  if (id === undefined) throw new Error(`operation table has no ${service}.${name}`);
  return { id, row: table[id] };
}

function send(
  id: string,
  method: string,
  input: OperationInputParts,
  options: CallOptions | undefined,
  context: ServiceContext,
): Promise<DataWithResponse<unknown>> {
  const result = context.call(id, input, options).withResponse();
  const check = context.checkResponse;
  if (!check) return result;
  return result.then(async (outcome) => {
    await check(id, method, outcome.response, outcome.data);
    return outcome;
  });
}
