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
 * @example inspectSummary("SpotifyClient", this.toJSON(), options, inspect)
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

/**
 * Base of the classes that hold secrets: `util.inspect` prints `Name { ...toJSON() }`, and the
 * secrets stay in `#private` fields. One base class, not an inspect method on each: bundlers keep
 * any class whose body has a computed key such as `[inspectSymbol]`, used or not, while a
 * subclass without one is dropped when unused, so an app that never makes, say, a
 * ClientCredentials does not ship it.
 */
export abstract class InspectsAsSummary {
  readonly #inspectName: string;

  /** @param inspectName written out by each class: a minifier may rename the class itself. */
  constructor(inspectName: string) {
    this.#inspectName = inspectName;
  }

  /** A summary without secrets; also what `JSON.stringify` writes. */
  abstract toJSON(): Record<string, unknown>;

  [inspectSymbol](_depth: number, options: unknown, inspect?: InspectFunction): string {
    return inspectSummary(this.#inspectName, this.toJSON(), options, inspect);
  }
}
