/**
 * Emits `generated/schemas.ts` (valibot schemas: one per component, per-operation input and
 * response maps) and `generated/schemaTable.ts` (lookups by operationId). The table lives in its
 * own file because one object referencing every schema would keep all of them alive in a bundle.
 * The plan computed here (order, cycles, plain objects) is shared with emitInputSchemas.ts.
 */
import { type ComponentOrder, orderComponents } from "./componentOrder.js";
import { header, literal, propertyKey } from "./format.js";
import {
  byCodeUnit,
  type ContentHolder,
  contentSchema,
  deref,
  listOperations,
  type OpenApiDocument,
  type OperationEntry,
  schemaRefName,
} from "./loadDocument.js";
import { type CompileContext, compileSchema, schemaExpression } from "./schemaCompiler.js";
import { call, entries, expressionSource, type ValibotExpression } from "./valibotExpression.js";

/** The identifier of the valibot const for a component schema (`AlbumObject` -> `AlbumObjectSchema`). */
export function componentConstName(component: string): string {
  const safe = component.replace(/[^A-Za-z0-9_$]/g, "_");
  return `${/^[0-9]/.test(safe) ? `_${safe}` : safe}Schema`;
}

/** The identifier of an operation's input schema (`getAlbum` -> `getAlbumParams`). */
export function paramsConstName(operationId: string): string {
  return `${operationId}Params`;
}

/** The identifier of an operation's status -> schema map (`getAlbum` -> `getAlbumResponses`). */
export function responsesConstName(operationId: string): string {
  return `${operationId}Responses`;
}

/** The identifier for a shared `components.responses` body schema. */
export function sharedResponseConstName(name: string): string {
  return `${componentConstName(name).replace(/Schema$/, "")}ResponseSchema`;
}

/**
 * Marks every valibot call as pure. valibot's own `@__NO_SIDE_EFFECTS__` annotations are not
 * honoured by every bundler across module boundaries (esbuild keeps unused schemas without
 * this), and one call left unmarked keeps a whole schema alive.
 */
