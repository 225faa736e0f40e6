/**
 * Writes valibot expressions as data for generated/inputSchemas.ts. Each call is a node
 * `[name, ...args]`. Equal calls are one node: a node used in more than one place (a Spotify ID,
 * a market, a limit, an operation's whole input) is written once, in the list of shared nodes,
 * and named by its index there; a node used in one place only is written in place.
 *
 * How the generated interpreter reads a node, and so what this file must write:
 * - `["lazy", n]` is `v.lazy(() => shared node n)`: a reference that closes a cycle.
 * - `["regex", pattern, message]` is `v.regex(new RegExp(pattern), message)`.
 * - A call named in `valueFunctions` (limits, literals, picklists) takes its arguments as written.
 * - Any other call reads a number as a shared node, an array that starts with a string as a node
 *   written in place, another array as a list of nodes, an object as entries whose values are
 *   nodes, and a string as itself.
 * A tree that cannot be written so (a name used with both kinds of argument, a value JSON does
 * not carry) fails generation instead of changing meaning on the way.
 */
import { isDeepStrictEqual } from "node:util";
import { byCodeUnit } from "./loadDocument.js";
import type { ValibotArgument, ValibotCall, ValibotExpression } from "./valibotExpression.js";

/** One valibot call as data: `[name, ...args]`. */
export type SchemaNode = [name: string, ...args: unknown[]];

/** A shared node's index, or a node written in place. */
export type NodeData = number | SchemaNode;

/** The finished table. */
export interface SchemaNodes {
  /** The data of each expression given to `add`, in the order given. */
  roots: NodeData[];
  /** The shared nodes: those used in more than one place, and the targets of lazy ones. */
  nodes: SchemaNode[];
  /** Names of all calls the nodes make, sorted. */
  names: string[];
  /** Names of the calls whose arguments are plain values, sorted. */
  valueFunctions: string[];
}

/** Collects expressions; `finish` writes them, sharing the nodes they have in common. */
export interface SchemaNodeTable {
  add(expression: ValibotExpression): void;
  finish(): SchemaNodes;
}

// A node while the table is collected: arguments that are nodes hold their index in `found`.
type Argument =
  | { node: number }
  | { list: number[] }
  | { entries: [string, number][] }
  | { value: unknown };
interface FoundNode {
  name: string;
  args: Argument[];
  /** The component a `lazy` node defers, until every component has a node. */
  lazyTarget?: string;
}

/**
 * A new table. `componentExpression` gives a component's schema the first time a node refers to
 * it; its non-lazy references must not form a cycle (componentOrder.ts defers those that do).
 */
export function schemaNodeTable(
  componentExpression: (component: string) => ValibotExpression,
): SchemaNodeTable {
  const found: FoundNode[] = [];
  const indexByKey = new Map<string, number>();
  const componentRoots = new Map<string, number>();
  const roots: number[] = [];
  const valueArguments = new Set<string>();
  const nodeArguments = new Set<string>();

  const intern = (node: FoundNode): number => {
    const key = JSON.stringify(node);
    let index = indexByKey.get(key);
    if (index === undefined) {
      index = found.push(node) - 1;
      indexByKey.set(key, index);
    }
    return index;
  };

  const componentRoot = (component: string): number => {
    let index = componentRoots.get(component);
    if (index === undefined) {
      index = collect(componentExpression(component));
      componentRoots.set(component, index);
    }
    return index;
  };

  const collect = (expression: ValibotExpression): number => {
    if (expression.kind === "call") return intern(collectCall(expression));
    if (!expression.lazy) return componentRoot(expression.name);
    return intern({ name: "lazy", args: [], lazyTarget: expression.name });
  };

  const collectCall = ({ name, args }: ValibotCall): FoundNode => {
    if (name === "regex") {
      const [pattern, message] = args;
      if (pattern?.kind !== "regex" || message?.kind !== "value" || args.length !== 2) {
        throw new Error(`v.regex expects a pattern and a message: ${JSON.stringify(args)}`);
      }
      return { name, args: [{ value: pattern.pattern }, { value: message.value }] };
    }
    return { name, args: args.map((arg) => collectArgument(name, arg)) };
  };

  const collectArgument = (name: string, arg: ValibotArgument): Argument => {
    switch (arg.kind) {
      case "value":
        if (typeof arg.value !== "string") valueArguments.add(name);
        return { value: arg.value };
      case "regex":
        throw new Error(`a regex outside v.regex (in v.${name}) has no data form`);
      case "list":
        nodeArguments.add(name);
        return { list: arg.items.map(collect) };
      case "entries":
        nodeArguments.add(name);
        return { entries: arg.entries.map(([key, item]) => [key, collect(item)]) };
      default:
        nodeArguments.add(name);
        return { node: collect(arg) };
    }
  };

  const finish = (): SchemaNodes => {
    // Resolving a lazy target can add nodes, lazy ones too; the loop reaches those as well.
    for (const node of found) {
      if (node.lazyTarget !== undefined) node.args = [{ node: componentRoot(node.lazyTarget) }];
    }
    const mixed = [...valueArguments].filter((name) => nodeArguments.has(name));
    if (mixed.length > 0) {
      throw new Error(`calls take both values and schemas, which data cannot tell apart: ${mixed}`);
    }
    const written = writeNodes(found, roots);
    if (!isDeepStrictEqual(JSON.parse(JSON.stringify(written)), written)) {
      throw new Error("an input schema holds a value that does not survive JSON");
    }
    return {
      ...written,
      names: [...new Set(found.map((node) => node.name))].sort(byCodeUnit),
      valueFunctions: [...valueArguments].sort(byCodeUnit),
    };
  };

  return { add: (expression) => void roots.push(collect(expression)), finish };
}

/** Shares the nodes used more than once (and lazy targets), in collection order; inlines the rest. */
function writeNodes(found: FoundNode[], roots: number[]): Pick<SchemaNodes, "roots" | "nodes"> {
  const uses = new Array<number>(found.length).fill(0);
  const countUses = (index: number) => {
    uses[index] = (uses[index] ?? 0) + 1;
    if (uses[index] > 1) return;
    for (const child of children(found[index] as FoundNode)) countUses(child);
  };
  for (const root of roots) countUses(root);
  // A lazy node names its target by index, so the target must be shared.
  for (const node of found) {
    if (node.name !== "lazy") continue;
    for (const target of children(node)) uses[target] = Math.max(uses[target] ?? 0, 2);
  }

  const sharedIndex = new Map<number, number>();
  for (const [index, count] of uses.entries()) {
    if (count > 1) sharedIndex.set(index, sharedIndex.size);
  }
  const write = (index: number): NodeData => sharedIndex.get(index) ?? nodeData(index);
  const nodeData = (index: number): SchemaNode => {
    const { name, args } = found[index] as FoundNode;
    return [name, ...args.map((arg) => argumentData(arg, write))];
  };
  return {
    roots: roots.map(write),
    nodes: [...sharedIndex.keys()].map(nodeData),
  };
}

function argumentData(arg: Argument, write: (index: number) => NodeData): unknown {
  if ("node" in arg) return write(arg.node);
  if ("list" in arg) return arg.list.map(write);
  if ("entries" in arg) return Object.fromEntries(arg.entries.map(([key, i]) => [key, write(i)]));
  return arg.value;
}

function children(node: FoundNode): number[] {
  return node.args.flatMap((arg) => {
    if ("node" in arg) return [arg.node];
    if ("list" in arg) return arg.list;
    if ("entries" in arg) return arg.entries.map(([, index]) => index);
    return [];
  });
}
