/**
 * Emits `generated/serviceIndex.ts`: the service namespaces and their method names, which is all
 * `SpotifyClient` needs to build `client.albums.get` and friends before any call is made. Routes,
 * tiers and the rest of each row stay in generated/operations.ts, which the client loads with
 * the first call (a lazy chunk in browser bundles), so an app's initial bundle carries ~0.5 KB of
 * names instead of the 2 KB table.
 *
 * One line per namespace: its name, then each method as `name`, `/` when it takes a path
 * parameter (its first argument), and `*` or `~` when it is an offset- or cursor-paginated list
 * (it returns a PagePromise). Names are identifiers, checked here and again by the decoder, which
 * reads a namespace's line only when a client first uses that namespace.
 */

import type { OperationRow } from "./emitOperations.js";
import { header } from "./format.js";
import { byCodeUnit } from "./loadDocument.js";

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;
const PAGINATION_MARK: Record<string, string> = { offset: "*", cursor: "~" };

/** The namespaces, sorted, each with its methods in operationId order. */
function servicesOf(rows: ReadonlyMap<string, OperationRow>): Map<string, string[]> {
  const services = new Map<string, string[]>();
  for (const [id, row] of rows) {
    for (const name of [row.service, row.name]) {
      if (!IDENTIFIER.test(name)) throw new Error(`${id}: "${name}" is not an identifier`);
    }
    const mark = row.pagination === undefined ? "" : PAGINATION_MARK[row.pagination];
    if (mark === undefined) throw new Error(`${id}: unknown pagination "${row.pagination}"`);
    const method = `${row.name}${row.pathParams.length > 0 ? "/" : ""}${mark}`;
    services.set(row.service, [...(services.get(row.service) ?? []), method]);
  }
  return new Map([...services].sort(([a], [b]) => byCodeUnit(a, b)));
}

/** The index's text: a line per namespace, each line starting and ending with a line break. */
export function encodeServiceIndex(rows: ReadonlyMap<string, OperationRow>): string {
  const lines = [...servicesOf(rows)].map(([service, methods]) => [service, ...methods].join("|"));
  return `\n${lines.join("\n")}\n`;
}

/** Builds the text of generated/serviceIndex.ts. */
export function emitServiceIndex(rows: ReadonlyMap<string, OperationRow>): string {
  const names = [...servicesOf(rows).keys()];
  return [
    header("The client's service namespaces and their methods, without routes."),
    "/** How one service method reads its arguments and what it returns. */",
    "export interface ServiceMethodShape {",
    "  /** The first argument fills the operation's path parameter. */",
    "  readonly pathParam: boolean;",
    "  /** Present for paginated lists, which return a PagePromise. */",
    '  readonly pagination?: "offset" | "cursor";',
    "}",
    "",
    "/** A namespace's methods: name and shape, in the index's order. */",
    "export type ServiceMethodList = ReadonlyArray<readonly [name: string, shape: ServiceMethodShape]>;",
    "",
    "/** The client's namespaces (`client.albums`, ...). */",
    `export const serviceNames = [${names.map((name) => JSON.stringify(name)).join(", ")}] as const;`,
    "",
    "/**",
    " * A line per namespace: its name, then each method's name marked `/` when it takes a path",
    " * parameter and `*` or `~` when it is an offset- or cursor-paginated list.",
    " */",
    `const SERVICE_INDEX = \`${encodeServiceIndex(rows)}\`;`,
    "",
    "// The six shapes a method can have, shared by every method of that shape.",
    "const SHAPES: Readonly<Record<string, ServiceMethodShape>> = {",
    '  "": { pathParam: false },',
    '  "/": { pathParam: true },',
    '  "*": { pathParam: false, pagination: "offset" },',
    '  "/*": { pathParam: true, pagination: "offset" },',
    '  "~": { pathParam: false, pagination: "cursor" },',
    '  "/~": { pathParam: true, pagination: "cursor" },',
    "};",
    "",
    "/**",
    " * The methods of namespace `service`, read from its line when a client first uses the",
    " * namespace: a fresh process reads only the namespaces it calls. Throws on an unknown",
    " * namespace or a method that is not a name, `/`, then `*` or `~`.",
    " */",
    "/* @__NO_SIDE_EFFECTS__ */",
    "export function serviceMethods(service: string): ServiceMethodList {",
    `  const start = SERVICE_INDEX.indexOf(\`\\n\${service}|\`);`,
    `  if (start < 0) throw new Error(\`serviceMethods: no namespace \${service}\`);`,
    '  const line = SERVICE_INDEX.slice(start + 1, SERVICE_INDEX.indexOf("\\n", start + 1));',
    '  return line.split("|").slice(1).map((method) => {',
    "    const name = /^[A-Za-z][A-Za-z0-9]*/.exec(method)?.[0];",
    "    const shape = name === undefined ? undefined : SHAPES[method.slice(name.length)];",
    "    if (name === undefined || shape === undefined) {",
    `      throw new Error(\`serviceMethods: not a method: \${method}\`);`,
    "    }",
    "    return [name, shape] as const;",
    "  });",
    "}",
    "",
  ].join("\n");
}
