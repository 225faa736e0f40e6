/**
 * Turns SDK calls into openapi-fetch calls over the {@link Transport}: one openapi-fetch client
 * per SpotifyClient, one cached call context per operation, typed data out. The operation table
 * may still be loading (a lazy chunk in browser bundles); calls made before it arrives wait for it.
 */
import createClient, { createQuerySerializer } from "openapi-fetch";
import { type OnDemand, preloaded } from "../core/onDemand.js";
import {
  type OperationContext,
  SpotifyConfigurationError,
  SpotifyError,
  SpotifyValidationError,
} from "../errors.js";
import { ApiPromise, type DataWithResponse } from "./apiPromise.js";
import { MAX_TIMEOUT_MS } from "./attempt.js";
import { type CallContext, LightRequest, type ParsedResponse } from "./lightRequest.js";
import type {
  CallOptions,
  OperationInputLike,
  OperationRowLike,
  OperationTableLike,
} from "./operationTypes.js";
import { fillPathTemplate } from "./pathTemplate.js";
import type { Transport } from "./transport.js";

/** Options of a call made by path rather than by operationId. */
export interface PathCallInit extends CallOptions {
  params?: { path?: object | undefined; query?: object | undefined } | undefined;
  body?: unknown;
  /** Extra request headers (Authorization is always the SDK's). */
  headers?: Record<string, string> | undefined;
}

/** The subset of openapi-fetch's client the requester uses, typed loosely on purpose. */
interface LooseFetchClient {
  request(
    method: string,
    path: string,
    init: object,
  ): Promise<{
    data?: unknown;
    error?: unknown;
    response: ParsedResponse;
  }>;
}

// Spotify takes lists as one comma-joined value (`ids=a,b,c`); openapi-fetch would repeat the key.
// Built once here: a serializer *object* in the client options makes openapi-fetch build a new
// serializer function on every call.
const commaJoinedQuery = createQuerySerializer({ array: { style: "form", explode: false } });

// A base64 JPEG (playlist cover) goes out as-is; JSON.stringify would wrap it in quotes.
const passBodyThrough = (body: unknown): unknown => body;
const ACCEPT_JSON = { Accept: "application/json" };
const pathAlreadyFilled = (url: string): string => url;
const IMAGE_HEADERS = { "Content-Type": "image/jpeg" };

/** Sends calls, by operationId or by path, through one openapi-fetch client. */
export class Requester {
  readonly #fetchClient: LooseFetchClient;
  readonly #table: OnDemand<OperationTableLike>;
  /** `"GET /albums/{id}"` -> operationId; built on the first raw call. */
  #idByRoute: Map<string, string> | undefined;
  /** Call contexts of calls without a per-call timeout, one per operation. */
  readonly #contexts = new Map<string, CallContext>();

