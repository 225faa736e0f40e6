/**
 * Wires the request path of one client: auth middleware -> rate-limit gate -> transport (the retry
 * loop over single attempts) -> openapi-fetch requester. SpotifyClient calls this once; tests call it with their own table.
 */
import type { AuthProvider } from "../auth/types.js";
import type { OnDemand } from "../core/onDemand.js";
import type { LevelledLogger } from "../logger.js";
import { abortableDelay, type Sleep } from "./abortableDelay.js";
import { AuthMiddleware } from "./authMiddleware.js";
import type { OperationTableLike } from "./operationTypes.js";
import { RateLimitGate } from "./rateLimitGate.js";
import { Requester } from "./requester.js";
import { Transport } from "./transport.js";

/** What {@link createHttpStack} needs; values are already validated. */
export interface HttpStackOptions {
  provider: AuthProvider;
  /** The operation table, or its loader (the client's table loads with the first call). */
  table: OperationTableLike | OnDemand<OperationTableLike>;
  logger: LevelledLogger;
  baseUrl: string;
  fetch: typeof fetch;
  timeout: number;
  maxRetries: number;
  maxRetryAfter: number;
  random: () => number;
  sleep?: Sleep | undefined;
}

/** The parts of one client's request path. */
export interface HttpStack {
  auth: AuthMiddleware;
  transport: Transport;
  requester: Requester;
}

/** Builds the request path of one client. */
export function createHttpStack(options: HttpStackOptions): HttpStack {
  const sleep = options.sleep ?? abortableDelay;
  const auth = new AuthMiddleware(options.provider);
  const transport = new Transport({
    auth,
    gate: new RateLimitGate({ maxRetryAfter: options.maxRetryAfter, sleep }),
    logger: options.logger,
    fetch: options.fetch,
    timeout: options.timeout,
    maxRetries: options.maxRetries,
    maxRetryAfter: options.maxRetryAfter,
    random: options.random,
    sleep,
  });
  const requester = new Requester(transport, options.baseUrl, options.table);
  return { auth, transport, requester };
}
