/**
 * Emits `generated/operationDetails.ts`: the fields of each operation that only the lazily loaded
 * preflight module (input normalisation, scope checks, batching) and the mock server read. Kept
 * apart from the operation table so a client's first request does not load them. Same field
 * shapes as the table rows and the same exact type-only row types; the values ship as JSON text
 * (codegen/jsonTable.ts), which this table's lists and objects decode fastest from.
 */
import { detailRows, type OperationRow, rowTypeMembers } from "./emitOperations.js";
import { header } from "./format.js";
import { tableJsonText } from "./jsonTable.js";
import { isObject } from "./loadDocument.js";

/** Thrown for a value whose shape differs from the one the emitted `OperationDetails` promises. */
export class DetailShapeError extends Error {
  override name = "DetailShapeError";
}

/** `x-spotify-scope-rule` must have the shape the emitted `OperationDetails` promises. */
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
    throw new DetailShapeError(
      `operation ${id}, field scopeRule: expected { parameter, byType: { [type]: scope } }, got ${JSON.stringify(rule)}`,
    );
  }
}

/** `x-spotify-max-items` must have the shape the emitted `OperationDetails` promises. */
function checkMaxItems(id: string, limit: unknown): void {
  if (limit === undefined) return;
  const valid =
    isObject(limit) &&
    Object.keys(limit).sort().join() === "in,max,name" &&
    (limit.in === "query" || limit.in === "body") &&
    Number.isSafeInteger(limit.max) &&
    typeof limit.name === "string";
  if (!valid) {
    throw new DetailShapeError(
      `operation ${id}, field maxItems: expected { in: "query" | "body", max: integer, name }, got ${JSON.stringify(limit)}`,
    );
  }
}

/** Builds the text of generated/operationDetails.ts from the rows of emitOperations. */
export function emitOperationDetails(rows: ReadonlyMap<string, OperationRow>): string {
  for (const [id, row] of rows) {
    checkScopeRule(id, row.scopeRule);
    checkMaxItems(id, row.maxItems);
  }
  const printed = detailRows(rows);
  return [
    header(
      "What input checks and the mock server read about each operation, keyed by operationId.",
    ),
    "/**",
    " * The shape every row of {@link operationDetails} has; {@link OperationDetailsTable} has the",
    " * exact value of each.",
    " */",
    "export interface OperationDetails {",
    "  /** Scopes needed whichever security alternative applies (all of them are required). */",
    "  readonly scopes: readonly string[];",
    "  /** Present when the document lists several alternatives: a token must satisfy one of them. */",
    "  readonly scopeAlternatives?: readonly (readonly string[])[];",
    "  /** The scope each URI type in `parameter` needs; replaces `scopes` for those calls. */",
    "  readonly scopeRule?: {",
    "    readonly parameter: string;",
    "    readonly byType: Readonly<Record<string, string>>;",
    "  };",
    "  /** A list input Spotify caps per request (`x-spotify-max-items`); longer lists go in batches. */",
    '  readonly maxItems?: { readonly in: "query" | "body"; readonly max: number; readonly name: string };',
    "  /** What a success answers with: a JSON body, no body, or no body and 202 Accepted. */",
    '  readonly response: "json" | "empty" | "accepted";',
    "  /** The names of the query parameters. */",
    "  readonly queryParams: readonly string[];",
    "  /** Query parameters sent as one comma-joined value (`style: form, explode: false` arrays). */",
    "  readonly listParams: readonly string[];",
    "  /** JSON body fields; a name that is also an optional query parameter goes in the body. */",
    "  readonly bodyParams: readonly string[];",
    "}",
    "",
    "/**",
    " * The exact type of every row of {@link operationDetails}: literal values, readonly tuples,",
    " * optional fields only where present. Type-only, so the precision costs nothing in a bundle.",
    " */",
    "export type OperationDetailsTable = {",
    ...rowTypeMembers(printed),
    "};",
    "",
    "/** The details of every operation as JSON text, one line per operation (codegen/jsonTable.ts). */",
    `const OPERATION_DETAILS_TEXT = \`${tableJsonText(printed)}\`;`,
    "",
    "/** Every operation's details, parsed at load; bundles that use only operationDetailsOf drop it. */",
    "export const operationDetails: OperationDetailsTable = /* @__PURE__ */ JSON.parse(OPERATION_DETAILS_TEXT);",
    "",
    "const parsedDetails = /* @__PURE__ */ new Map<string, unknown>();",
    "",
    "/**",
    " * The details of one operation, parsing only its line of the text: the services' first call",
    " * reads one operation's details, and parsing all 97 cost ~0.3 ms of a fresh process's start.",
    " */",
    "/* @__NO_SIDE_EFFECTS__ */",
    "export function operationDetailsOf<Id extends keyof OperationDetailsTable>(",
    "  id: Id,",
    "): OperationDetailsTable[Id] {",
    "  let details = parsedDetails.get(id);",
    "  if (details === undefined) {",
    `    const key = \`\\n\${JSON.stringify(id)}:\`;`,
    "    const start = OPERATION_DETAILS_TEXT.indexOf(key);",
    `    if (start < 0) throw new Error(\`operationDetailsOf: no operation \${String(id)}\`);`,
    "    const from = start + key.length;",
    '    const line = OPERATION_DETAILS_TEXT.slice(from, OPERATION_DETAILS_TEXT.indexOf("\\n", from));',
    '    details = JSON.parse(line.endsWith(",") ? line.slice(0, -1) : line);',
    "    parsedDetails.set(id, details);",
    "  }",
    "  return details as OperationDetailsTable[Id];",
    "}",
    "",
  ].join("\n");
}
