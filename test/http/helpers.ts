/**
 * Test harness for the request path: a real node:http server on 127.0.0.1 (port 0) and an
 * http stack built exactly as SpotifyClient builds it, over a small local operation table.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { StaticToken } from "../../src/auth/staticToken.js";
import type { AuthProvider } from "../../src/auth/types.js";
import type { Sleep } from "../../src/http/abortableDelay.js";
import type { OperationTableLike } from "../../src/http/operationTypes.js";
import { createHttpStack, type HttpStack, type HttpStackOptions } from "../../src/http/stack.js";
import { LevelledLogger, type Logger, type LogLevel } from "../../src/logger.js";

/** A request as the server saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

export type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  seen: SeenRequest,
  index: number,
) => void;

export interface TestServer {
  /** Base URL ending in `/v1`. */
  baseUrl: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

/** Starts a loopback server; `handler` answers the n-th request (0-based `index`). */
export async function startServer(handler: Handler): Promise<TestServer> {
  const seen: SeenRequest[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request: SeenRequest = {
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body: Buffer.concat(chunks).toString("utf8"),
      };
      seen.push(request);
      handler(req, res, request, seen.length - 1);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON answer. */
export function json(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

/** Spotify's error body shape. */
export function spotifyError(status: number, message: string, reason?: string): unknown {
  return { error: { status, message, ...(reason ? { reason } : {}) } };
}

/** The operations the http tests call. */
export const TEST_TABLE: OperationTableLike = {
  getAlbum: {
    method: "GET",
    path: "/albums/{id}",
    idempotent: true,
    availability: "all",
    requestBody: "none",
  },
  getSeveralAlbums: {
    method: "GET",
    path: "/albums",
    idempotent: true,
    availability: "extended",
    availabilityNote: "this operation is only open to apps with Extended Quota Mode",
    requestBody: "none",
  },
  getRecommendations: {
    method: "GET",
    path: "/recommendations",
    idempotent: true,
    availability: "legacy",
    availabilityNote: "this operation is only open to apps with extended access before 2024",
    requestBody: "none",
  },
  createPlaylist: {
    method: "POST",
    path: "/me/playlists",
    idempotent: false,
    availability: "all",
    requestBody: "json",
  },
  reorderItems: {
    method: "PUT",
    path: "/playlists/{playlist_id}/items",
    idempotent: false,
    availability: "all",
    requestBody: "json",
  },
  uploadCover: {
    method: "PUT",
    path: "/playlists/{playlist_id}/images",
    idempotent: true,
    availability: "all",
    requestBody: "image",
  },
};

/** A logger that records every line. */
export function recordingLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const record = (message: string) => {
    lines.push(message);
  };
  return { lines, error: record, warn: record, info: record, debug: record };
}

export interface StackOptions {
  baseUrl: string;
  /** Default: {@link TEST_TABLE}, loaded already. */
  table?: HttpStackOptions["table"];
  provider?: AuthProvider;
  timeout?: number;
  maxRetries?: number;
  maxRetryAfter?: number;
  random?: () => number;
  sleep?: Sleep;
  fetch?: typeof fetch;
  logger?: Logger;
  logLevel?: LogLevel;
}

/** The stack SpotifyClient would build; backoff is instant unless `random` says otherwise. */
export function makeStack(options: StackOptions): HttpStack {
  return createHttpStack({
    provider: options.provider ?? new StaticToken("test-token-123"),
    table: options.table ?? TEST_TABLE,
    logger: new LevelledLogger(options.logger ?? recordingLogger(), options.logLevel ?? "silent"),
    baseUrl: options.baseUrl,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    timeout: options.timeout ?? 5_000,
    maxRetries: options.maxRetries ?? 3,
    maxRetryAfter: options.maxRetryAfter ?? 60,
    random: options.random ?? (() => 0),
    sleep: options.sleep,
  });
}

/** A sleep that records the requested waits and returns at once. */
export function recordingSleep(): Sleep & { waits: number[] } {
  const waits: number[] = [];
  const sleep = (ms: number, signal?: AbortSignal) => {
    waits.push(ms);
    return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
  };
  return Object.assign(sleep, { waits });
}

/** Awaits a promise expected to reject and returns the reason. */
export async function rejectionOf(promise: PromiseLike<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected a rejection");
}
