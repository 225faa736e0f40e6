/**
 * Call signatures of the service methods, derived from openapi-typescript's `operations` and the
 * operation table. A method takes the path parameter first (when the operation has one), then one
 * object holding the query parameters and JSON body fields under Spotify's own names, then the
 * per-call options.
 *
 * @example client.albums.getTracks("4aawyAB9vmqN3uQ7FjRGTy", { market: "SE", limit: 50 })
 */
import type { operations } from "../../generated/openapi.js";
import type { OperationId, operationTable } from "../../generated/operations.js";
import type { PagePromise, PageShape } from "../core/pagination.js";
import type { ApiPromise } from "../http/apiPromise.js";
import type { CallOptions, OperationData } from "../http/operationTypes.js";
import type { ParamOverrides } from "./rules.js";

type Row<Id extends OperationId> = (typeof operationTable)[Id];
type Op<Id extends OperationId> = operations[Id];
type Empty = Record<never, never>;

type ObjectOrEmpty<T> = [NonNullable<T>] extends [never]
  ? Empty
  : NonNullable<T> extends object
    ? NonNullable<T>
    : Empty;

type QueryOf<Id extends OperationId> = Op<Id>["parameters"] extends { query?: infer Q }
  ? ObjectOrEmpty<Q>
  : Empty;

type RequestBodyOf<Id extends OperationId> = NonNullable<Op<Id>["requestBody"]>;

type JsonBodyOf<Id extends OperationId> = [RequestBodyOf<Id>] extends [never]
  ? Empty
  : RequestBodyOf<Id> extends { content: { "application/json": infer B } }
    ? ObjectOrEmpty<B>
    : Empty;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The single object argument of a method: query parameters and JSON body fields together. */
export type MethodParams<Id extends OperationId> = Id extends keyof ParamOverrides
  ? ParamOverrides[Id]
  : Row<Id>["requestBody"] extends "image"
    ? string
    : Simplify<Omit<QueryOf<Id>, keyof JsonBodyOf<Id>> & JsonBodyOf<Id>>;

/** What a method resolves to: the 2xx JSON body, or `undefined` for empty answers. */
export type MethodData<Id extends OperationId> = OperationData<Op<Id>>;

/** The paging object of a list operation (nested under its page key when it has one). */
export type MethodPage<Id extends OperationId> =
  Row<Id> extends { pageKey: infer K extends string }
    ? K extends keyof NonNullable<MethodData<Id>>
      ? NonNullable<NonNullable<MethodData<Id>>[K]>
      : never
    : NonNullable<MethodData<Id>>;

/** The promise a method returns: pageable for list operations. */
export type MethodResult<Id extends OperationId> =
  Row<Id> extends { pagination: string }
    ? MethodPage<Id> extends PageShape<unknown>
      ? PagePromise<MethodData<Id>, MethodPage<Id>>
      : ApiPromise<MethodData<Id>>
    : ApiPromise<MethodData<Id>>;

type ParamsArgs<Id extends OperationId> =
  Partial<MethodParams<Id>> extends MethodParams<Id>
    ? [params?: MethodParams<Id>, options?: CallOptions]
    : [params: MethodParams<Id>, options?: CallOptions];

/** The full signature of the method for operation `Id`. */
export type ServiceMethod<Id extends OperationId> = Row<Id>["pathParams"] extends readonly [string]
  ? (id: string, ...rest: ParamsArgs<Id>) => MethodResult<Id>
  : (...rest: ParamsArgs<Id>) => MethodResult<Id>;

/** Method types keyed by operationId, for the generated service interfaces. */
export type ServiceMethods = { [Id in OperationId]: ServiceMethod<Id> };
