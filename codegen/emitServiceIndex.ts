/**
 * Emits `generated/serviceIndex.ts`: the service namespaces and their method names, which is all
 * `SpotifyClient` needs to build `client.albums.get` and friends before any call is made. Routes,
 * tiers and the rest of each row stay in generated/operations.ts, which the client loads with
 * the first call (a lazy chunk in browser bundles), so an app's initial bundle carries ~0.5 KB of
 * names instead of the 2 KB table.
 *
 * One line per namespace: its name, then each method as `name`, `/` when it takes a path
 * parameter (its first argument), and `*` or `~` when it is an offset- or cursor-paginated list
 * (it returns a PagePromise). Names are identifiers, checked here and again by the decoder.
 */

import type { OperationRow } from "./emitOperations.js";
import { header } from "./format.js";
import { byCodeUnit } from "./loadDocument.js";

const IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*$/;
const PAGINATION_MARK: Record<string, string> = { offset: "*", cursor: "~" };

/** The index's text: one line per service, methods in operationId order. */
export function encodeServiceIndex(rows: ReadonlyMap<string, OperationRow>): string {
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
  return [...services.keys()]
    .sort(byCodeUnit)
    .map((service) => [service, ...(services.get(service) ?? [])].join("|"))
    .join("\n");
}

/** Builds the text of generated/serviceIndex.ts. */
export function emitServiceIndex(rows: ReadonlyMap<string, OperationRow>): string {
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
    "/** Namespace -> method name -> shape. */",
    "export type ServiceIndex = Readonly<Record<string, Readonly<Record<string, ServiceMethodShape>>>>;",
    "",
    "/**",
    " * Every namespace of the client (`albums`, `playlists`, ...) with its methods. Shipped as one",
    " * line of text per namespace (`name|method|...`, a method marked `/` when it takes a path",
    " * parameter, `*` or `~` when offset- or cursor-paginated), decoded when the module loads.",
    " */",
    `export const serviceIndex: ServiceIndex = /* @__PURE__ */ decodeServiceIndex(\`${encodeServiceIndex(rows)}\`);`,
    "",
    "/** Reads the index text back; throws on a method that is not `name`, `/`, then `*` or `~`. */",
    "/* @__NO_SIDE_EFFECTS__ */",
    "function decodeServiceIndex(text: string): ServiceIndex {",
    "  const index: Record<string, Record<string, ServiceMethodShape>> = {};",
    '  for (const line of text.split("\\n")) {',
    '    const [service = "", ...methods] = line.split("|");',
    "    const namespace: Record<string, ServiceMethodShape> = {};",
    "    for (const method of methods) {",
    "      const parts = /^([A-Za-z][A-Za-z0-9]*)(\\/?)([*~]?)$/.exec(method);",
    `      if (parts === null) throw new Error(\`decodeServiceIndex: not a method: \${method}\`);`,
    '      const pathParam = parts[2] === "/";',
    "      namespace[parts[1] as string] =",
    '        parts[3] === ""',
    "          ? { pathParam }",
    '          : { pathParam, pagination: parts[3] === "*" ? "offset" : "cursor" };',
    "    }",
    "    index[service] = namespace;",
    "  }",
    "  return index;",
    "}",
    "",
  ].join("\n");
}
