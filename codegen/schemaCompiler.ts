/**
 * Compiles one OpenAPI 3.0 schema object into a valibot expression (a tree, see
 * valibotExpression.ts) or its source text. This is the heart of our own schema generator;
 * emitSchemas.ts decides order, names and laziness.
 */
import {
  deref,
  isObject,
  type OpenApiDocument,
  type SchemaObject,
  schemaRefName,
} from "./loadDocument.js";
import {
  call,
  entries,
  expressionSource,
  isCall,
  list,
  type PlainValue,
  type ValibotExpression,
  value,
} from "./valibotExpression.js";

/** What the compiler needs to know about the surrounding file. */
export interface CompileContext {
  doc: OpenApiDocument;
  /** The identifier of the exported const for a component schema (used by compileSchema). */
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

/** Compiles a schema (or `$ref`) to the source text of a valibot expression. */
export function compileSchema(schema: SchemaObject | undefined, ctx: CompileContext): string {
  return expressionSource(schemaExpression(schema, ctx), ctx.constName);
}

/** Compiles a schema (or `$ref`) to a valibot expression, applying `nullable` last. */
export function schemaExpression(
  schema: SchemaObject | undefined,
  ctx: CompileContext,
): ValibotExpression {
  if (schema === undefined) return call("unknown");
  const base = compileBase(schema, ctx);
  // An enum listing null is already nullable; wrapping it twice would only add noise.
  const wrapped = schema.nullable === true && !isCall(base, "nullable");
  return wrapped ? call("nullable", base) : base;
}

function compileBase(schema: SchemaObject, ctx: CompileContext): ValibotExpression {
  if (typeof schema.$ref === "string") return compileRef(schema.$ref, ctx);
  if (schema.allOf !== undefined) return compileAllOf(schema, ctx);
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives !== undefined) return compileAlternatives(schema, alternatives, ctx);
  if (schema.enum !== undefined) return compileEnum(schema.enum);
  if (schema.type === "object" || schema.properties !== undefined)
    return compileObject(schema, ctx);
  switch (schema.type) {
    case "array":
      return withPipes(call("array", schemaExpression(schema.items, ctx)), arrayChecks(schema));
    case "string":
      return withPipes(call("string"), stringChecks(schema));
    case "integer":
      return withPipes(call("number"), [
        call("integer", "must be an integer"),
        ...numberChecks(schema),
      ]);
    case "number":
      return withPipes(call("number"), numberChecks(schema));
    case "boolean":
      return call("boolean");
    default:
      return call("unknown");
  }
}

function compileRef(ref: string, ctx: CompileContext): ValibotExpression {
  const component = schemaRefName(ref);
  // Refs into other sections (rare in schemas) are inlined; they cannot form cycles of consts.
  if (component === undefined)
    return schemaExpression(deref<SchemaObject>(ctx.doc, { $ref: ref }), ctx);
  return { kind: "component", name: component, lazy: ctx.isLazy(component) };
}

function compileAllOf(schema: SchemaObject, ctx: CompileContext): ValibotExpression {
  const members = schema.allOf ?? [];
  // `allOf: [$ref]` is how 3.0 documents attach a description to a reference: just the ref.
  if (members.length === 1 && schema.properties === undefined && members[0] !== undefined) {
    return schemaExpression(members[0], ctx);
  }
  const flat = flattenObject(ctx.doc, { ...schema, nullable: false });
  if (flat !== null) return compileFlatObject(flat, ctx);
  return call("intersect", list(members.map((m) => schemaExpression(m, ctx))));
}

function compileAlternatives(
  schema: SchemaObject,
  alternatives: SchemaObject[],
  ctx: CompileContext,
): ValibotExpression {
  if (alternatives.length === 1 && alternatives[0] !== undefined) {
    return schemaExpression(alternatives[0], ctx);
  }
  const options = list(alternatives.map((a) => schemaExpression(a, ctx)));
  const key = schema.discriminator?.propertyName;
  // v.variant reports the failing field of the matching branch instead of a bare "union
  // failed", but it can only look inside plain object consts that carry the key.
  if (key !== undefined && alternatives.every((a) => canBeVariantOption(a, key, ctx))) {
    return call("variant", key, options);
  }
  return call("union", options);
}

