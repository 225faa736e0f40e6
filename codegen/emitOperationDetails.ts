/**
 * Emits `generated/operationDetails.ts`: the fields of each operation that only the lazily loaded
 * preflight module (input normalisation, scope checks, batching) and the mock server read. Kept
 * apart from the operation table so a client's first request does not load them. Same field
 * shapes as the table rows, same compact encoding, same exact type-only row types.
 */
import {
  DETAIL_KEYS,
  type OperationRow,
  pickColumns,
  rowColumns,
  rowTypeMembers,
} from "./emitOperations.js";
import { header } from "./format.js";
import { isObject } from "./loadDocument.js";
import {
  type Column,
  decoderSource,
  EncodingError,
  encodeRows,
  FIELD_SEPARATOR,
} from "./rowEncoding.js";

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
    throw new EncodingError(
      `operation ${id}, field scopeRule: expected { parameter, byType: { [type]: scope } }, got ${JSON.stringify(rule)}`,
    );
  }
}

/** The printed part of each row (what `operationDetails` holds), keyed by operationId. */
export function detailRows(
  rows: ReadonlyMap<string, OperationRow>,
): Map<string, Record<string, unknown>> {
  return pickColumns(rows, detailColumns(rows));
}

function detailColumns(rows: ReadonlyMap<string, OperationRow>): Column[] {
  return rowColumns(rows).filter((column) =>
    DETAIL_KEYS.includes(column.key as keyof OperationRow),
  );
}

/** Builds the text of generated/operationDetails.ts from the rows of emitOperations. */
export function emitOperationDetails(rows: ReadonlyMap<string, OperationRow>): string {
  for (const [id, row] of rows) checkScopeRule(id, row.scopeRule);
  const table = detailColumns(rows);
  const printed = pickColumns(rows, table);
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
    "/**",
    " * The details of every operation, read by the preflight module on a client's first service",
    ` * call. One line of text per operation (fields split at \`${FIELD_SEPARATOR}\`, in the order of`,
    " * {@link OperationDetailsTable}'s members), decoded once when the module loads.",
    " */",
    "export const operationDetails: OperationDetailsTable = /* @__PURE__ */ decodeOperationDetails(`",
    encodeRows(printed, table),
    "`);",
    "",
    decoderSource("decodeOperationDetails", "OperationDetailsTable", table),
  ].join("\n");
}
