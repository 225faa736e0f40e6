/**
 * Compares two OpenAPI documents operation by operation. Operations are matched by METHOD and
 * path with parameter names erased, because our document and the reference name both
 * operationIds and path parameters differently. Pure: returns data; specDiff.ts prints it.
 */
import {
  byCodeUnit,
  type ContentHolder,
  contentSchema,
  deref,
  listOperations,
  type OpenApiDocument,
  type OperationEntry,
  type ParameterObject,
  type SchemaObject,
} from "./loadDocument.js";

/** What a change is about. */
export type ChangeKind =
  | "operation"
  | "parameter"
  | "requestField"
  | "responseField"
  | "deprecation";

/** `missing`: only the other document has it; `extra`: only ours (the base) has it. */
export type ChangeDirection = "missing" | "extra" | "changed";

/** One difference between the base document (ours) and the other one. */
export interface SpecChange {
  kind: ChangeKind;
  direction: ChangeDirection;
  /** `METHOD /path` as the base writes it (the other's spelling when the base lacks it). */
  operation: string;
  /** The parameter (`query limit`) or field path (`items[].track.id`), when not the operation. */
  subject?: string;
  /** `what: base -> other` for changes. */
  detail?: string;
}

/** Tuning for the field walk. */
export interface DiffOptions {
  /** How many property levels of request/response bodies to compare (default 6). */
  maxDepth?: number;
}

const PARAMETER_FACETS = [
  "type",
  "items",
  "required",
  "enum",
  "minimum",
  "maximum",
  "minItems",
  "maxItems",
  "minLength",
  "maxLength",
  "pattern",
  "default",
] as const;

/** The matching key of an operation: `GET /playlists/{}/items`. */
export function operationKey(method: string, path: string): string {
  return `${method.toUpperCase()} ${path.replace(/\{[^}]*\}/g, "{}")}`;
}

/** Lists every difference between `base` (ours) and `other`, in a stable order. */
export function diffDocuments(
  base: OpenApiDocument,
  other: OpenApiDocument,
  options: DiffOptions = {},
): SpecChange[] {
  const depth = options.maxDepth ?? 6;
  const ours = indexOperations(base);
  const theirs = indexOperations(other);
  const changes: SpecChange[] = [];
  const keys = [...new Set([...ours.keys(), ...theirs.keys()])].sort(byCodeUnit);
  for (const key of keys) {
    const a = ours.get(key);
    const b = theirs.get(key);
    const name = `${(a ?? b)?.method.toUpperCase()} ${(a ?? b)?.path}`;
    if (a === undefined || b === undefined) {
      changes.push({
        kind: "operation",
        direction: a === undefined ? "missing" : "extra",
        operation: name,
      });
      continue;
    }
    if ((a.operation.deprecated === true) !== (b.operation.deprecated === true)) {
      changes.push({
        kind: "deprecation",
        direction: "changed",
        operation: name,
        detail: `deprecated: ${a.operation.deprecated === true} -> ${b.operation.deprecated === true}`,
      });
    }
    changes.push(...diffParameters(name, [base, a], [other, b]));
    const requests = [
      fieldsOf(base, requestSchema(base, a), depth),
      fieldsOf(other, requestSchema(other, b), depth),
    ];
    changes.push(...diffFields(name, "requestField", requests[0], requests[1]));
    const responses = [
      fieldsOf(base, successSchemas(base, a), depth),
      fieldsOf(other, successSchemas(other, b), depth),
    ];
    changes.push(...diffFields(name, "responseField", responses[0], responses[1]));
  }
  return changes;
}

function indexOperations(doc: OpenApiDocument): Map<string, OperationEntry> {
  return new Map(
    listOperations(doc).map((entry) => [operationKey(entry.method, entry.path), entry]),
  );
}

