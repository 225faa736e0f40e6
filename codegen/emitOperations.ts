/**
 * Emits `generated/operations.ts`: the operation table as plain data (octokit-style), read by the
 * hand-written layer instead of the document. Each row carries what src/ needs to build a call:
 * route, service and method name, scopes, availability tier, pagination and batching hints.
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
  return row;
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

/** Prints a value as a TypeScript literal with object keys in a stable order. */
function printValue(value: unknown, indent: string): string {
  if (Array.isArray(value)) return `[${value.map((item) => printValue(item, indent)).join(", ")}]`;
  if (isObject(value)) {
    const inner = `${indent}  `;
    const keys = Object.keys(value).sort(byCodeUnit);
    const body = keys.map(
      (key) => `${inner}${propertyKey(key)}: ${printValue(value[key], inner)},`,
    );
    return `{\n${body.join("\n")}\n${indent}}`;
  }
  return literal(value);
}

/** Row keys in reading order (the table is read by people as much as by code). */
const ROW_ORDER: (keyof OperationRow)[] = [
  "method",
  "path",
  "service",
  "name",
  "availability",
  "replacement",
  "scopes",
  "scopeAlternatives",
  "scopeRule",
  "pagination",
  "pageKey",
  "maxItems",
  "idempotent",
  "requestBody",
  "response",
  "pathParams",
  "queryParams",
  "listParams",
  "bodyParams",
];

/** Builds the text of generated/operations.ts; returns the rows too for counting. */
export function emitOperations(doc: OpenApiDocument): {
  source: string;
  rows: Map<string, OperationRow>;
} {
  const entries = listOperations(doc).sort((a, b) => byCodeUnit(a.operationId, b.operationId));
  const rows = new Map(entries.map((entry) => [entry.operationId, operationRow(doc, entry)]));
  const out: string[] = [
    header("The operation table of the Spotify Web API, keyed by operationId."),
  ];
  out.push('import type { operations } from "./openapi.js";', "");
  out.push("/** Every operation of the document as data; src/ turns rows into client methods. */");
  out.push("export const operationTable = {");
  for (const [id, row] of rows) {
    out.push(`  ${propertyKey(id)}: {`);
    for (const key of ROW_ORDER) {
      if (row[key] !== undefined) out.push(`    ${key}: ${printValue(row[key], "    ")},`);
    }
    out.push("  },");
  }
  out.push("} as const;", "");
  out.push(
    "/** The name of an operation (a key of the table). */",
    "export type OperationId = keyof typeof operationTable;",
    "",
    "/** The table row of an operation. */",
    "export type OperationSpec<Id extends OperationId = OperationId> = (typeof operationTable)[Id];",
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
  );
  return { source: out.join("\n"), rows };
}
