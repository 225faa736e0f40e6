/**
 * Emits `generated/operations.ts`: the operation table as plain data (octokit-style), read by the
 * hand-written layer instead of the document. Each row carries what src/ needs to send a call:
 * route, service and method name, availability tier, idempotency, pagination hints. The fields
 * only input checks and the mock server read (scopes, parameter lists, batching limits, response
 * kind) go to generated/operationDetails.ts instead (emitOperationDetails.ts), off the core bundle.
 *
 * The rows ship as compact text (codegen/rowEncoding.ts) beside a type-only `OperationTable`
 * that keeps every value's literal type, so bundles pay for the data once, not for key names.
 */
import { header, literal, propertyKey } from "./format.js";
import {
  byCodeUnit,
  type ContentHolder,
  contentSchema,
  deref,
  isObject,
  listOperations,
  type OpenApiDocument,
  type OperationEntry,
  type SchemaObject,
} from "./loadDocument.js";
import { columns } from "./rowColumns.js";
import { type Column, decoderSource, encodeRows, FIELD_SEPARATOR } from "./rowEncoding.js";

/** One row of the table, before it is printed. Optional keys are omitted when absent. */
export interface OperationRow {
  method: string;
  path: string;
  service: string;
  name: string;
  summary: string;
  description: string;
  deprecated?: true;
  /** Scopes needed whichever security alternative applies (all of them are required). */
  scopes: string[];
  /** Present when the document lists several alternatives: a token must satisfy one of them. */
  scopeAlternatives?: string[][];
  scopeRule?: unknown;
  availability: string;
  /** For tiers other than `all`: who may call it, added to a 403 or 404 message. */
  availabilityNote?: string;
  replacement?: string;
  pagination?: string;
  pageKey?: string;
  maxItems?: unknown;
  idempotent: boolean;
  requestBody: "none" | "json" | "image";
  response: "json" | "empty" | "accepted";
  pathParams: string[];
  queryParams: string[];
  /** Query parameters sent as one comma-joined value (`style: form, explode: false` arrays). */
  listParams: string[];
  /**
   * JSON body fields. A name that is also an optional query parameter (`uris` when adding
   * playlist items) goes in the body, where Spotify takes longer lists; a required query
   * parameter stays in the query.
   */
  bodyParams: string[];
}

const IDEMPOTENT_METHODS = new Set(["get", "head", "options", "put", "delete"]);

/** Reads one operation into a table row (the x- keys follow openapi/EXTENSIONS.md). */
export function operationRow(doc: OpenApiDocument, entry: OperationEntry): OperationRow {
  const op = entry.operation;
  const security = op.security ?? (doc.security as Record<string, string[]>[] | undefined) ?? [];
  // Several security requirement objects are alternatives (OpenAPI: any one suffices), so only
  // the scopes common to all of them are always needed; the full sets go in scopeAlternatives.
  const alternatives = security.map((requirement) =>
    [...new Set(Object.values(requirement).flat())].sort(byCodeUnit),
  );
  const scopes = (alternatives[0] ?? []).filter((scope) =>
    alternatives.every((a) => a.includes(scope)),
  );
  const query = entry.parameters.filter((p) => p.in === "query");
  const row: OperationRow = {
    method: entry.method.toUpperCase(),
    path: entry.path,
    service: op.tags?.[0] ?? "default",
    name: typeof op["x-sdk-method"] === "string" ? op["x-sdk-method"] : entry.operationId,
    summary: oneLine(op.summary),
    description: oneLine(op.description),
    scopes,
    availability:
      typeof op["x-spotify-availability"] === "string" ? op["x-spotify-availability"] : "all",
    idempotent:
      typeof op["x-spotify-idempotent"] === "boolean"
        ? op["x-spotify-idempotent"]
        : IDEMPOTENT_METHODS.has(entry.method),
    requestBody: requestBodyKind(doc, entry),
    response: responseKind(doc, entry),
    pathParams: entry.parameters.filter((p) => p.in === "path").map((p) => p.name),
    queryParams: query.map((p) => p.name),
    listParams: query
      .filter((p) => p.schema?.type === "array" && p.explode === false)
      .map((p) => p.name),
    bodyParams: bodyFields(doc, entry).filter(
      (name) => !query.some((p) => p.name === name && p.required === true),
    ),
  };
  if (op.deprecated === true) row.deprecated = true;
  if (alternatives.length > 1) row.scopeAlternatives = alternatives;
  const optional: [keyof OperationRow, string][] = [
    ["scopeRule", "x-spotify-scope-rule"],
    ["replacement", "x-spotify-replacement"],
    ["pagination", "x-spotify-pagination"],
    ["pageKey", "x-spotify-page-key"],
    ["maxItems", "x-spotify-max-items"],
  ];
  for (const [key, extension] of optional) {
    const value = op[extension as `x-${string}`];
    if (value !== undefined) Object.assign(row, { [key]: value });
  }
  if (row.availability !== "all")
    row.availabilityNote = availabilityNote(doc, entry, row.availability);
  return row;
}

