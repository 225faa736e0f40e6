/**
 * Turns the operation table into a matcher from (method, path) to operation. Literal segments win
 * over parameters, so `/me/albums/contains` never matches a `{id}` template.
 */
import type { MockOperation, ScopeRule } from "./types.js";

/** One routable operation. */
export interface Route {
  operationId: string;
  method: string;
  /** Template as the table spells it, e.g. `/playlists/{playlist_id}/items`. */
  template: string;
  /** Template with parameter names dropped: the key of the handler table. */
  key: string;
  paramNames: readonly string[];
  availability: string;
  response: string | undefined;
  /** Scopes the operation needs (all of them). */
  scopes: readonly string[];
  /** Per-URI-type scopes, replacing `scopes` for the unified library endpoints. */
  scopeRule: ScopeRule | undefined;
  /** Cap on the operation's list input, from the table's `maxItems`. */
  maxItems: number | undefined;
  segments: readonly (string | null)[];
}

/** A matched request. */
export interface RouteMatch {
  route: Route;
  /** Decoded path parameters in template order. */
  params: readonly string[];
}

/** `GET /albums/{id}` -> `GET /albums/{}`. */
export function routeKey(method: string, template: string): string {
  return `${method.toUpperCase()} ${template.replace(/\{[^}]*\}/g, "{}")}`;
}

/** Compiles the table; routes with fewer parameters come first so literals win. */
export function compileRoutes(table: Readonly<Record<string, MockOperation>>): Route[] {
  const routes = Object.entries(table).map(([operationId, op]): Route => {
    const template = op.path.replace(/^\/v1(?=\/)/, "");
    const segments = template
      .split("/")
      .slice(1)
      .map((segment) => (/^\{.*\}$/.test(segment) ? null : segment));
    return {
      operationId,
      method: op.method.toUpperCase(),
      template,
      key: routeKey(op.method, template),
      paramNames: [...template.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? ""),
      availability: op.availability ?? "all",
      response: op.response,
      maxItems: op.maxItems?.max,
      scopes: op.scopes ?? [],
      scopeRule: op.scopeRule,
      segments,
    };
  });
  const paramCount = (r: Route) => r.segments.filter((s) => s === null).length;
  return routes.sort((a, b) => paramCount(a) - paramCount(b));
}

function matchSegments(route: Route, parts: readonly string[]): string[] | undefined {
  if (route.segments.length !== parts.length) return undefined;
  const params: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const expected = route.segments[i];
    const actual = parts[i] ?? "";
    if (expected === null) {
      if (actual === "") return undefined;
      params.push(decodeURIComponent(actual));
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}

/**
 * Finds the operation for `method path` (path below `/v1`). `methodNotAllowed` is true when the
 * path exists under another method, which Spotify answers with 405.
 */
export function matchRoute(
  routes: readonly Route[],
  method: string,
  path: string,
): { match: RouteMatch | undefined; methodNotAllowed: boolean } {
  const parts = path.replace(/\/+$/, "").split("/").slice(1);
  let pathKnown = false;
  for (const route of routes) {
    const params = matchSegments(route, parts);
    if (params === undefined) continue;
    if (route.method === method) return { match: { route, params }, methodNotAllowed: false };
    pathKnown = true;
  }
  return { match: undefined, methodNotAllowed: pathKnown };
}
