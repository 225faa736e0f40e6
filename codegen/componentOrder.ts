/**
 * Orders component schemas so each const is declared before it is used, and finds the few
 * references that close a cycle: only those are wrapped in `v.lazy`, because a lazy schema hides
 * its entries (no `v.variant`, weaker inference) and costs a closure per parse.
 */
import { byCodeUnit } from "./loadDocument.js";

/** The emission order plus the cycle information the emitter needs. */
export interface ComponentOrder {
  /** Component names, dependencies first; ties broken by name for stable output. */
  order: string[];
  /** `from>to` pairs whose reference must be deferred with v.lazy. */
  lazyEdges: Set<string>;
  /** Components that sit on a cycle (their consts need an explicit type annotation). */
  cyclic: Set<string>;
}

/**
 * Depth-first post-order over the dependency graph. An edge to a component that is still on the
 * stack is a back edge: deferring exactly those makes every remaining reference point backwards.
 */
export function orderComponents(
  dependencies: ReadonlyMap<string, ReadonlySet<string>>,
): ComponentOrder {
  const order: string[] = [];
  const lazyEdges = new Set<string>();
  const cyclic = new Set<string>();
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];

  const visit = (name: string): void => {
    state.set(name, "visiting");
    stack.push(name);
    const targets = [...(dependencies.get(name) ?? [])].sort(byCodeUnit);
    for (const target of targets) {
      if (!dependencies.has(target)) continue;
      const seen = state.get(target);
      if (seen === "visiting") {
        lazyEdges.add(`${name}>${target}`);
        for (const member of stack.slice(stack.indexOf(target))) cyclic.add(member);
      } else if (seen === undefined) {
        visit(target);
      }
    }
    stack.pop();
    state.set(name, "done");
    order.push(name);
  };

  for (const name of [...dependencies.keys()].sort(byCodeUnit)) {
    if (!state.has(name)) visit(name);
  }
  return { order, lazyEdges, cyclic };
}
