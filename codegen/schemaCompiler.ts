/**
 * Compiles one OpenAPI 3.0 schema object into the source text of a valibot expression. This is
 * the heart of our own schema generator; emitSchemas.ts decides order, names and laziness.
 */
import { literal, propertyKey } from "./format.js";
import {
  deref,
  isObject,
  type OpenApiDocument,
  type SchemaObject,
  schemaRefName,
} from "./loadDocument.js";

/** What the compiler needs to know about the surrounding file. */
export interface CompileContext {
  doc: OpenApiDocument;
  /** The identifier of the exported const for a component schema. */
  constName(component: string): string;
  /** True when a reference to `component` from the code being emitted must be deferred. */
  isLazy(component: string): boolean;
  /** Components emitted as a bare `v.looseObject(...)`, so `v.variant` can read their entries. */
  plainObjects: ReadonlySet<string>;
}

/** An object schema with its allOf members merged: property order follows first appearance. */
export interface FlatObject {
  properties: Map<string, SchemaObject>;
  required: Set<string>;
}

/** Compiles a schema (or `$ref`) to a valibot expression, applying `nullable` last. */
export function compileSchema(schema: SchemaObject | undefined, ctx: CompileContext): string {
  if (schema === undefined) return "v.unknown()";
  const base = compileBase(schema, ctx);
  // An enum listing null is already nullable; wrapping it twice would only add noise.
  const wrapped = schema.nullable === true && !base.startsWith("v.nullable(");
  return wrapped ? `v.nullable(${base})` : base;
}

function compileBase(schema: SchemaObject, ctx: CompileContext): string {
  if (typeof schema.$ref === "string") return compileRef(schema.$ref, ctx);
  if (schema.allOf !== undefined) return compileAllOf(schema, ctx);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives !== undefined) return compileAlternatives(schema, alternatives, ctx);
  if (schema.enum !== undefined) return compileEnum(schema.enum);
  if (schema.type === "object" || schema.properties !== undefined)
    return compileObject(schema, ctx);
  switch (schema.type) {
    case "array":
      return withPipes(`v.array(${compileSchema(schema.items, ctx)})`, arrayChecks(schema));
    case "string":
      return withPipes("v.string()", stringChecks(schema));
    case "integer":
      return withPipes("v.number()", ['v.integer("must be an integer")', ...numberChecks(schema)]);
    case "number":
      return withPipes("v.number()", numberChecks(schema));
    case "boolean":
      return "v.boolean()";
    default:
      return "v.unknown()";
  }
}

function compileRef(ref: string, ctx: CompileContext): string {
  const component = schemaRefName(ref);
  // Refs into other sections (rare in schemas) are inlined; they cannot form cycles of consts.
  if (component === undefined)
    return compileSchema(deref<SchemaObject>(ctx.doc, { $ref: ref }), ctx);
  const name = ctx.constName(component);
  return ctx.isLazy(component) ? `v.lazy(() => ${name})` : name;
}

function compileAllOf(schema: SchemaObject, ctx: CompileContext): string {
  const members = schema.allOf ?? [];
  // `allOf: [$ref]` is how 3.0 documents attach a description to a reference: just the ref.
  if (members.length === 1 && schema.properties === undefined && members[0] !== undefined) {
    return compileSchema(members[0], ctx);
  }
  const flat = flattenObject(ctx.doc, { ...schema, nullable: false });
  if (flat !== null) return compileFlatObject(flat, ctx);
  return `v.intersect([${members.map((m) => compileSchema(m, ctx)).join(", ")}])`;
}

function compileAlternatives(
  schema: SchemaObject,
  alternatives: SchemaObject[],
  ctx: CompileContext,
): string {
  if (alternatives.length === 1 && alternatives[0] !== undefined) {
    return compileSchema(alternatives[0], ctx);
  }
  const options = alternatives.map((a) => compileSchema(a, ctx));
  const key = schema.discriminator?.propertyName;
  // v.variant reports the failing field of the matching branch instead of a bare "union
  // failed", but it can only look inside plain object consts that carry the key.
  if (key !== undefined && alternatives.every((a) => canBeVariantOption(a, key, ctx))) {
    return `v.variant(${literal(key)}, [${options.join(", ")}])`;
  }
  return `v.union([${options.join(", ")}])`;
}

function canBeVariantOption(schema: SchemaObject, key: string, ctx: CompileContext): boolean {
  const component = schemaRefName(schema.$ref);
  if (component === undefined || schema.nullable === true) return false;
  if (!ctx.plainObjects.has(component) || ctx.isLazy(component)) return false;
  const flat = flattenObject(ctx.doc, schema);
  return flat?.properties.has(key) === true;
}

function compileEnum(values: unknown[]): string {
  const present = values.filter((value) => value !== null);
  const nullable = present.length !== values.length;
  const simple = present.every((value) => typeof value === "string" || typeof value === "number");
  const base =
    present.length === 1
      ? `v.literal(${literal(present[0])})`
      : simple
        ? `v.picklist(${literal(present)})`
        : `v.union([${present.map((value) => `v.literal(${literal(value)})`).join(", ")}])`;
  return nullable ? `v.nullable(${base})` : base;
}

function compileObject(schema: SchemaObject, ctx: CompileContext): string {
  const extra = schema.additionalProperties;
  if (schema.properties === undefined && isObject(extra)) {
    return `v.record(v.string(), ${compileSchema(extra as SchemaObject, ctx)})`;
  }
  const flat = flattenObject(ctx.doc, schema);
  return flat === null ? "v.looseObject({})" : compileFlatObject(flat, ctx);
}

