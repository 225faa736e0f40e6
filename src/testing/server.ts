/**
 * `createMockSpotify`: one node:http server on 127.0.0.1 serving the Web API under `/v1` and the
 * accounts service under `/accounts`.
 */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import * as accounts from "./accounts.js";
import { type ApiState, serveApi } from "./api.js";
import type { CollectionSizes } from "./builders/common.js";
import { answerCors } from "./cors.js";
import { FaultRegistry, splitRule } from "./faults.js";
import { handlers } from "./handlers/index.js";
import { defaultOperations } from "./operationTable.js";
import { RollingWindow } from "./rateLimit.js";
import { recordOf } from "./requestLog.js";
import { apiError, beforeReply, faultReply, Lifecycle, writeReply } from "./respond.js";
import { compileRoutes } from "./router.js";
import { TokenStore } from "./tokens.js";
import type { ActiveFault, MockRequestRecord, MockSpotify, MockSpotifyOptions } from "./types.js";

/** Sizes used when `sizes` leaves a family out: each spans a few default-sized pages. */
export const DEFAULT_SIZES: CollectionSizes = {
  playlistItems: 60,
  savedTracks: 45,
  savedAlbums: 25,
  savedShows: 12,
  savedEpisodes: 25,
  savedAudiobooks: 8,
  albumTracks: undefined,
  artistAlbums: 23,
  showEpisodes: 40,
  audiobookChapters: 30,
  userPlaylists: 27,
  followedArtists: 35,
  recentlyPlayed: 50,
  topArtists: 50,
  topTracks: 50,
  categories: 40,
  categoryPlaylists: 25,
  featuredPlaylists: 12,
  newReleases: 100,
  searchResults: 200,
};

/** Request bodies above this are refused; Spotify's own cap on cover images is 256 KB. */
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** The request body as text; undefined when it is over {@link MAX_BODY_BYTES}. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * Starts a mock Spotify on 127.0.0.1 (random port).
 *
 * @example
 * await using mock = await createMockSpotify({ seed: 7, acceptAnyToken: true });
 * const res = await fetch(`${mock.baseUrl}/albums/abc`, { headers: { authorization: "Bearer x" } });
 */
export async function createMockSpotify(options: MockSpotifyOptions = {}): Promise<MockSpotify> {
  const now = options.now ?? Date.now;
  const lifecycle = new Lifecycle();
  const faults = new FaultRegistry();
  const installFaults = () => {
    faults.clear();
    for (const rule of options.faults ?? []) {
      const { route, spec, times } = splitRule(rule);
      faults.add(route, spec, times);
    }
  };
  installFaults();
  const tokens = new TokenStore(now, options.tokenLifetimeSeconds ?? 3600);
  let denyAuthorization = options.denyAuthorization ?? false;
  const accountsConfig: accounts.AccountsConfig = {
    clientId: options.clientId ?? "mock-client-id",
    clientSecret: options.clientSecret ?? "mock-client-secret",
    redirectUris: options.redirectUris,
    denyAuthorization: () => denyAuthorization,
    rotateRefreshTokens: options.rotateRefreshTokens ?? true,
  };
  const rateLimit =
    options.rateLimit === undefined
      ? undefined
      : new RollingWindow(options.rateLimit.requests, options.rateLimit.windowMs, now);
  const requests: MockRequestRecord[] = [];
  let state: ApiState | undefined;

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) {
        req.socket.destroy();
        return;
      }
      writeReply(req, res, apiError(500, `Mock failure: ${String(error)}`));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (answerCors(req, res)) return;
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    const raw = await readBody(req);
    const record = recordOf(req, url, raw ?? "");
    requests.push(record);
    if (raw === undefined) {
      record.status = 413;
      writeReply(req, res, apiError(413, "Request entity too large"));
      return;
    }
    if (state === undefined) throw new Error("mock is not listening");
    if (url.pathname === "/v1" || url.pathname.startsWith("/v1/")) {
      const parsed = parseJson(req.headers["content-type"], raw);
      await serveApi(state, {
        req,
        res,
        url,
        path: url.pathname.slice(3) || "/",
        body: parsed.body,
        bodyError: parsed.error,
        record,
      });
      return;
    }
    await serveAccounts(req, res, url, raw, record);
  }

  async function serveAccounts(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    raw: string,
    record: MockRequestRecord,
  ): Promise<void> {
    record.service = "accounts";
    const path = url.pathname.replace(/^\/accounts(?=\/)/, "");
    const method = (req.method ?? "GET").toUpperCase();
    const operationId =
      method === "POST" && path === "/api/token"
        ? "token"
        : method === "GET" && path === "/authorize"
          ? "authorize"
          : undefined;
    record.operationId = operationId;
    const fault = faults.take({
      operationId,
      method,
      template: undefined,
      path,
      service: "accounts",
    });
    record.fault = fault?.kind;
    if (!(await beforeReply(fault, req, lifecycle))) return;
    const early = fault === undefined ? undefined : faultReply(fault);
    const reply =
      early ??
      (operationId === "token"
        ? plain(
            accounts.token(
              accountsConfig,
              tokens,
              req.headers["content-type"],
              req.headers.authorization,
              raw,
            ),
          )
        : operationId === "authorize"
          ? plain(accounts.authorize(accountsConfig, tokens, url.searchParams))
          : apiError(404, "Not found"));
    record.status = reply.status;
    writeReply(req, res, reply, early === undefined ? fault : undefined);
  }

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // Loopback only: the mock must never be reachable from another machine.
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const baseUrl = `${origin}/v1`;
  state = {
    baseUrl,
    seed: options.seed ?? 1,
    sizes: { ...DEFAULT_SIZES, ...options.sizes },
    collectionSize: options.collectionSize ?? {},
    fixtures: options.fixtures ?? {},
    routes: compileRoutes(options.operations ?? defaultOperations),
    handlers,
    faults,
    tokens,
    acceptAnyToken: options.acceptAnyToken ?? false,
    enforceScopes: options.enforceScopes ?? false,
    developmentMode: options.appMode === "development",
    latencyMs: options.latencyMs ?? 0,
    rateLimit,
    lifecycle,
  };

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      lifecycle.close();
      server.close(() => resolve());
      server.closeAllConnections();
    });
    return closing;
  };

  return {
    baseUrl,
    accountsUrl: `${origin}/accounts`,
    requests,
    fault: (route, spec): ActiveFault => {
      const { times, ...rest } = spec;
      return faults.add(route, rest as typeof spec, times);
    },
    clearFaults: () => faults.clear(),
    issueToken: (issue = {}) => tokens.issueAccess(issue.scope ?? "", issue.lifetimeSeconds).token,
    setDenyAuthorization: (deny: boolean) => {
      denyAuthorization = deny;
    },
    reset: () => {
      requests.length = 0;
      rateLimit?.reset();
      installFaults();
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}

function plain(response: accounts.PlainResponse) {
  return { status: response.status, headers: response.headers, text: response.body };
}

function parseJson(
  contentType: string | undefined,
  raw: string,
): { body: unknown; error: string | undefined } {
  if (raw === "") return { body: undefined, error: undefined };
  if (!contentType?.includes("json")) return { body: raw, error: undefined };
  try {
    return { body: JSON.parse(raw) as unknown, error: undefined };
  } catch {
    return { body: undefined, error: "Error parsing JSON." };
  }
}
