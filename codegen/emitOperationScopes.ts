/**
 * Emits `generated/operationScopes.ts`: the scopes each operation needs, kept apart from the
 * operation table because only the `checkScopes` option reads them, so clients without it need
 * not load them. Same field shapes as the table rows, same compact encoding.
 */
import { type OperationRow, SCOPE_KEYS } from "./emitOperations.js";
import { header } from "./format.js";
import { isObject } from "./loadDocument.js";
import { columns } from "./rowColumns.js";
import { decoderSource, EncodingError, encodeRows, FIELD_SEPARATOR } from "./rowEncoding.js";

const SCOPE_COLUMNS = [
  columns.list("scopes"),
  columns.optionalLists("scopeAlternatives"),
  columns.optionalJson("scopeRule"),
];

/** `x-spotify-scope-rule` must have the shape the emitted type promises. */
function checkScopeRule(id: string, rule: unknown): void {
  if (rule === undefined) return;
  const byType = isObject(rule) ? rule.byType : undefined;
  const valid =
    isObject(rule) &&
    Object.keys(rule).sort().join() === "byType,parameter" &&
    typeof rule.parameter === "string" &&
    isObject(byType) &&
    Object.values(byType).every((scope) => typeof scope === "string");
  if (!valid) {
    throw new EncodingError(
      `operation ${id}, field scopeRule: expected { parameter, byType: { [type]: scope } }, got ${JSON.stringify(rule)}`,
    );
  }
}

/** Builds the text of generated/operationScopes.ts from the rows of emitOperations. */
export function emitOperationScopes(rows: ReadonlyMap<string, OperationRow>): string {
  const scopeRows = new Map<string, Record<string, unknown>>();
  for (const [id, row] of rows) {
    checkScopeRule(id, row.scopeRule);
    const entries = SCOPE_KEYS.filter((key) => row[key] !== undefined).map((key) => [
      key,
      row[key],
    ]);
    scopeRows.set(id, Object.fromEntries(entries));
  }
  return [
    header("The scopes each operation of the Spotify Web API needs, keyed by operationId."),
    'import type { OperationId } from "./operations.js";',
    "",
    "/** What a token needs to call one operation. */",
    "export interface OperationScopes {",
    "  /** Scopes needed whichever security alternative applies (all of them are required). */",
    "  readonly scopes: readonly string[];",
    "  /** Present when the document lists several alternatives: a token must satisfy one of them. */",
    "  readonly scopeAlternatives?: readonly (readonly string[])[];",
    "  /** The scope each URI type in `parameter` needs; replaces `scopes` for those calls. */",
    "  readonly scopeRule?: {",
    "    readonly parameter: string;",
    "    readonly byType: Readonly<Record<string, string>>;",
    "  };",
    "}",
    "",
    "/** Scopes for every operation, keyed by operationId. */",
    "export type OperationScopeTable = { readonly [Id in OperationId]: OperationScopes };",
    "",
    "/**",
    " * The scopes of every operation, read only when `checkScopes` is on. One line per operation:",
    ` * operationId, scopes, alternatives (\`;\` between sets), scope rule (JSON), split at \`${FIELD_SEPARATOR}\`.`,
    " */",
    "export const operationScopes: OperationScopeTable = /* @__PURE__ */ decodeOperationScopes(`",
    encodeRows(scopeRows, SCOPE_COLUMNS),
    "`);",
    "",
    decoderSource("decodeOperationScopes", "OperationScopeTable", SCOPE_COLUMNS),
  ].join("\n");
}
