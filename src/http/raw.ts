/**
 * `client.raw`: any Web API route by method and path template, typed from the generated `paths`
 * when the route is known (octokit's `request("GET /repos/{owner}/{repo}")` idea), loosely typed
 * when it is not, and always through the same auth, retry and error mapping as the services.
 *
 * @example
 * const album = await client.raw.GET("/albums/{id}", { params: { path: { id: "4aawyAB9vmqN3uQ7FjRGTy" } } });
 * const { data, response } = await client.raw.GET("/me").withResponse();
 */
import type { ParamsOption, RequestBodyOption } from "openapi-fetch";
import type { ApiPromise } from "./apiPromise.js";
import type { CallOptions, OperationData } from "./operationTypes.js";
import type { PathCallInit, Requester } from "./requester.js";

/** Methods the Web API uses. */
export type RawMethodName = "GET" | "PUT" | "POST" | "DELETE";

/** Path templates of `Paths` that define `method` (lower-case, as openapi-typescript keys it). */
export type PathsWithMethod<Paths, Method extends string> = {
  [P in keyof Paths]: Paths[P] extends { [K in Method]: object } ? P : never;
}[keyof Paths] &
  string;

/** The init of a known route: `params` (required when it has required members), `body`, call options. */
export type RawInit<Op> = ParamsOption<Op> &
  RequestBodyOption<Op> &
  CallOptions & { headers?: Record<string, string> | undefined };

type InitArgs<Init> = Record<never, never> extends Init ? [init?: Init] : [init: Init];

type KnownOp<Paths, P, M extends string> = P extends keyof Paths
  ? Paths[P] extends { [K in M]: infer Op }
    ? Op
    : never
  : never;

/**
 * One HTTP method of `client.raw`. A known path types `init` and the data; any other string is
 * accepted with a loose init and resolves to `unknown`.
 */
export type RawMethod<Paths, M extends string> = <
  P extends PathsWithMethod<Paths, M> | (string & Record<never, never>),
>(
  path: P,
  ...init: P extends PathsWithMethod<Paths, M>
    ? InitArgs<RawInit<KnownOp<Paths, P, M>>>
    : [init?: PathCallInit]
) => ApiPromise<
  P extends PathsWithMethod<Paths, M> ? OperationData<KnownOp<Paths, P, M>> : unknown
>;

/** `client.raw`: `GET`, `PUT`, `POST` and `DELETE` by path template. */
export interface RawClient<Paths> {
  GET: RawMethod<Paths, "get">;
  PUT: RawMethod<Paths, "put">;
  POST: RawMethod<Paths, "post">;
  DELETE: RawMethod<Paths, "delete">;
}

/** Builds `client.raw` over a requester. */
export function createRawClient<Paths>(requester: Requester): RawClient<Paths> {
  const method =
    (name: RawMethodName) =>
    (path: string, init?: PathCallInit): ApiPromise<unknown> =>
      requester.path(name, path, init);
  return {
    GET: method("GET"),
    PUT: method("PUT"),
    POST: method("POST"),
    DELETE: method("DELETE"),
  } as unknown as RawClient<Paths>;
}
