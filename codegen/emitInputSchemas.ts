/**
 * Emits `generated/inputSchemas.ts`: the input schema (`{ path?, query?, body? }`) of every
 * operation, built on first use by `inputSchemaOf(id)`. schemas.ts builds ~200 schemas as soon
 * as it is imported; a call needs only its own operation's schema, so the services' first call
 * stays cheap.
 *
 * The schemas ship as data, not code: JSON text of nodes, equal calls written once
 * (inputSchemaData.ts), and a small interpreter that turns one operation's nodes into valibot
 * calls. As code the same checks were 24.8 KB minified, mostly the same few calls over and over,
 * which a fresh Node process parsed at import; as data they are 10.2 KB, and a call parses only
 * its own line. Measured on the Node build: import + construct + first call ~0.7 ms faster.
 * Gzipped they are ~0.4 KB larger (gzip had already folded the repeats; the interpreter is new).
 *
 * Components are compiled with the same deferred (`v.lazy`) references as in schemas.ts and
 * operations with the same expression (emitSchemas.ts), so both files describe identical checks.
 */
import { type ComponentPlan, componentConstName, inputSchemaExpression } from "./emitSchemas.js";
import { header, literal } from "./format.js";
import { type SchemaNodes, schemaNodeTable } from "./inputSchemaData.js";
import { escapeTemplateText } from "./jsonTable.js";
import { byCodeUnit, listOperations, type OpenApiDocument } from "./loadDocument.js";
import { type CompileContext, schemaExpression } from "./schemaCompiler.js";

// Nodes the interpreter builds itself rather than by calling a valibot function with arguments.
const SPECIAL_NODES = new Set(["lazy", "regex"]);

/** Builds the text of generated/inputSchemas.ts, following the plan schemas.ts was emitted by. */
export function emitInputSchemas(doc: OpenApiDocument, plan: ComponentPlan): string {
  const operations = listOperations(doc).sort((a, b) => byCodeUnit(a.operationId, b.operationId));
  const table = schemaNodeTable((name) =>
    schemaExpression(
      doc.components?.schemas?.[name],
      compileContext(doc, plan, (target) => plan.lazyEdges.has(`${name}>${target}`)),
    ),
  );
  const eager = compileContext(doc, plan, () => false);
  for (const entry of operations) table.add(inputSchemaExpression(doc, entry, eager));
  const data = table.finish();
  const inputLines = operations.map((entry, i) => {
    if (/\s/.test(entry.operationId))
      throw new Error(`operationId with a space: ${entry.operationId}`);
    return `${entry.operationId} ${JSON.stringify(data.roots[i])}`;
  });
  const nodeLines = data.nodes.map((node) => JSON.stringify(node));

  return [
    header(
      "valibot input schemas of every operation, as data; each is built the first time it is used.",
    ),
    'import * as v from "valibot";',
    "",
    "/** An operationId that has an input schema. */",
    "export type InputSchemaId =",
    ...operations.map((entry) => `  | ${literal(entry.operationId)}`),
    ";",
    "",
    "/** A valibot call as data: `[name, ...args]`. */",
    "type SchemaNode = [name: string, ...args: unknown[]];",
    "",
    "/** A node: the index of a shared one, or the node itself. */",
    "type NodeData = number | SchemaNode;",
    "",
    "/**",
    " * Every operation's input schema, a line each: the operationId, a space, and the JSON of its",
    " * node. Node `[name, ...args]` is the call `v.<name>(...args)`. Calls that take plain",
    " * values (limits, literals, messages) get their arguments as written; in the arguments of",
    " * other calls a number is a node of {@link SHARED_NODES}, an array that starts with a string",
    ' * a node, another array a list of nodes, an object entries of nodes. `["lazy", n]` is',
    ' * `v.lazy(() => shared node n)`, a reference closing a cycle; `["regex", pattern, message]`',
    " * is `v.regex(new RegExp(pattern), message)`. Written by codegen/inputSchemaData.ts.",
    " *",
    " * Text rather than code, and read a line at a time: a call parses only its operation's line",
    " * and the shared nodes that line uses. Parsing every line on the first call cost more than",
    " * building the schema.",
    " */",
    `const INPUT_SCHEMAS = \`\n${escapeTemplateText(inputLines.join("\n"))}\n\`;`,
    "",
    "/** The nodes used in more than one place, as JSON: line n is node n. */",
    `const SHARED_NODES = \`${escapeTemplateText(nodeLines.join("\n"))}\`;`,
    "",
    "let sharedNodeLines: string[] | undefined;",
    "",
    "// Built schemas, by shared node index and by operationId.",
    "const builtNodes = /* @__PURE__ */ new Map<number, unknown>();",
    "const builtInputs = /* @__PURE__ */ new Map<string, unknown>();",
    "",
    "/** The value cached under `key`, built by `build` the first time. */",
    "function once<K, T>(cache: Map<K, unknown>, key: K, build: () => T): T {",
    "  if (cache.has(key)) return cache.get(key) as T;",
    "  const built = build();",
    "  cache.set(key, built);",
    "  return built;",
    "}",
    "",
    "/** The JSON of operation `id`'s node, or undefined when it has none. */",
    "function inputSchemaLine(id: string): string | undefined {",
    `  const start = INPUT_SCHEMAS.indexOf(\`\\n\${id} \`);`,
    "  if (start < 0) return undefined;",
    "  const from = start + id.length + 2;",
    '  return INPUT_SCHEMAS.slice(from, INPUT_SCHEMAS.indexOf("\\n", from));',
    "}",
    "",
    "/** The JSON of shared node `index`. */",
    "function sharedNodeLine(index: number): string {",
    '  sharedNodeLines ??= SHARED_NODES.split("\\n");',
    "  return sharedNodeLines[index] as string;",
    "}",
    "",
    "/** The schema (or pipe action) a node stands for; a shared node is built once. */",
    "function build(node: NodeData): unknown {",
    '  if (typeof node !== "number") return buildNode(node);',
    "  return once(builtNodes, node, () => buildNode(JSON.parse(sharedNodeLine(node)) as SchemaNode));",
    "}",
    "",
    ...interpreter(data),
    "/**",
    " * The input schema of operation `id`, built on the first request for it and reused after;",
    " * building it builds no other operation's schema.",
    " *",
    ' * @example v.safeParse(inputSchemaOf("getAlbum"), { path: { id: "4aawyAB9vmqN3uQ7FjRGTy" } })',
    " */",
    "/* @__NO_SIDE_EFFECTS__ */",
    "export function inputSchemaOf(id: InputSchemaId): v.GenericSchema {",
    "  return once(builtInputs, id, () => {",
    "    const node = JSON.parse(inputSchemaLine(id) as string) as NodeData;",
    "    return build(node) as v.GenericSchema;",
    "  });",
    "}",
    "",
    "/** True when `id` is an operationId that has an input schema. */",
    "export function hasInputSchema(id: string): id is InputSchemaId {",
    "  return builtInputs.has(id) || inputSchemaLine(id) !== undefined;",
    "}",
    "",
    "/** The operationIds whose schema {@link inputSchemaOf} has built so far, in build order. */",
    "export function builtInputSchemaIds(): string[] {",
    "  return [...builtInputs.keys()];",
    "}",
    "",
  ].join("\n");
}

