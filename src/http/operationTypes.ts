/**
 * Type-level glue between openapi-typescript's output and the SDK's call signatures, plus the
 * runtime shape of an operation-table row the transport reads. Kept free of imports from
 * `generated/` so the http layer can be tested against any table.
 */
import type { Availability } from "../errors.js";

/** The fields of a `generated/operations.ts` row that the http layer reads. */
export interface OperationRowLike {
  readonly method: string;
  readonly path: string;
  readonly idempotent: boolean;
  readonly availability: Availability | string;
  /** Who may call it, for tier-restricted operations (see OperationContext.note). */
  readonly availabilityNote?: string;
  readonly replacement?: string;
  /** `image`: the body is a base64 JPEG string sent as `image/jpeg`, not JSON. */
  readonly requestBody?: "none" | "json" | "image";
}

/** An operation table: operationId -> row. */
export type OperationTableLike = Readonly<Record<string, OperationRowLike>>;

/** The runtime shape of an operation's input (see {@link OperationInput} for the typed one). */
export interface OperationInputLike {
  path?: object | undefined;
  query?: object | undefined;
  body?: unknown;
}

/** Per-call options of every SDK method. */
export interface CallOptions {
  /** Aborts the call (including retry waits); it rejects with the signal's reason. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in ms for this call, overriding the client's `timeout`. */
  timeout?: number | undefined;
}

type ParamsOf<Op> = Op extends { parameters: infer P } ? P : Record<never, never>;

type BodyOf<Op> = Op extends { requestBody: { content: infer C } }
  ? { body: C[keyof C] }
  : Op extends { requestBody?: { content: infer C } }
    ? [C] extends [never]
      ? { body?: never }
      : { body?: C[keyof C] }
    : { body?: never };

/**
 * The input of `client.request(id, input)`: `path` and `query` exactly as the operation declares
 * them (required when any member is), and `body` when it takes one.
 *
 * @example client.request("getAlbum", { path: { id }, query: { market: "SE" } })
 */
export type OperationInput<Op> = Pick<ParamsOf<Op>, Extract<keyof ParamsOf<Op>, "path" | "query">> &
  BodyOf<Op>;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | "2XX";

type ResponsesOf<Op> = Op extends { responses: infer R } ? R : never;

type JsonContent<Response> = Response extends { content: infer C }
  ? C extends { "application/json": infer T }
    ? T
    : C[keyof C]
  : undefined;

/** The data a successful call resolves to: the 2xx JSON body, `undefined` for empty answers. */
export type OperationData<Op> = JsonContent<
  ResponsesOf<Op>[Extract<keyof ResponsesOf<Op>, SuccessStatus>]
>;

/** Whether every member of `T` is optional (then the input argument may be omitted). */
export type AllOptional<T> = Partial<T> extends T ? true : false;
