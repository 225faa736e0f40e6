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
    "/** Each namespace with its methods, in the index's order. */",
    "export type ServiceIndex = ReadonlyArray<",
    "  readonly [service: string, methods: ReadonlyArray<readonly [name: string, shape: ServiceMethodShape]>]",
    ">;",
    "",
    "/**",
    " * Every namespace of the client (`albums`, `playlists`, ...) with its methods. Shipped as one",
    " * line of text per namespace (`name|method|...`, a method marked `/` when it takes a path",
    " * parameter, `*` or `~` when offset- or cursor-paginated), decoded when the module loads.",
    " */",
    `export const serviceIndex: ServiceIndex = /* @__PURE__ */ decodeServiceIndex(\`${encodeServiceIndex(rows)}\`);`,
    "",
    "/**",
    " * Reads the index text back into lists, which cost a cold process far less to build than",
    " * objects keyed by name; throws on a method that is not a name, `/`, then `*` or `~`.",
    " */",
    "/* @__NO_SIDE_EFFECTS__ */",
    "function decodeServiceIndex(text: string): ServiceIndex {",
    "  // The six shapes a method can have, shared by every method of that shape.",
    "  const shapes: Record<string, ServiceMethodShape> = {",
    '    "": { pathParam: false },',
    '    "/": { pathParam: true },',
    '    "*": { pathParam: false, pagination: "offset" },',
    '    "/*": { pathParam: true, pagination: "offset" },',
    '    "~": { pathParam: false, pagination: "cursor" },',
    '    "/~": { pathParam: true, pagination: "cursor" },',
    "  };",
    '  return text.split("\\n").map((line) => {',
    '    const [service = "", ...methods] = line.split("|");',
    "    const shaped = methods.map((method): readonly [string, ServiceMethodShape] => {",
    "      const name = /^[A-Za-z][A-Za-z0-9]*/.exec(method)?.[0];",
    "      const shape = name === undefined ? undefined : shapes[method.slice(name.length)];",
    "      if (name === undefined || shape === undefined) {",
    `        throw new Error(\`decodeServiceIndex: not a method: \${method}\`);`,
    "      }",
    "      return [name, shape];",
    "    });",
    "    return [service, shaped] as const;",
    "  });",
    "}",
    "",
  ].join("\n");
}
