/**
 * Emits `generated/inputSchemas.ts`: the input schema (`{ path?, query?, body? }`) of every
 * operation as a factory, built on first use by `inputSchemaOf(id)`. schemas.ts builds ~200
 * schemas as soon as it is imported; a call needs only its own operation's schema and the few
 * request-body components that schema references, so the services' first call stays cheap.
 *
 * The components an input needs become local functions that build their schema once, in the
 * same order and with the same deferred (`v.lazy`) references as schemas.ts, so both files
 * describe identical checks.
 */
import {
  type ComponentPlan,
  componentConstName,
  inputExpression,
  markPure,
  referencedComponents,
} from "./emitSchemas.js";
import { header, literal, propertyKey } from "./format.js";
import { byCodeUnit, listOperations, type OpenApiDocument } from "./loadDocument.js";
import { type CompileContext, compileSchema } from "./schemaCompiler.js";

/** Builds the text of generated/inputSchemas.ts, following the plan schemas.ts was emitted by. */
export function emitInputSchemas(doc: OpenApiDocument, plan: ComponentPlan): string {
  const operations = listOperations(doc).sort((a, b) => byCodeUnit(a.operationId, b.operationId));
  const needed = new Set<string>();
  for (const entry of operations) {
    for (const name of referencedComponents(doc, (ctx) => inputExpression(doc, entry, ctx))) {
      addWithDependencies(name, plan, needed);
    }
  }
  const components = plan.order.filter((name) => needed.has(name));
  const cyclic = components.some((name) => plan.cyclic.has(name));

  const out: string[] = [
    header("valibot input schemas of every operation, each built the first time it is used."),
    'import * as v from "valibot";',
  ];
  if (cyclic) out.push('import type { components } from "./openapi.js";');
  out.push(
    "",
    "// Built schemas, by component name and by operationId.",
    "const builtComponents = /* @__PURE__ */ new Map<string, unknown>();",
    "const builtInputs = /* @__PURE__ */ new Map<string, unknown>();",
    "",
    "/** The schema cached under `key`, built by `build` the first time. */",
    "function once<T>(cache: Map<string, unknown>, key: string, build: () => T): T {",
    "  if (cache.has(key)) return cache.get(key) as T;",
    "  const schema = build();",
    "  cache.set(key, schema);",
    "  return schema;",
    "}",
    "",
  );
  for (const name of components) out.push(...emitComponent(doc, name, plan));

  const eager = referenceContext(doc, plan, () => false);
  out.push(
    "/**",
    " * A factory per operationId building its input schema; each call builds a new schema.",
    " * {@link inputSchemaOf} builds each one once and keeps it.",
    " */",
    "export const inputSchemaFactories = {",
  );
  for (const entry of operations) {
    out.push(
      `  /** Inputs of \`${entry.operationId}\` (${entry.method.toUpperCase()} ${entry.path}), by location. */`,
      `  ${propertyKey(entry.operationId)}: () => ${markPure(inputExpression(doc, entry, eager))},`,
    );
  }
  out.push(
    "};",
    "",
    "/** An operationId that has an input schema. */",
    "export type InputSchemaId = keyof typeof inputSchemaFactories;",
    "",
    "/**",
    " * The input schema of operation `id`, built on the first request for it and reused after;",
    " * building it builds no other operation's schema.",
    " *",
    ' * @example v.safeParse(inputSchemaOf("getAlbum"), { path: { id: "4aawyAB9vmqN3uQ7FjRGTy" } })',
    " */",
    "/* @__NO_SIDE_EFFECTS__ */",
    "export function inputSchemaOf<Id extends InputSchemaId>(",
    "  id: Id,",
    "): ReturnType<(typeof inputSchemaFactories)[Id]> {",
    "  return once<unknown>(builtInputs, id, inputSchemaFactories[id]) as ReturnType<",
    "    (typeof inputSchemaFactories)[Id]",
    "  >;",
    "}",
    "",
    "/** The operationIds whose schema {@link inputSchemaOf} has built so far, in build order. */",
    "export function builtInputSchemaIds(): string[] {",
    "  return [...builtInputs.keys()];",
    "}",
    "",
  );
  return out.join("\n");
}

function addWithDependencies(name: string, plan: ComponentPlan, into: Set<string>): void {
  if (into.has(name)) return;
  into.add(name);
  for (const target of plan.dependencies.get(name) ?? []) addWithDependencies(target, plan, into);
}

/** A context whose component references call the local building function. */
function referenceContext(
  doc: OpenApiDocument,
  plan: ComponentPlan,
  isLazy: (component: string) => boolean,
): CompileContext {
  return {
    doc,
    constName: (component) => `${componentConstName(component)}()`,
    isLazy,
    plainObjects: plan.plainObjects,
  };
}

function emitComponent(doc: OpenApiDocument, name: string, plan: ComponentPlan): string[] {
  const ctx = referenceContext(doc, plan, (target) => plan.lazyEdges.has(`${name}>${target}`));
  const expression = markPure(compileSchema(doc.components?.schemas?.[name], ctx));
  // A function on a cycle needs its return type spelled out, or TypeScript cannot infer it.
  const annotation = plan.cyclic.has(name)
    ? `: v.GenericSchema<unknown, components["schemas"][${literal(name)}]>`
    : "";
  return [
    `/** Builds the \`${name}\` component schema, once. */`,
    "/* @__NO_SIDE_EFFECTS__ */",
    `function ${componentConstName(name)}()${annotation} {`,
    `  return once(builtComponents, ${literal(name)}, () => ${expression});`,
    "}",
    "",
  ];
}
