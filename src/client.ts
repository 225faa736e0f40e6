/**
 * `SpotifyClient`: the object users construct. It owns one transport (retry loop + rate-limit
 * gate), one auth middleware over the chosen provider, and one openapi-fetch client; services and
 * `client.raw` are thin views over {@link SpotifyClient.request}.
 */
import type { paths } from "../generated/openapi.js";
import type { OperationId, OperationTypes } from "../generated/operations.js";
import { inspectSummary, inspectSymbol } from "./auth/redaction.js";
import type { AuthProvider } from "./auth/types.js";
import {
  clientCredentialsProvider,
  resolveAuthProvider,
  resolveClientOptions,
  type SpotifyClientOptions,
} from "./clientOptions.js";
import { loadOperationTable } from "./core/operationTableLoader.js";
import type { ApiPromise } from "./http/apiPromise.js";
import type { AuthMiddleware } from "./http/authMiddleware.js";
import type {
  AllOptional,
  CallOptions,
  OperationData,
  OperationInput,
  OperationInputLike,
} from "./http/operationTypes.js";
import { createRawClient, type RawClient } from "./http/raw.js";
import type { Requester } from "./http/requester.js";
import { createHttpStack } from "./http/stack.js";
import type { Transport } from "./http/transport.js";
import { LevelledLogger, resolveLogLevel } from "./logger.js";
import { defineServices, type SpotifyServices } from "./services/buildServices.js";
import type { OperationInputParts } from "./services/normalize.js";
import { createServiceContext } from "./services/serviceContext.js";

/** Arguments of `client.request(id, ...)`: the input may be omitted when all of it is optional. */
export type RequestArgs<Id extends OperationId> =
  AllOptional<OperationInput<OperationTypes[Id]>> extends true
    ? [input?: OperationInput<OperationTypes[Id]>, options?: CallOptions]
    : [input: OperationInput<OperationTypes[Id]>, options?: CallOptions];

// The namespaces (`client.albums`, ...) are defined from generated/serviceIndex.ts at construction
// and built on first use; declaration merging gives them their generated, documented types.
export interface SpotifyClient extends SpotifyServices {}

/**
 * A client for the Spotify Web API.
 *
 * @example
 * await using client = new SpotifyClient({ clientId, clientSecret });
 * const album = await client.request("getAlbum", { path: { id: "4aawyAB9vmqN3uQ7FjRGTy" } });
 */
// biome-ignore lint/suspicious/noUnsafeDeclarationMerging: the constructor assigns every namespace.
export class SpotifyClient implements AsyncDisposable {
  /** Any route by method and path, typed from the document; resolves to the data. */
  readonly raw: RawClient<paths>;
  readonly #auth: AuthMiddleware;
  readonly #transport: Transport;
  readonly #requester: Requester;
  readonly #summary: Record<string, unknown>;
  #closing: Promise<void> | undefined;

  /**
   * @throws SpotifyConfigurationError when no auth option (or more than one) is given, or an
   * option value is invalid. Nothing is sent before validation passes.
   */
  constructor(options: SpotifyClientOptions = {}) {
    const resolved = resolveClientOptions(options);
    const provider = resolveAuthProvider(options, resolved);
    const logger = new LevelledLogger(
      options.logger ?? console,
      resolveLogLevel(options.logLevel, resolved.env),
    );
    // Every call needs the operation table; a browser bundle fetches its chunk now, not on the
    // first call. A failed load is retried by that call, which reports it.
    loadOperationTable().catch(() => {});
    const stack = createHttpStack({
      ...resolved,
      provider,
      table: loadOperationTable,
      logger,
      sleep: options.sleep,
    });
    this.#auth = stack.auth;
    this.#transport = stack.transport;
    this.#requester = stack.requester;
    this.raw = createRawClient<paths>(this.#requester);
    const requester = this.#requester;
    defineServices(
      this,
      createServiceContext(options, provider, (id, input: OperationInputParts, callOptions) =>
        requester.operation(id, input as OperationInputLike, callOptions),
      ),
    );
    this.#summary = {
      baseUrl: resolved.baseUrl,
      timeout: resolved.timeout,
      maxRetries: resolved.maxRetries,
      maxRetryAfter: resolved.maxRetryAfter,
      logLevel: logger.level,
      auth: provider.constructor.name,
    };
  }

  /**
   * A client authenticated as the app itself (client credentials grant). Missing credentials are
   * read from `SPOTIFY_SDK_CLIENT_ID` / `SPOTIFY_SDK_CLIENT_SECRET`.
   *
   * @example const client = SpotifyClient.fromClientCredentials({ clientId, clientSecret });
   */
  static fromClientCredentials(
    options: Omit<SpotifyClientOptions, "accessToken" | "authProvider"> = {},
  ): SpotifyClient {
    const authProvider = clientCredentialsProvider(options, resolveClientOptions(options));
    return new SpotifyClient({
      ...options,
      clientId: undefined,
      clientSecret: undefined,
      authProvider,
    });
  }

  /** The token source, e.g. for scope checks (`getGrantedScopes`). */
  get authProvider(): AuthProvider {
    return this.#auth.provider;
  }

  /**
   * Calls an operation of the table by operationId; what every service method is built on.
   * Resolves to the 2xx body (`undefined` for empty answers); `.withResponse()` adds the Response.
   *
   * @example client.request("getAlbum", { path: { id } }, { signal })
   */
  request<Id extends OperationId>(
    id: Id,
    ...args: RequestArgs<Id>
  ): ApiPromise<OperationData<OperationTypes[Id]>> {
    const [input, options] = args;
    return this.#requester.operation(id, input as OperationInputLike | undefined, options);
  }

  /** Refuses new requests and closes the auth provider. Idempotent. */
  close(): Promise<void> {
    if (this.#closing === undefined) {
      this.#transport.close();
      const provider = this.#auth.provider;
      this.#closing = Promise.resolve().then(() => provider.close?.());
    }
    return this.#closing;
  }

  /** `await using client = new SpotifyClient(...)` closes it at the end of the block. */
  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }

  /** Settings without secrets, so logging the client is safe. */
  toJSON(): Record<string, unknown> {
    return { ...this.#summary, closed: this.#closing !== undefined };
  }

  [inspectSymbol](
    _depth: number,
    options: unknown,
    inspect?: (v: unknown, o?: unknown) => string,
  ): string {
    return inspectSummary("SpotifyClient", this.toJSON(), options, inspect);
  }
}
