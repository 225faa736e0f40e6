/**
 * Reads the curated OpenAPI document and offers the few structural helpers every emitter needs:
 * $ref resolution, the list of operations, and merged parameters. The document is kept as the
 * plain parsed YAML tree (typed loosely) so that emitters see exactly what the author wrote.
 */
import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** A parsed JSON/YAML value whose shape has not been checked yet. */
export type JsonObject = { [key: string]: unknown };

/** The subset of an OpenAPI 3.0 schema object the generators read. */
export interface SchemaObject {
  $ref?: string;
  type?: string;
  format?: string;
  description?: string;
  properties?: Record<string, SchemaObject>;
  required?: string[];
  additionalProperties?: boolean | SchemaObject;
  items?: SchemaObject;
  allOf?: SchemaObject[];
  oneOf?: SchemaObject[];
  anyOf?: SchemaObject[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  nullable?: boolean;
  deprecated?: boolean;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: boolean;
  exclusiveMaximum?: boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  [extension: `x-${string}`]: unknown;
}

/** An OpenAPI parameter object (after $ref resolution). */
export interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  deprecated?: boolean;
  style?: string;
  explode?: boolean;
  schema?: SchemaObject;
  description?: string;
}

/** An OpenAPI media type entry such as `content["application/json"]`. */
export interface MediaTypeObject {
  schema?: SchemaObject;
}

/** An OpenAPI response or request body (after $ref resolution). */
export interface ContentHolder {
  description?: string;
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}

/** An OpenAPI operation object, with the x- keys of openapi/EXTENSIONS.md left as unknown. */
export interface OperationObject {
  operationId?: string;
  tags?: string[];
  summary?: string;
  description?: string;
  deprecated?: boolean;
  parameters?: (ParameterObject | { $ref: string })[];
  requestBody?: ContentHolder | { $ref: string };
  responses?: Record<string, ContentHolder | { $ref: string }>;
  security?: Record<string, string[]>[];
  [extension: `x-${string}`]: unknown;
}

/** The parsed document: only the top-level members the generators walk are typed. */
export interface OpenApiDocument {
  openapi: string;
  info?: JsonObject;
  paths: Record<string, Record<string, unknown>>;
  components?: {
    schemas?: Record<string, SchemaObject>;
    parameters?: Record<string, ParameterObject>;
    responses?: Record<string, ContentHolder>;
    requestBodies?: Record<string, ContentHolder>;
    [key: string]: unknown;
  };
  [key: string]: unknown;
}

/** One operation of the document together with where it lives. */
export interface OperationEntry {
  /** Lower-case HTTP method, as written under the path item. */
  method: string;
  path: string;
  operationId: string;
  operation: OperationObject;
  /** Path-level and operation-level parameters merged (operation wins), $refs resolved. */
  parameters: ParameterObject[];
}

/** The HTTP methods OpenAPI allows under a path item, in a fixed order. */
export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** Parses YAML (or JSON) text into a document; throws when it is not an OpenAPI 3.x tree. */
export function parseDocument(text: string, source = "<memory>"): OpenApiDocument {
  const tree: unknown = parse(text);
  if (!isObject(tree) || typeof tree.openapi !== "string" || !isObject(tree.paths)) {
    throw new Error(`${source}: not an OpenAPI 3 document (missing openapi or paths)`);
  }
  return tree as unknown as OpenApiDocument;
}

/** Reads and parses a document from disk. */
export function loadDocument(file: string): OpenApiDocument {
  return parseDocument(readFileSync(file, "utf8"), file);
}

/** True for plain (non-array) objects. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Follows a local JSON pointer (`#/components/...`); throws on dangling references. */
export function resolvePointer(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith("#/")) throw new Error(`only local $refs are supported, got ${ref}`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (!isObject(node) || !(key in node)) throw new Error(`dangling $ref ${ref}`);
    node = node[key];
  }
  return node;
}

/** Resolves a node that may be a `$ref` (following chains) to the object it points at. */
export function deref<T>(doc: OpenApiDocument, node: T | { $ref: string }): T {
  let current: unknown = node;
  const seen = new Set<string>();
  while (isObject(current) && typeof current.$ref === "string") {
    if (seen.has(current.$ref)) throw new Error(`$ref loop at ${current.$ref}`);
    seen.add(current.$ref);
    current = resolvePointer(doc, current.$ref);
  }
  return current as T;
}

/** The component name of a `#/components/schemas/X` reference, or undefined for other refs. */
export function schemaRefName(ref: string | undefined): string | undefined {
  const prefix = "#/components/schemas/";
  return ref?.startsWith(prefix) ? ref.slice(prefix.length) : undefined;
}

/** Every operation in document order (path order, then method order). */
export function listOperations(doc: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    const shared = Array.isArray(item.parameters) ? item.parameters : [];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const op = operation as OperationObject;
      const merged = new Map<string, ParameterObject>();
      for (const p of [...shared, ...(op.parameters ?? [])]) {
        const param = deref<ParameterObject>(doc, p as ParameterObject);
        merged.set(`${param.in}:${param.name}`, param);
      }
      entries.push({
        method,
        path,
        operationId: op.operationId ?? `${method} ${path}`,
        operation: op,
        parameters: [...merged.values()],
      });
    }
  }
  return entries;
}

/** The schema of the JSON (or first) content entry of a response or request body, if any. */
export function contentSchema(holder: ContentHolder | undefined): {
  mediaType: string;
  schema: SchemaObject | undefined;
} | null {
  const content = holder?.content;
  if (!content) return null;
  const types = Object.keys(content);
  const mediaType = types.find((t) => t.includes("json")) ?? types[0];
  if (mediaType === undefined) return null;
  return { mediaType, schema: content[mediaType]?.schema };
}

/** Compares strings by code unit so output order never depends on the machine's locale. */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