/** The document's note for `tier` (`info.x-spotify-availability-notes`); generation fails without one. */
function availabilityNote(doc: OpenApiDocument, entry: OperationEntry, tier: string): string {
  const notes = (doc.info as Record<string, unknown> | undefined)?.["x-spotify-availability-notes"];
  const note = isObject(notes) ? notes[tier] : undefined;
  if (typeof note !== "string" || note.trim() === "") {
    throw new Error(
      `${entry.operationId}: x-spotify-availability is "${tier}" but info.x-spotify-availability-notes has no text for it`,
    );
  }
  return oneLine(note);
}

function oneLine(text: string | undefined): string {
  return (text ?? "").trim().replace(/\s+/g, " ");
}

function bodyFields(doc: OpenApiDocument, entry: OperationEntry): string[] {
  if (entry.operation.requestBody === undefined) return [];
  const content = contentSchema(deref<ContentHolder>(doc, entry.operation.requestBody));
  if (!content?.schema || content.mediaType !== "application/json") return [];
  const schema = deref<SchemaObject>(doc, content.schema);
  return Object.keys(schema.properties ?? {});
}

function requestBodyKind(doc: OpenApiDocument, entry: OperationEntry): OperationRow["requestBody"] {
  if (entry.operation.requestBody === undefined) return "none";
  const content = contentSchema(deref<ContentHolder>(doc, entry.operation.requestBody));
  return content?.mediaType.startsWith("image/") ? "image" : "json";
}

function responseKind(doc: OpenApiDocument, entry: OperationEntry): OperationRow["response"] {
  const success = Object.entries(entry.operation.responses ?? {}).filter(([s]) =>
    s.startsWith("2"),
  );
  const withJson = success.some(([, r]) => contentSchema(deref<ContentHolder>(doc, r)) !== null);
  if (withJson) return "json";
  return success.length > 0 && success.every(([status]) => status === "202") ? "accepted" : "empty";
}

/** Row keys that generated/operationDetails.ts carries for the `checkScopes` option. */
const SCOPE_KEYS = ["scopes", "scopeAlternatives", "scopeRule"] as const;

/**
 * Row keys that only generated/operationDetails.ts carries, left out of `operationTable`, in
 * the order of its rows' keys. Only the lazily loaded preflight module (input normalisation,
 * scope checks, batching) and the mock server read them, so they stay out of the core bundle.
 */
export const DETAIL_KEYS: readonly (keyof OperationRow)[] = [
  ...SCOPE_KEYS,
  "maxItems",
  "response",
  "queryParams",
  "listParams",
  "bodyParams",
];

/** The distinct values of a string field over all rows, as the dictionary of an enum column. */
function distinct(rows: Iterable<OperationRow>, key: keyof OperationRow): string[] {
  const values = new Set<string>();
  for (const row of rows) {
    const value = row[key];
    if (typeof value === "string") values.add(value);
  }
  return [...values].sort(byCodeUnit);
}

/**
 * The fields `operationTable` carries, in the order of its rows' keys (and of their text):
 * required fields first, because the decoder builds each row as one object literal of those and
 * then adds the optional fields a row has.
 */
function tableColumns(rows: ReadonlyMap<string, OperationRow>): Column[] {
  const enumOf = (key: keyof OperationRow, optional = false) =>
    columns.enumeration(key, distinct(rows.values(), key), optional);
  return [
    columns.text("method"),
    columns.text("path"),
    columns.text("service"),
    columns.textOrId("name"),
    enumOf("availability"),
    columns.flag("idempotent"),
    enumOf("requestBody"),
    columns.pathTemplateParams("pathParams", "path"),
    columns.optionalText("availabilityNote"),
    columns.optionalText("replacement"),
    enumOf("pagination", true),
    columns.optionalText("pageKey"),
  ];
}

