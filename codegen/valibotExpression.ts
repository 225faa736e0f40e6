/**
 * A valibot expression as the schema compiler builds it: a tree of `v.<name>(...)` calls and
 * component references. One tree, two written forms: source code for generated/schemas.ts
 * (`expressionSource`) and the node table of generated/inputSchemas.ts (inputSchemaData.ts).
 */
import { literal, propertyKey } from "./format.js";

/** `v.<name>(...args)`. */
export interface ValibotCall {
  kind: "call";
  name: string;
  args: ValibotArgument[];
}

/** A component's schema; `lazy` when the reference closes a cycle and must be deferred. */
export interface ComponentReference {
  kind: "component";
  name: string;
  lazy: boolean;
}

/** Something that evaluates to a valibot schema or action. */
export type ValibotExpression = ValibotCall | ComponentReference;

/** A JSON value passed as is: a limit, a message, a literal, picklist options. */
export type PlainValue = string | number | boolean | null | readonly PlainValue[];

/** One argument of a call. */
export type ValibotArgument =
  | ValibotExpression
  | { kind: "list"; items: ValibotExpression[] }
  | { kind: "entries"; entries: [key: string, value: ValibotExpression][] }
  | { kind: "value"; value: PlainValue }
  | { kind: "regex"; pattern: string };

/** `v.<name>(...args)`, plain values given as themselves. */
export function call(name: string, ...args: (ValibotArgument | string | number)[]): ValibotCall {
  return {
    kind: "call",
    name,
    args: args.map((arg) => (typeof arg === "object" ? arg : { kind: "value", value: arg })),
  };
}

/** An array of schemas, as `v.union` takes. */
export function list(items: ValibotExpression[]): ValibotArgument {
  return { kind: "list", items };
}

/** An object of schemas, as `v.object` takes. */
export function entries(pairs: [string, ValibotExpression][]): ValibotArgument {
  return { kind: "entries", entries: pairs };
}

/** A JSON value argument (use this for arrays; `call` wraps strings and numbers itself). */
export function value(json: PlainValue): ValibotArgument {
  return { kind: "value", value: json };
}

/** True when `expression` is a call of `v.<name>`. */
export function isCall(expression: ValibotExpression, name: string): boolean {
  return expression.kind === "call" && expression.name === name;
}

/**
 * The expression as TypeScript source, referring to a component by `constName(component)`.
 * Regexes are written as literals (not `new RegExp`) so bundlers see the schema as pure.
 */
export function expressionSource(
  expression: ValibotArgument,
  constName: (component: string) => string,
): string {
  const source = (arg: ValibotArgument) => expressionSource(arg, constName);
  switch (expression.kind) {
    case "call":
      return `v.${expression.name}(${expression.args.map(source).join(", ")})`;
    case "component": {
      const name = constName(expression.name);
      return expression.lazy ? `v.lazy(() => ${name})` : name;
    }
    case "list":
      return `[${expression.items.map(source).join(", ")}]`;
    case "entries": {
      const fields = expression.entries.map(
        ([key, item]) => `${propertyKey(key)}: ${source(item)}`,
      );
      return fields.length === 0 ? "{}" : `{ ${fields.join(", ")} }`;
    }
    case "value":
      return literal(expression.value);
    case "regex":
      return regexLiteral(expression.pattern);
  }
}

function regexLiteral(pattern: string): string {
  const body = pattern.replace(/\\.|\//g, (match) => (match === "/" ? "\\/" : match));
  return `/${body.replaceAll("\n", "\\n")}/`;
}
