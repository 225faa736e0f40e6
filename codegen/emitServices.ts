/**
 * Emits `generated/services.ts`: one interface per service namespace, one member per operation,
 * each with JSDoc taken from the document. The runtime methods are built from the operation table
 * by src/services/; these interfaces exist so that editors show each method's documentation and
 * strike through the operations a Development Mode app can no longer call (`@deprecated`).
 *
 * The interfaces are generic over the method types (`M[operationId]`) because generated/ must not
 * import from src/, where the call signatures are defined.
 */
import type { OperationRow } from "./emitOperations.js";
import { header, literal, propertyKey } from "./format.js";
import { byCodeUnit } from "./loadDocument.js";

const TIER_TEXT: Record<string, string> = {
  extended:
    "Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026.",
  legacy:
    "Only for apps that had extended access before 27 November 2024: closed to all other apps.",
};

/** `albums` -> `AlbumsService`. */
export function serviceInterfaceName(service: string): string {
  return `${service.charAt(0).toUpperCase()}${service.slice(1)}Service`;
}

function docComment(
  id: string,
  row: OperationRow,
  methodByRoute: ReadonlyMap<string, string>,
): string {
  const lines: string[] = [row.summary || id];
  if (row.description && row.description !== row.summary && row.availability === "all") {
    lines.push("", row.description);
  }
  lines.push("", `\`${row.method} ${row.path}\` (operation \`${id}\`).`);
  if (row.scopeRule) lines.push("Scopes: one per URI type given (see the library rules).");
  else if (row.scopes.length > 0)
    lines.push(`Scopes: ${row.scopes.map((scope) => `\`${scope}\``).join(", ")}.`);
  if (row.pagination) {
    lines.push(
      "Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.",
    );
  }
  if (row.availability !== "all") {
    const tier = TIER_TEXT[row.availability] ?? `Access tier: ${row.availability}.`;
    const method = row.replacement ? methodByRoute.get(row.replacement) : undefined;
    const replacement = row.replacement
      ? ` Use ${method ? `\`client.${method}\` (\`${row.replacement}\`)` : `\`${row.replacement}\``} instead.`
      : "";
    lines.push("", `@deprecated ${tier}${replacement}`);
  }
  const body = lines.map((line) =>
    line === "" ? "   *" : `   * ${line.replace(/\*\//g, "*\\/")}`,
  );
  return ["  /**", ...body, "   */"].join("\n");
}

/** Returns the text of `generated/services.ts` for the table rows keyed by operationId. */
export function emitServices(rows: ReadonlyMap<string, OperationRow>): string {
  const byService = new Map<string, Array<[string, OperationRow]>>();
  const methodByRoute = new Map<string, string>();
  for (const row of rows.values())
    methodByRoute.set(`${row.method} ${row.path}`, `${row.service}.${row.name}`);
  for (const [id, row] of rows) {
    const list = byService.get(row.service) ?? [];
    list.push([id, row]);
    byService.set(row.service, list);
  }
  const services = [...byService.keys()].sort(byCodeUnit);
  const out: string[] = [header("Service namespace interfaces, one member per operation."), ""];
  out.push('import type { OperationId } from "./operations.js";', "");
  out.push(
    "/** Method types by operationId, supplied by the hand-written layer. */",
    "export type MethodTypes = { [Id in OperationId]: unknown };",
    "",
  );
  for (const service of services) {
    const entries = (byService.get(service) ?? []).sort((a, b) => byCodeUnit(a[1].name, b[1].name));
    out.push(`/** The \`${service}\` namespace of the client. */`);
    out.push(`export interface ${serviceInterfaceName(service)}<M extends MethodTypes> {`);
    for (const [id, row] of entries) {
      out.push(docComment(id, row, methodByRoute));
      out.push(`  ${propertyKey(row.name)}: M[${literal(id)}];`);
    }
    out.push("}", "");
  }
  out.push("/** Every service namespace of the client. */");
  out.push("export interface Services<M extends MethodTypes> {");
  for (const service of services) {
    out.push(`  ${propertyKey(service)}: ${serviceInterfaceName(service)}<M>;`);
  }
  out.push("}", "");
  out.push("/** The namespace names, in order. */");
  out.push(`export const serviceNames = ${literal(services)} as const;`, "");
  return out.join("\n");
}
