/**
 * Helpers that keep secrets out of `console.log(provider)`, `util.inspect` and `JSON.stringify`.
 *
 * Secrets themselves live in `#private` fields, which neither inspect nor JSON can reach; these
 * helpers give each class a deliberate, readable summary instead of an empty `{}`.
 */

/** The symbol Node's `util.inspect` looks up; `Symbol.for` keeps this module free of `node:`. */
export const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/** Shown in place of any secret value. */
export const REDACTED = "[redacted]";

/** The `inspect` function Node passes as the third argument of a custom inspector. */
type InspectFunction = (value: unknown, options?: unknown) => string;

/**
 * Renders `ClassName { ...summary }` with Node's own formatting when available.
 *
 * @example [inspectSymbol](depth, options, inspect) { return inspectSummary("X", this.toJSON(), options, inspect); }
 */
export function inspectSummary(
  className: string,
  summary: Record<string, unknown>,
  options: unknown,
  inspect: InspectFunction | undefined,
): string {
  const body = typeof inspect === "function" ? inspect(summary, options) : JSON.stringify(summary);
  return `${className} ${body}`;
}