/** Emits a merged object; loose so that fields Spotify adds later survive parsing. */
function compileFlatObject(flat: FlatObject, ctx: CompileContext): string {
  const entries: string[] = [];
  for (const [name, property] of flat.properties) {
    const expression = compileSchema(property, ctx);
    const value = flat.required.has(name) ? expression : `v.optional(${expression})`;
    entries.push(`${propertyKey(name)}: ${value}`);
  }
  return `v.looseObject({ ${entries.join(", ")} })`;
}

/**
 * Merges an object schema and its allOf members into one property list, resolving refs; returns
 * null when something is not a plain object (a union, a primitive, a ref cycle), in which case
 * the caller falls back to v.intersect.
 */
export function flattenObject(
  doc: OpenApiDocument,
  schema: SchemaObject,
  seen: ReadonlySet<string> = new Set(),
): FlatObject | null {
  if (typeof schema.$ref === "string") {
    if (seen.has(schema.$ref)) return null;
    const target = deref<SchemaObject>(doc, { $ref: schema.$ref });
    return flattenObject(doc, target, new Set([...seen, schema.$ref]));
  }
  if (schema.oneOf !== undefined || schema.anyOf !== undefined || schema.nullable === true) {
    return null;
  }
  if (schema.type !== undefined && schema.type !== "object") return null;
  if (schema.properties === undefined && schema.allOf === undefined && schema.type !== "object") {
    return null;
  }
  const flat: FlatObject = { properties: new Map(), required: new Set() };
  for (const member of schema.allOf ?? []) {
    const part = flattenObject(doc, member, seen);
    if (part === null) return null;
    mergeInto(flat, part);
  }
  mergeInto(flat, {
    properties: new Map(Object.entries(schema.properties ?? {})),
    required: new Set(),
  });
  // `required` applies to properties declared here or in the allOf members; a name declared
  // nowhere is ignored, as openapi-typescript does, so the two generated views agree
  // (undeclaredRequired() reports such names).
  for (const name of schema.required ?? []) if (flat.properties.has(name)) flat.required.add(name);
  return flat;
}

function mergeInto(target: FlatObject, part: FlatObject): void {
  // A later member restating a property refines it (e.g. paging `items`), so the later wins.
  for (const [name, property] of part.properties) target.properties.set(name, property);
  for (const name of part.required) target.required.add(name);
}

function withPipes(base: string, checks: string[]): string {
  return checks.length === 0 ? base : `v.pipe(${base}, ${checks.join(", ")})`;
}

function numberChecks(schema: SchemaObject): string[] {
  const checks: string[] = [];
  if (schema.minimum !== undefined) {
    checks.push(
      schema.exclusiveMinimum === true
        ? `v.gtValue(${schema.minimum}, "must be greater than ${schema.minimum}")`
        : `v.minValue(${schema.minimum}, "must be at least ${schema.minimum}")`,
    );
  }
  if (schema.maximum !== undefined) {
    checks.push(
      schema.exclusiveMaximum === true
        ? `v.ltValue(${schema.maximum}, "must be less than ${schema.maximum}")`
        : `v.maxValue(${schema.maximum}, "must be at most ${schema.maximum}")`,
    );
  }
  return checks;
}

function stringChecks(schema: SchemaObject): string[] {
  const checks: string[] = [];
  if (schema.minLength !== undefined) {
    checks.push(
      `v.minLength(${schema.minLength}, "must be at least ${schema.minLength} characters")`,
    );
  }
  if (schema.maxLength !== undefined) {
    checks.push(
      `v.maxLength(${schema.maxLength}, "must be at most ${schema.maxLength} characters")`,
    );
  }
  if (schema.pattern !== undefined) {
    checks.push(
      `v.regex(${regexLiteral(schema.pattern)}, ${literal(patternMessage(schema.pattern))})`,
    );
  }
  return checks;
}

function arrayChecks(schema: SchemaObject): string[] {
  const checks: string[] = [];
  if (schema.minItems !== undefined) {
    checks.push(`v.minLength(${schema.minItems}, "must have at least ${schema.minItems} items")`);
  }
  if (schema.maxItems !== undefined) {
    checks.push(`v.maxLength(${schema.maxItems}, "must have at most ${schema.maxItems} items")`);
  }
  return checks;
}

/** A regex literal (not `new RegExp`) so bundlers still see the schema as side-effect free. */
function regexLiteral(pattern: string): string {
  const body = pattern.replace(/\\.|\//g, (match) => (match === "/" ? "\\/" : match));
  return `/${body.replaceAll("\n", "\\n")}/`;
}

/** Required names of component schemas that no property declares (a common spec slip). */
export function undeclaredRequired(doc: OpenApiDocument): string[] {
  const found: string[] = [];
  for (const [name, schema] of Object.entries(doc.components?.schemas ?? {})) {
    const flat = flattenObject(doc, schema);
    if (flat === null) continue;
    for (const key of schema.required ?? []) {
      if (!flat.properties.has(key)) found.push(`#/components/schemas/${name}: ${key}`);
    }
  }
  return found;
}

// The document's recurring patterns, said the way a user would understand them.
const PATTERN_MESSAGES: Readonly<Record<string, string>> = {
  "^[0-9A-Za-z]+$": "must be a Spotify ID (letters and digits only)",
  "^([A-Z]{2}|from_token)$": "must be a two-letter country code such as SE, or from_token",
  "^spotify:(track|episode):[0-9A-Za-z]+$": "must be a spotify:track: or spotify:episode: URI",
};

function patternMessage(pattern: string): string {
  return PATTERN_MESSAGES[pattern] ?? `must match ${pattern}`;
}