/** Parameters keyed by location and name; path parameters by position, as names may differ. */
function parameterMap(entry: OperationEntry): Map<string, ParameterObject> {
  const order = [...entry.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  const map = new Map<string, ParameterObject>();
  for (const p of entry.parameters) {
    map.set(p.in === "path" ? `path #${order.indexOf(p.name) + 1}` : `${p.in} ${p.name}`, p);
  }
  return map;
}

function facets(doc: OpenApiDocument, p: ParameterObject): Record<string, string> {
  const schema = deref<SchemaObject>(doc, p.schema ?? {});
  const items = schema.items === undefined ? undefined : deref<SchemaObject>(doc, schema.items);
  const raw: Record<string, unknown> = {
    ...schema,
    required: p.required === true,
    items: items?.type,
    enum: (schema.enum ?? items?.enum)?.map(String).sort(byCodeUnit),
  };
  const out: Record<string, string> = {};
  for (const facet of PARAMETER_FACETS) {
    if (raw[facet] !== undefined) out[facet] = JSON.stringify(raw[facet]);
  }
  return out;
}

type Side = [OpenApiDocument, OperationEntry];

function diffParameters(name: string, [baseDoc, a]: Side, [otherDoc, b]: Side): SpecChange[] {
  const ours = parameterMap(a);
  const theirs = parameterMap(b);
  const changes: SpecChange[] = [];
  for (const key of [...new Set([...ours.keys(), ...theirs.keys()])].sort(byCodeUnit)) {
    const p = ours.get(key);
    const q = theirs.get(key);
    const subject = p?.in === "path" || q?.in === "path" ? `path {${p?.name ?? q?.name}}` : key;
    if (p === undefined || q === undefined) {
      changes.push({
        kind: "parameter",
        direction: p === undefined ? "missing" : "extra",
        operation: name,
        subject,
      });
      continue;
    }
    if (p.name !== q.name) {
      changes.push({
        kind: "parameter",
        direction: "changed",
        operation: name,
        subject,
        detail: `name: ${p.name} -> ${q.name}`,
      });
    }
    if ((p.deprecated === true) !== (q.deprecated === true)) {
      const detail = `deprecated: ${p.deprecated === true} -> ${q.deprecated === true}`;
      changes.push({ kind: "deprecation", direction: "changed", operation: name, subject, detail });
    }
    const fp = facets(baseDoc, p);
    const fq = facets(otherDoc, q);
    const differences = PARAMETER_FACETS.filter((facet) => fp[facet] !== fq[facet]).map(
      (facet) => `${facet}: ${fp[facet] ?? "(none)"} -> ${fq[facet] ?? "(none)"}`,
    );
    if (differences.length > 0) {
      const detail = differences.join("; ");
      changes.push({ kind: "parameter", direction: "changed", operation: name, subject, detail });
    }
  }
  return changes;
}

function requestSchema(doc: OpenApiDocument, entry: OperationEntry): SchemaObject[] {
  const body = entry.operation.requestBody;
  const schema =
    body === undefined ? undefined : contentSchema(deref<ContentHolder>(doc, body))?.schema;
  return schema === undefined ? [] : [schema];
}

function successSchemas(doc: OpenApiDocument, entry: OperationEntry): SchemaObject[] {
  const schemas: SchemaObject[] = [];
  for (const [status, response] of Object.entries(entry.operation.responses ?? {})) {
    if (!status.startsWith("2")) continue;
    const schema = contentSchema(deref<ContentHolder>(doc, response))?.schema;
    if (schema !== undefined) schemas.push(schema);
  }
  return schemas;
}

/**
 * Field paths (`items[].track.album.id`) reachable from the schemas, with their deprecation flag.
 * allOf members and oneOf/anyOf alternatives all contribute to the same path; a $ref already on
 * the current branch is not entered again, so recursive schemas terminate.
 */
export function fieldsOf(
  doc: OpenApiDocument,
  roots: SchemaObject[],
  maxDepth = 6,
): Map<string, boolean> {
  const fields = new Map<string, boolean>();
  const walk = (
    schema: SchemaObject | undefined,
    prefix: string,
    depth: number,
    refs: Set<string>,
  ): void => {
    if (schema === undefined || depth > maxDepth) return;
    if (typeof schema.$ref === "string") {
      if (refs.has(schema.$ref)) return;
      walk(deref<SchemaObject>(doc, schema), prefix, depth, new Set([...refs, schema.$ref]));
      return;
    }
    for (const member of [
      ...(schema.allOf ?? []),
      ...(schema.oneOf ?? []),
      ...(schema.anyOf ?? []),
    ]) {
      walk(member, prefix, depth, refs);
    }
    if (schema.items !== undefined) walk(schema.items, `${prefix}[]`, depth, refs);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const path = prefix === "" ? name : `${prefix}.${name}`;
      fields.set(path, (fields.get(path) ?? false) || property.deprecated === true);
      walk(property, path, depth + 1, refs);
    }
  };
  for (const root of roots) walk(root, "", 1, new Set());
  return fields;
}

function diffFields(
  name: string,
  kind: "requestField" | "responseField",
  ours: Map<string, boolean> | undefined,
  theirs: Map<string, boolean> | undefined,
): SpecChange[] {
  if (ours === undefined || theirs === undefined) return [];
  const changes: SpecChange[] = [];
  const onlyOurs = new Set([...ours.keys()].filter((path) => !theirs.has(path)));
  const onlyTheirs = new Set([...theirs.keys()].filter((path) => !ours.has(path)));
  for (const path of [...new Set([...ours.keys(), ...theirs.keys()])].sort(byCodeUnit)) {
    const a = ours.get(path);
    const b = theirs.get(path);
    if (a === undefined || b === undefined) {
      // Below a field that is itself missing, every nested field is too: report the top one.
      const side = a === undefined ? onlyTheirs : onlyOurs;
      if (hasAncestorIn(path, side)) continue;
      const nested = [...side].filter((p) => p.startsWith(`${path}.`) || p.startsWith(`${path}[]`));
      changes.push({
        kind,
        direction: a === undefined ? "missing" : "extra",
        operation: name,
        subject: path,
        ...(nested.length > 0 ? { detail: `+${nested.length} nested` } : {}),
      });
    } else if (a !== b) {
      const where = kind === "requestField" ? `request ${path}` : path;
      changes.push({
        kind: "deprecation",
        direction: "changed",
        operation: name,
        subject: where,
        detail: `deprecated: ${a} -> ${b}`,
      });
    }
  }
  return changes;
}

/** True when a shorter field path containing `path` (`a.b` for `a.b[].c`) is in `set`. */
function hasAncestorIn(path: string, set: ReadonlySet<string>): boolean {
  let current = path;
  while (current !== "") {
    current = current.endsWith("[]")
      ? current.slice(0, -2)
      : current.slice(0, Math.max(0, current.lastIndexOf(".")));
    if (set.has(current)) return true;
  }
  return false;
}