/** A context for schemaExpression; component names are never rendered, so any const name does. */
function compileContext(
  doc: OpenApiDocument,
  plan: ComponentPlan,
  isLazy: (component: string) => boolean,
): CompileContext {
  return { doc, constName: componentConstName, isLazy, plainObjects: plan.plainObjects };
}

/**
 * `buildNode` and what it needs, naming only the valibot functions the data uses: a bundler
 * keeps every function named here, used or not.
 */
function interpreter({ names, valueFunctions }: SchemaNodes): string[] {
  const called = names.filter((name) => !SPECIAL_NODES.has(name));
  const special: string[] = [];
  if (names.includes("lazy")) {
    special.push(
      '  if (name === "lazy") return v.lazy(() => build(args[0] as number) as v.GenericSchema);',
    );
  }
  if (names.includes("regex")) {
    special.push(
      '  if (name === "regex") return v.regex(new RegExp(args[0] as string), args[1] as string);',
    );
  }
  return [
    "/** Calls the valibot function a node names, with its arguments read as the data says. */",
    "function buildNode([name, ...args]: SchemaNode): unknown {",
    ...special,
    `  const takesValues = ${literal(valueFunctions)}.includes(name);`,
    "  const call = valibotFunction(name) as (...args: unknown[]) => unknown;",
    "  return call(...(takesValues ? args : args.map(schemaArgument)));",
    "}",
    "",
    "/** An argument of a schema function: a node, a list of nodes, entries of nodes, or text. */",
    "function schemaArgument(arg: unknown): unknown {",
    '  if (typeof arg === "number") return build(arg);',
    "  if (Array.isArray(arg)) {",
    '    return typeof arg[0] === "string" ? buildNode(arg as SchemaNode) : arg.map(schemaArgument);',
    "  }",
    '  if (typeof arg !== "object" || arg === null) return arg;',
    "  const entries = Object.entries(arg as Record<string, unknown>);",
    "  return Object.fromEntries(entries.map(([key, item]) => [key, schemaArgument(item)]));",
    "}",
    "",
    "/** The valibot function a node names (only those the data uses, as a bundler keeps these). */",
    "function valibotFunction(name: string): (...args: never[]) => unknown {",
    "  switch (name) {",
    ...called.flatMap((name) => [`    case ${literal(name)}:`, `      return v.${name};`]),
    "  }",
    `  throw new Error(\`inputSchemas: no valibot function \${name}\`);`,
    "}",
    "",
  ];
}