function markPure(expression: string): string {
  return expression.replace(/\bv\.([A-Za-z]+)\(/g, "/* @__PURE__ */ v.$1(");
}

/** Counts reported back to the CLI. */
export interface SchemaStats {
  components: number;
  sharedResponses: number;
  operations: number;
  lazyReferences: number;
}

/**
 * How the component schemas are emitted: in which order, which references are deferred, and
 * which components are plain objects (usable as `v.variant` options).
 */
export interface ComponentPlan extends ComponentOrder {
  plainObjects: ReadonlySet<string>;
}

/** Both emitted files, the plan they were emitted by, and counts. */
export interface EmittedSchemas {
  schemas: string;
  table: string;
  plan: ComponentPlan;
  stats: SchemaStats;
}

/** Builds the text of generated/schemas.ts and generated/schemaTable.ts. */
export function emitSchemas(doc: OpenApiDocument): EmittedSchemas {
  const components = doc.components?.schemas ?? {};
  const names = Object.keys(components).sort(byCodeUnit);
  const dependencies = componentDependencies(doc, names);
  const ordering = orderComponents(dependencies);
  const plainObjects = new Set<string>();
  const compiled = new Map<string, string>();
  for (const name of ordering.order) {
    const ctx = contextFor(doc, plainObjects, (target) =>
      ordering.lazyEdges.has(`${name}>${target}`),
    );
    const text = compileSchema(components[name], ctx);
    compiled.set(name, text);
    if (text.startsWith("v.looseObject(") && !ordering.cyclic.has(name)) plainObjects.add(name);
  }

  const out: string[] = [
    header("valibot schemas for every component and operation of the Spotify Web API."),
  ];
  out.push('import * as v from "valibot";');
  if (ordering.cyclic.size > 0) out.push('import type { components } from "./openapi.js";');
  out.push("");
  for (const name of ordering.order) {
    const constName = componentConstName(name);
    // A const on a cycle needs its type spelled out, or TypeScript gives up inferring it.
    const annotation = ordering.cyclic.has(name)
      ? `: v.GenericSchema<unknown, components["schemas"][${literal(name)}]>`
      : "";
    out.push(`/** Validates the \`${name}\` component schema. */`);
    out.push(`export const ${constName}${annotation} = ${markPure(compiled.get(name) ?? "")};`, "");
  }

  const eager = contextFor(doc, plainObjects, () => false);
  const shared = emitSharedResponses(doc, eager);
  out.push(...shared.lines);
  const operations = listOperations(doc).sort((a, b) => byCodeUnit(a.operationId, b.operationId));
  for (const entry of operations) out.push(...emitOperation(doc, entry, eager));

  return {
    schemas: out.join("\n"),
    table: emitTable(operations),
    plan: { ...ordering, plainObjects },
    stats: {
      components: names.length,
      sharedResponses: shared.count,
      operations: operations.length,
      lazyReferences: ordering.lazyEdges.size,
    },
  };
}

function contextFor(
  doc: OpenApiDocument,
  plainObjects: ReadonlySet<string>,
  isLazy: (component: string) => boolean,
): CompileContext {
  return { doc, constName: componentConstName, isLazy, plainObjects };
}

/** Finds what each component's emitted code references by compiling it once with a recorder. */
function componentDependencies(
  doc: OpenApiDocument,
  names: string[],
): Map<string, ReadonlySet<string>> {
  const dependencies = new Map<string, ReadonlySet<string>>();
  for (const name of names) {
    dependencies.set(
      name,
      referencedComponents(doc, (ctx) => compileSchema(doc.components?.schemas?.[name], ctx)),
    );
  }
  return dependencies;
}

/** The components `compile` references, found by running it with a recording context. */
function referencedComponents(
  doc: OpenApiDocument,
  compile: (ctx: CompileContext) => string,
): Set<string> {
  const used = new Set<string>();
  compile({
    doc,
    constName: (component) => {
      used.add(component);
      return componentConstName(component);
    },
    isLazy: () => false,
    plainObjects: new Set(),
  });
  return used;
}

/** Shared error/success bodies under components.responses, emitted once instead of per use. */
function emitSharedResponses(doc: OpenApiDocument, ctx: CompileContext) {
  const lines: string[] = [];
  let count = 0;
  const responses = doc.components?.responses ?? {};
  for (const name of Object.keys(responses).sort(byCodeUnit)) {
    const schema = contentSchema(deref<ContentHolder>(doc, responses[name] ?? {}))?.schema;
    if (schema === undefined || schemaRefName(schema.$ref) !== undefined) continue;
    count++;
    lines.push(`/** Validates the body of the shared \`${name}\` response. */`);
    lines.push(
      `export const ${sharedResponseConstName(name)} = ${markPure(compileSchema(schema, ctx))};`,
      "",
    );
  }
  return { lines, count };
}

/** The schema expression for one response: a component const, a shared const, or inline code. */
function responseExpression(
  doc: OpenApiDocument,
  response: ContentHolder | { $ref: string },
  ctx: CompileContext,
): string | undefined {
  const resolved = deref<ContentHolder>(doc, response);
  const body = contentSchema(resolved);
  if (body === null || !body.mediaType.includes("json")) return undefined;
  const ref = "$ref" in response ? response.$ref : undefined;
  const shared = ref?.startsWith("#/components/responses/") ? ref.split("/").pop() : undefined;
  if (shared !== undefined && schemaRefName(body.schema?.$ref) === undefined) {
    return sharedResponseConstName(shared);
  }
  return compileSchema(body.schema, ctx);
}

/**
 * The input schema of an operation, `v.object({ path?, query?, body? })`. Shared by schemas.ts
 * (as code) and inputSchemas.ts (as data).
 */
export function inputSchemaExpression(
  doc: OpenApiDocument,
  entry: OperationEntry,
  ctx: CompileContext,
): ValibotExpression {
  const { operation } = entry;
  const optionalUnless = (required: boolean, expression: ValibotExpression) =>
    required ? expression : call("optional", expression);
  const groups: [string, ValibotExpression][] = [];
  for (const location of ["path", "query"] as const) {
    const params = entry.parameters.filter((p) => p.in === location);
    if (params.length === 0) continue;
    // Defaults are deliberately not applied: Spotify applies them, and sending them would
    // change request URLs (and caches) for no gain.
    const fields = params.map((p): [string, ValibotExpression] => [
      p.name,
      optionalUnless(p.required === true, schemaExpression(p.schema, ctx)),
    ]);
    const required = location === "path" || params.some((p) => p.required === true);
    groups.push([location, optionalUnless(required, call("object", entries(fields)))]);
  }
  if (operation.requestBody !== undefined) {
    const body = deref<ContentHolder>(doc, operation.requestBody);
    const content = contentSchema(body);
    // Image uploads travel as base64 text, which is what the caller hands over.
    const expression = content?.mediaType.includes("json")
      ? schemaExpression(content.schema, ctx)
      : call("string");
    groups.push(["body", optionalUnless(body.required === true, expression)]);
  }
  return call("object", entries(groups));
}

function emitOperation(doc: OpenApiDocument, entry: OperationEntry, ctx: CompileContext): string[] {
  const { operation, operationId } = entry;
  const statuses: string[] = [];
  for (const status of Object.keys(operation.responses ?? {}).sort(byCodeUnit)) {
    const response = operation.responses?.[status];
    const expression = response === undefined ? undefined : responseExpression(doc, response, ctx);
    if (expression !== undefined) statuses.push(`${literal(status)}: ${expression}`);
  }
  const input = inputSchemaExpression(doc, entry, ctx);
  return [
    `/** Inputs of \`${operationId}\` (${entry.method.toUpperCase()} ${entry.path}), by location. */`,
    `export const ${paramsConstName(operationId)} = ${markPure(expressionSource(input, ctx.constName))};`,
    "",
    `/** JSON response bodies of \`${operationId}\`, by HTTP status. */`,
    `export const ${responsesConstName(operationId)} = { ${markPure(statuses.join(", "))} } as const;`,
    "",
  ];
}

function emitTable(operations: OperationEntry[]): string {
  const ids = operations.map((o) => o.operationId);
  const rows = (pick: (id: string) => string) =>
    ids.map((id) => `  ${propertyKey(id)}: schemas.${pick(id)},`);
  return [
    header("Lookup tables from operationId to the valibot schemas in ./schemas.ts."),
    "// Importing this module pulls in every schema; import from ./schemas.js to keep bundles small.",
    'import * as schemas from "./schemas.js";',
    "",
    "/** The input schema (`{ path?, query?, body? }`) of each operation. */",
    "export const inputSchemas = {",
    ...rows(paramsConstName),
    "} as const;",
    "",
    "/** The JSON response body schemas of each operation, by HTTP status. */",
    "export const responseSchemas = {",
    ...rows(responsesConstName),
    "} as const;",
    "",
  ].join("\n");
}