/** A value's exact type, as `as const` would infer it: literals, readonly tuples and objects. */
export function printConstType(value: unknown): string {
  if (Array.isArray(value)) return `readonly [${value.map(printConstType).join(", ")}]`;
  if (isObject(value)) {
    const members = Object.keys(value)
      .sort(byCodeUnit)
      .map((key) => `readonly ${propertyKey(key)}: ${printConstType(value[key])}`);
    return `{ ${members.join("; ")} }`;
  }
  return literal(value);
}

/** The fields of `keys` each row has (absent optional ones left out), keyed by operationId. */
function pickKeys(
  rows: ReadonlyMap<string, OperationRow>,
  keys: readonly (keyof OperationRow)[],
): Map<string, Record<string, unknown>> {
  const printed = new Map<string, Record<string, unknown>>();
  for (const [id, row] of rows) {
    const entries = keys.filter((key) => row[key] !== undefined).map((key) => [key, row[key]]);
    printed.set(id, Object.fromEntries(entries));
  }
  return printed;
}

/** The printed part of each row (what `operationTable` holds), keyed by operationId. */
export function tableRows(
  rows: ReadonlyMap<string, OperationRow>,
): Map<string, Record<string, unknown>> {
  return pickKeys(
    rows,
    tableColumns(rows).map((column) => column.key as keyof OperationRow),
  );
}

/** The printed part of each row that generated/operationDetails.ts holds, keyed by operationId. */
export function detailRows(
  rows: ReadonlyMap<string, OperationRow>,
): Map<string, Record<string, unknown>> {
  return pickKeys(rows, DETAIL_KEYS);
}

/** The members of a type-only table: one exact row type per operation, fields in text order. */
export function rowTypeMembers(printed: ReadonlyMap<string, Record<string, unknown>>): string[] {
  return [...printed].map(([id, row]) => {
    const members = Object.entries(row).map(
      ([key, value]) => `readonly ${key}: ${printConstType(value)};`,
    );
    return `  readonly ${propertyKey(id)}: { ${members.join(" ")} };`;
  });
}

/** Builds the rows of every operation, sorted by operationId. */
export function operationRows(doc: OpenApiDocument): Map<string, OperationRow> {
  const entries = listOperations(doc).sort((a, b) => byCodeUnit(a.operationId, b.operationId));
  return new Map(entries.map((entry) => [entry.operationId, operationRow(doc, entry)]));
}

/** Builds the text of generated/operations.ts; returns the rows too for counting. */
export function emitOperations(doc: OpenApiDocument): {
  source: string;
  rows: Map<string, OperationRow>;
} {
  const rows = operationRows(doc);
  const table = tableColumns(rows);
  const printed = tableRows(rows);
  const out: string[] = [
    header("The operation table of the Spotify Web API, keyed by operationId."),
  ];
  out.push('import type { operations } from "./openapi.js";', "");
  out.push(
    "/**",
    " * The exact type of every row of {@link operationTable}: literal values, readonly tuples.",
    " * Type-only, so the precision costs nothing in a bundle.",
    " */",
    "export type OperationTable = {",
    ...rowTypeMembers(printed),
    "};",
    "",
  );
  out.push(
    "/**",
    " * Every operation of the document as data; src/ turns rows into client methods. Shipped as",
    ` * one line of text per operation (fields ended by \`${FIELD_SEPARATOR}\`, in the order of`,
    " * {@link OperationTable}'s members), decoded once when the module loads.",
    " */",
    `export const operationTable: OperationTable = /* @__PURE__ */ decodeOperationTable(\`${encodeRows(printed, table)}\`);`,
    "",
  );
  out.push(
    "/** The name of an operation (a key of the table). */",
    "export type OperationId = keyof OperationTable;",
    "",
    "/** The table row of an operation. */",
    "export type OperationSpec<Id extends OperationId = OperationId> = OperationTable[Id];",
    "",
    "/** The path template of an operation, e.g. `/albums/{id}` for `getAlbum`. */",
    'export type OperationPath<Id extends OperationId> = OperationSpec<Id>["path"];',
    "",
    "/** The upper-case HTTP method of an operation. */",
    'export type OperationMethod<Id extends OperationId> = OperationSpec<Id>["method"];',
    "",
    "/** openapi-typescript's `operations[Id]` (parameters, requestBody, responses) per operation. */",
    "export type OperationTypes = { [Id in OperationId]: operations[Id] };",
    "",
    decoderSource("decodeOperationTable", "OperationTable", table),
  );
  return { source: out.join("\n"), rows };
}
