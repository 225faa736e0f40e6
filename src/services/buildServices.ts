/**
 * Builds the service namespaces (`client.albums.get`, ...) from the operation table. No method is
 * written by hand: each is the same small function over its table row, which reads its
 * arguments, hands them to the preflight module (checks, normalisation, batches), sends, and
 * wraps list operations in a PagePromise.
 */
import { type OperationId, operationTable } from "../../generated/operations.js";
import type { Services } from "../../generated/services.js";
import { PagePromise, type PageShape } from "../core/pagination.js";
import { ApiPromise, type DataWithResponse } from "../http/apiPromise.js";
import type { CallOptions } from "../http/operationTypes.js";
import type { OperationInputParts } from "./normalize.js";
import type * as Preflight from "./preflight.js";
// The first call waits for the preflight module; once loaded, calls are checked synchronously.
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

type Row = (typeof operationTable)[OperationId];

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
  return (...args: unknown[]): ApiPromise<unknown> => {
    const [pathValue, params, options] = takesPathParam
      ? [args[0], args[1], args[2] as CallOptions | undefined]
      : [undefined, args[0], args[1] as CallOptions | undefined];
    // Read when the method is called, not when the preflight module has loaded.
    const grantedScopes = context.grantedScopes();
    let input: OperationInputParts = {};
    const start = (checks: typeof Preflight): Promise<DataWithResponse<unknown>> => {
      const call = checks.prepareCall(id, row, pathValue, params, grantedScopes);
      input = call.input;
      const sendOne = (part: OperationInputParts) => send(id, part, options, context);
      if (call.batches === undefined) return sendOne(input);
      return checks.sendInBatches(
        row.method,
        input,
        call.batches,
        sendOne,
        context.pageConcurrency,
      );
    };
    const loaded = loadPreflight.loaded();
    let first: Promise<DataWithResponse<unknown>>;
    if (loaded === undefined) {
      first = loadPreflight().then(start);
    } else {
      try {
        first = start(loaded);
      } catch (error) {
        first = Promise.reject(error);
      }
    }
    if (!("pagination" in row)) return new ApiPromise(first);
    const pageKey = "pageKey" in row ? (row.pageKey as string) : undefined;
    return new PagePromise<unknown, PageShape<unknown>>(first, {
      kind: row.pagination,
      concurrency: context.pageConcurrency,
      signal: options?.signal,
      pageOf: (body) =>
        (pageKey ? (body as Record<string, unknown>)[pageKey] : body) as PageShape<unknown>,
      // Runs only after the first page arrived, so `input` is the prepared one by then.
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