  constructor(
    transport: Transport,
    baseUrl: string,
    table: OperationTableLike | OnDemand<OperationTableLike>,
  ) {
    this.#table = typeof table === "function" ? table : preloaded(table);
    this.#fetchClient = createClient({
      baseUrl,
      // Both casts are the point of the design: openapi-fetch builds a LightRequest and hands it
      // to the transport, which returns a ParsedResponse (see lightRequest.ts).
      fetch: transport.send as unknown as typeof fetch,
      Request: LightRequest as unknown as typeof Request,
      querySerializer: commaJoinedQuery,
      // Path parameters are filled before openapi-fetch sees the path (see #send).
      pathSerializer: pathAlreadyFilled,
      headers: ACCEPT_JSON,
    }) as unknown as LooseFetchClient;
  }

  /** Calls the operation `id` of the table. Rejects with SpotifyConfigurationError for an unknown id. */
  operation<T>(
    id: string,
    input: OperationInputLike | undefined,
    options?: CallOptions,
  ): ApiPromise<T> {
    return this.#withTable((table) => {
      const row = table[id];
      if (row === undefined) {
        return rejected(
          new SpotifyConfigurationError(`Unknown operation "${id}"`, { option: "operationId" }),
        );
      }
      const context = this.#context(id, row, options?.timeout);
      return this.#send(
        row.method,
        row.path,
        input,
        input?.body,
        undefined,
        options?.signal,
        context,
        row,
      );
    });
  }

  /** Calls `METHOD path` directly; the table decides idempotency when it knows the route. */
  path<T>(method: string, path: string, init: PathCallInit | undefined): ApiPromise<T> {
    return this.#withTable((table) => {
      const id = this.#routeIndex(table).get(`${method} ${path}`);
      const row = id === undefined ? undefined : table[id];
      const timeout = init?.timeout;
      const context =
        id !== undefined && row !== undefined
          ? this.#context(id, row, timeout)
          : { operation: undefined, idempotent: method !== "POST", timeout };
      return this.#send(
        method,
        path,
        init?.params,
        init?.body,
        init?.headers,
        init?.signal,
        context,
        row,
      );
    });
  }

  /** Runs `call` with the table now if it has loaded, else once it has. */
  #withTable<T>(call: (table: OperationTableLike) => ApiPromise<T>): ApiPromise<T> {
    const table = this.#table.loaded();
    if (table !== undefined) return call(table);
    return new ApiPromise(this.#table().then((loaded) => call(loaded).withResponse()));
  }

  #send<T>(
    method: string,
    path: string,
    params: PathCallInit["params"],
    body: unknown,
    headers: Record<string, string> | undefined,
    signal: AbortSignal | undefined,
    context: CallContext,
    row: OperationRowLike | undefined,
  ): ApiPromise<T> {
    if (
      context.timeout !== undefined &&
      !(context.timeout > 0 && context.timeout <= MAX_TIMEOUT_MS)
    ) {
      return rejected(invalidTimeout(context.timeout));
    }
    const unsafe = dotOrEmptySegment(params?.path);
    if (unsafe !== undefined) return rejected(unsafe);
    const image = row?.requestBody === "image";
    // Filling the template here, keyed by the short template literal (its hash is cached), is
    // cheaper than openapi-fetch's regex over `baseUrl + path` on every call.
    const pathParams = params?.path as Record<string, unknown> | undefined;
    const filledPath = pathParams === undefined ? path : fillPathTemplate(path, pathParams);
    const result = this.#fetchClient.request(method, filledPath, {
      params,
      body,
      headers: image ? { ...IMAGE_HEADERS, ...headers } : headers,
      bodySerializer: image ? passBodyThrough : undefined,
      signal,
      // openapi-fetch then returns `response.body` untouched: the transport already parsed it.
      parseAs: "stream",
      spotify: context,
    });
    return new ApiPromise(result.then(unwrap as (r: unknown) => DataWithResponse<T>));
  }

  #context(id: string, row: OperationRowLike, timeout: number | undefined): CallContext {
    if (timeout !== undefined) {
      return {
        operation: operationContext(id, row),
        idempotent: row.idempotent,
        timeout,
      };
    }
    let context = this.#contexts.get(id);
    if (context === undefined) {
      context = {
        operation: operationContext(id, row),
        idempotent: row.idempotent,
        timeout: undefined,
      };
      this.#contexts.set(id, context);
    }
    return context;
  }

  #routeIndex(table: OperationTableLike): Map<string, string> {
    if (this.#idByRoute === undefined) {
      this.#idByRoute = new Map();
      for (const [id, row] of Object.entries(table))
        this.#idByRoute.set(`${row.method} ${row.path}`, id);
    }
    return this.#idByRoute;
  }
}

function operationContext(id: string, row: OperationRowLike): OperationContext {
  const availability =
    row.availability === "extended" || row.availability === "legacy" ? row.availability : "all";
  return { id, availability, note: row.availabilityNote, replacement: row.replacement };
}

function unwrap(result: {
  data?: unknown;
  error?: unknown;
  response: ParsedResponse;
}): DataWithResponse<unknown> {
  // The transport throws for every non-2xx answer, so openapi-fetch's `{ error }` branch would be
  // a bug in the SDK, not a Spotify failure.
  if (!result.response.ok) {
    throw new SpotifyError(
      `Unexpected ${result.response.status} answer reached the SDK's data path`,
      {
        status: result.response.status,
      },
    );
  }
  return { data: result.data, response: result.response.raw };
}

/**
 * A path parameter that is empty, `.` or `..` would not stay one segment: encodeURIComponent
 * leaves dots alone and URL parsing resolves dot segments (RFC 3986 section 5.2.4), so
 * `/albums/{id}/tracks` with id `..` would be sent as `/tracks`. Refused before sending.
 */
function dotOrEmptySegment(path: object | undefined): SpotifyValidationError | undefined {
  if (path === undefined) return undefined;
  for (const [name, value] of Object.entries(path)) {
    const text = String(value);
    if (text === "" || text === "." || text === "..") {
      const shown = text === "" ? "empty" : `"${text}"`;
      return new SpotifyValidationError(
        `path parameter ${name} must not be ${shown}: it would change the request's path`,
        { path: `path.${name}` },
      );
    }
  }
  return undefined;
}

function rejected<T>(error: Error): ApiPromise<T> {
  return new ApiPromise<T>(Promise.reject(error));
}

function invalidTimeout(timeout: number): SpotifyConfigurationError {
  return new SpotifyConfigurationError(
    `timeout must be a positive number of milliseconds up to ${MAX_TIMEOUT_MS}, got ${timeout}`,
    { option: "timeout" },
  );
}
