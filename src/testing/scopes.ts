/**
 * Which scopes a request lacks. Most operations name a fixed list; the unified library endpoints
 * (`/me/library`) need one scope per URI type they are given, which is why the table carries a
 * rule instead of a list for them.
 */
import type { Route } from "./router.js";

/** Scopes required by the request but absent from `granted` (space-separated, OAuth style). */
export function missingScopes(route: Route, granted: string, query: URLSearchParams): string[] {
  const have = new Set(granted.split(" ").filter(Boolean));
  let needed: readonly string[] = route.scopes;
  if (route.scopeRule !== undefined) {
    const rule = route.scopeRule;
    const uris = (query.get(rule.parameter) ?? "").split(",").filter(Boolean);
    // spotify:<type>:<id>; an unknown type needs nothing here and fails validation elsewhere.
    needed = uris.flatMap((uri) => {
      const scope = rule.byType[uri.split(":")[1] ?? ""];
      return scope === undefined ? [] : [scope];
    });
  }
  return [...new Set(needed)].filter((scope) => !have.has(scope));
}
