/**
 * The Web API side of the mock: routing, faults, rate limit, token check, Development Mode and,
 * finally, the data handler or the user's fixture.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import type { BuildContext, CollectionSizes } from "./builders/common.js";
import { stripDevelopmentModeFields } from "./devMode.js";
import type { FaultRegistry } from "./faults.js";
import type { HandlerTable } from "./handlers/types.js";
import { MockApiError } from "./paging.js";
import type { RollingWindow } from "./rateLimit.js";
import {
  apiError,
  beforeReply,
  faultReply,
  type Lifecycle,
  type Reply,
  writeReply,
} from "./respond.js";
import { matchRoute, type Route, type RouteMatch } from "./router.js";
import { missingScopes } from "./scopes.js";
import type { TokenStore } from "./tokens.js";
import type { MockFixture, MockFixtureRequest, MockRequestRecord } from "./types.js";

/** Everything the API side shares across requests. */
export interface ApiState {
  baseUrl: string;
  seed: number;
  sizes: CollectionSizes;
  collectionSize: Readonly<Partial<Record<string, number>>>;
  fixtures: Readonly<Partial<Record<string, MockFixture>>>;
  routes: readonly Route[];
  handlers: HandlerTable;
  faults: FaultRegistry;
  tokens: TokenStore;
  acceptAnyToken: boolean;
  enforceScopes: boolean;
  developmentMode: boolean;
  latencyMs: number;
  rateLimit: RollingWindow | undefined;
  lifecycle: Lifecycle;
}

/** The request as the server read it. */
export interface ApiRequest {
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  /** Path below `/v1`. */
  path: string;
  body: unknown;
  /** Set when the body claimed to be JSON and was not. */
  bodyError: string | undefined;
  record: MockRequestRecord;
}

const TOKEN_MESSAGES = {
  missing: "No token provided",
  invalid: "Invalid access token",
  expired: "The access token expired",
} as const;

/** Answers one API request. */
export async function serveApi(state: ApiState, request: ApiRequest): Promise<void> {
  const { req, res, record } = request;
  const method = (req.method ?? "GET").toUpperCase();
  const { match, methodNotAllowed } = matchRoute(state.routes, method, request.path);
  record.operationId = match?.route.operationId;
  const fault = state.faults.take({
    operationId: match?.route.operationId,
    method,
    template: match?.route.template,
    path: request.path,
    service: "api",
  });
  record.fault = fault?.kind;
  if (!(await beforeReply(fault, req, state.lifecycle))) return;
  if (state.latencyMs > 0 && !(await state.lifecycle.sleep(state.latencyMs))) return;
  const early = fault === undefined ? undefined : faultReply(fault);
  const reply = early ?? answer(state, request, method, match, methodNotAllowed);
  record.status = reply.status;
  writeReply(req, res, reply, early === undefined ? fault : undefined);
  if (fault?.kind === "resetMidBody") record.status = undefined;
}

function answer(
  state: ApiState,
  request: ApiRequest,
  method: string,
  match: RouteMatch | undefined,
  methodNotAllowed: boolean,
): Reply {
  if (match === undefined) {
    return methodNotAllowed
      ? apiError(405, "Method not allowed")
      : apiError(404, "Service not found");
  }
  if (state.rateLimit !== undefined) {
    const verdict = state.rateLimit.admit();
    if (!verdict.ok) {
      return apiError(429, "API rate limit exceeded", undefined, {
        "retry-after": String(verdict.retryAfterSeconds),
      });
    }
  }
  const header = request.req.headers.authorization;
  if (!state.acceptAnyToken || !header?.startsWith("Bearer ")) {
    const token = header?.startsWith("Bearer ") ? header.slice(7).trim() : undefined;
    const verdict = state.tokens.inspect(token);
    if (!verdict.ok) return apiError(401, TOKEN_MESSAGES[verdict.problem]);
    if (
      state.enforceScopes &&
      missingScopes(match.route, verdict.scope, request.url.searchParams).length > 0
    ) {
      return apiError(403, "Insufficient client scope");
    }
  }
  if (state.developmentMode && match.route.availability !== "all") {
    return apiError(403, "Forbidden: this endpoint needs an app with Extended Quota Mode");
  }
  if (request.bodyError !== undefined) return apiError(400, request.bodyError);
  try {
    const reply = produce(state, request, method, match);
    if (state.developmentMode && reply.json !== undefined) {
      return { ...reply, json: stripDevelopmentModeFields(reply.json) };
    }
    return reply;
  } catch (error) {
    if (error instanceof MockApiError) return apiError(error.status, error.message, error.reason);
    throw error;
  }
}

/** Status of a bodiless success: player commands and follows say 204, library edits 200. */
function emptyStatus(route: Route): number {
  if (route.response === "accepted") return 202;
  return /^\/me\/(player|following)/.test(route.template) ? 204 : 200;
}

function produce(state: ApiState, request: ApiRequest, method: string, match: RouteMatch): Reply {
  const { route, params } = match;
  const okStatus = method === "POST" ? 201 : 200;
  if (Object.hasOwn(state.fixtures, route.operationId)) {
    const fixture = state.fixtures[route.operationId];
    const value = typeof fixture === "function" ? fixture(fixtureRequest(request, match)) : fixture;
    return value === undefined ? { status: 204 } : { status: okStatus, json: value };
  }
  const handler = state.handlers[route.key];
  if (route.response === "empty" || route.response === "accepted" || handler === undefined) {
    if (route.response === "json")
      return apiError(501, `The mock has no data for ${route.operationId}`);
    return { status: emptyStatus(route) };
  }
  const ctx = buildContext(state, request.url.searchParams, route.operationId);
  return {
    status: okStatus,
    json: handler({
      ctx,
      params,
      query: request.url.searchParams,
      body: request.body,
      operationId: route.operationId,
      maxItems: route.maxItems,
    }),
  };
}

function buildContext(state: ApiState, query: URLSearchParams, operationId: string): BuildContext {
  const market = query.get("market") ?? undefined;
  const override = state.collectionSize[operationId];
  // A per-operation size applies to whichever collection that operation pages over.
  const sizes =
    override === undefined
      ? state.sizes
      : (Object.fromEntries(
          Object.keys(state.sizes).map((k) => [k, override]),
        ) as unknown as CollectionSizes);
  return {
    seed: state.seed,
    baseUrl: state.baseUrl,
    // `from_token` means "the user's country", which is SE for the mock user.
    market: market === "from_token" ? "SE" : market,
    additionalTypes: (query.get("additional_types") ?? "").split(","),
    sizes,
  };
}

function fixtureRequest(request: ApiRequest, match: RouteMatch): MockFixtureRequest {
  const params: Record<string, string> = {};
  match.route.paramNames.forEach((name, i) => {
    params[name] = match.params[i] ?? "";
  });
  return {
    operationId: match.route.operationId,
    method: match.route.method,
    path: request.url.pathname,
    params,
    query: request.url.searchParams,
    body: request.body,
  };
}
