/**
 * Scope checks before sending (`checkScopes: true`): generated/operationDetails.ts says which
 * scopes an operation needs, the auth provider says which were granted.
 */
import { InsufficientScopeError } from "../errors.js";
import { parseSpotifyRef } from "./ids.js";

/** The scope facts of one operation, as generated/operationDetails.ts holds them. */
export interface ScopeRequirement {
  id: string;
  scopes: readonly string[];
  /** Several sets of which any one suffices (public or private playlist scopes). */
  scopeAlternatives?: ReadonlyArray<readonly string[]> | undefined;
  /** For `/me/library`: the scope depends on the type of each URI in `parameter`. */
  scopeRule?: { parameter: string; byType: Readonly<Record<string, string>> } | undefined;
}

/** The scopes `operation` needs for these query values, in a stable order. */
export function requiredScopes(
  operation: ScopeRequirement,
  query: Readonly<Record<string, unknown>> | undefined,
): string[] {
  const rule = operation.scopeRule;
  if (!rule) return [...operation.scopes];
  const raw = query?.[rule.parameter];
  const uris = Array.isArray(raw) ? raw : typeof raw === "string" ? raw.split(",") : [];
  const needed = new Set<string>();
  for (const uri of uris) {
    const type = typeof uri === "string" ? parseSpotifyRef(uri)?.type : undefined;
    const scope = type === undefined ? undefined : rule.byType[type];
    if (scope) needed.add(scope);
  }
  return [...needed].sort();
}

/**
 * Throws {@link InsufficientScopeError} when `granted` lacks a scope the call needs. Unknown
 * grants (`undefined`) pass: the check only runs when the provider knows its scopes.
 */
export function assertScopes(
  operation: ScopeRequirement,
  query: Readonly<Record<string, unknown>> | undefined,
  granted: readonly string[] | undefined,
): void {
  if (granted === undefined) return;
  const have = new Set(granted);
  const alternatives = operation.scopeAlternatives;
  if (alternatives && alternatives.length > 0 && !operation.scopeRule) {
    const gaps = alternatives.map((set) => set.filter((scope) => !have.has(scope)));
    if (gaps.some((gap) => gap.length === 0)) return;
    const smallest = gaps.reduce((a, b) => (b.length < a.length ? b : a));
    throw new InsufficientScopeError(
      `${operation.id} needs one of these scope sets, and the access token was granted none: ${alternatives.map((set) => set.join(" + ")).join(" or ")}`,
      { missingScopes: smallest },
    );
  }
  const missing = requiredScopes(operation, query).filter((scope) => !have.has(scope));
  if (missing.length === 0) return;
  throw new InsufficientScopeError(
    `${operation.id} needs the scope${missing.length > 1 ? "s" : ""} ${missing.join(", ")}, which the access token was not granted; request ${missing.length > 1 ? "them" : "it"} when authorizing`,
    { missingScopes: missing },
  );
}