function canBeVariantOption(schema: SchemaObject, key: string, ctx: CompileContext): boolean {
  const component = schemaRefName(schema.$ref);
  if (component === undefined || schema.nullable === true) return false;
  if (!ctx.plainObjects.has(component) || ctx.isLazy(component)) return false;
  const flat = flattenObject(ctx.doc, schema);
  return flat?.properties.has(key) === true;
}

function compileEnum(values: unknown[]): ValibotExpression {
  // Enum members are JSON values: the document is parsed YAML.
  const present = values.filter((member) => member !== null) as PlainValue[];
  const nullable = present.length !== values.length;
  const simple = present.every(
    (member) => typeof member === "string" || typeof member === "number",
  );
  const base =
    present.length === 1
      ? call("literal", value(present[0] as PlainValue))
      : simple
        ? call("picklist", value(present))
        : call("union", list(present.map((member) => call("literal", value(member)))));
  return nullable ? call("nullable", base) : base;
}

function compileObject(schema: SchemaObject, ctx: CompileContext): ValibotExpression {
  const extra = schema.additionalProperties;
  if (schema.properties === undefined && isObject(extra)) {
    return call("record", call("string"), schemaExpression(extra as SchemaObject, ctx));
  }
  const flat = flattenObject(ctx.doc, schema);
  return flat === null ? call("looseObject", entries([])) : compileFlatObject(flat, ctx);
}

/** Emits a merged object; loose so that fields Spotify adds later survive parsing. */
function compileFlatObject(flat: FlatObject, ctx: CompileContext): ValibotExpression {
  const fields: [string, ValibotExpression][] = [];
  for (const [name, property] of flat.properties) {
    const expression = schemaExpression(property, ctx);
    fields.push([name, flat.required.has(name) ? expression : call("optional", expression)]);
  }
  return call("looseObject", entries(fields));
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

function withPipes(base: ValibotExpression, checks: ValibotExpression[]): ValibotExpression {
  return checks.length === 0 ? base : call("pipe", base, ...checks);
}

function numberChecks(schema: SchemaObject): ValibotExpression[] {
  const checks: ValibotExpression[] = [];
  const { minimum, maximum } = schema;
  if (minimum !== undefined) {
    checks.push(
      schema.exclusiveMinimum === true
        ? call("gtValue", minimum, `must be greater than ${minimum}`)
        : call("minValue", minimum, `must be at least ${minimum}`),
    );
  }
  if (maximum !== undefined) {
    checks.push(
      schema.exclusiveMaximum === true
        ? call("ltValue", maximum, `must be less than ${maximum}`)
        : call("maxValue", maximum, `must be at most ${maximum}`),
    );
  }
  return checks;
}

function stringChecks(schema: SchemaObject): ValibotExpression[] {
  const checks: ValibotExpression[] = [];
  const { minLength, maxLength, pattern } = schema;
  if (minLength !== undefined) {
    checks.push(call("minLength", minLength, `must be at least ${minLength} characters`));
  }
  if (maxLength !== undefined) {
    checks.push(call("maxLength", maxLength, `must be at most ${maxLength} characters`));
  }
  if (pattern !== undefined) {
    checks.push(call("regex", { kind: "regex", pattern }, patternMessage(pattern)));
  }
  return checks;
}

function arrayChecks(schema: SchemaObject): ValibotExpression[] {
  const checks: ValibotExpression[] = [];
  const { minItems, maxItems } = schema;
  if (minItems !== undefined) {
    checks.push(call("minLength", minItems, `must have at least ${minItems} items`));
  }
  if (maxItems !== undefined) {
    checks.push(call("maxLength", maxItems, `must have at most ${maxItems} items`));
  }
  return checks;
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
