/**
 * Readable locations for valibot issues: `items[3].track.album.id` rather than valibot's own
 * path objects, and the most specific problem inside a failed union.
 */
import type * as v from "valibot";

/** Joins path keys the way people write them: `items[3].track.album.id`. */
export function joinPath(keys: readonly unknown[]): string {
  let out = "";
  for (const key of keys) {
    out += typeof key === "number" ? `[${key}]` : out === "" ? String(key) : `.${String(key)}`;
  }
  return out === "" ? "(root)" : out;
}

/**
 * The most specific problem behind an issue. A union's own message ("Expected Object but
 * received Object") says little; its branch issues carry paths relative to the union, so they
 * are joined onto the union's path and the one that got furthest into the value wins.
 */
export function deepestIssue(
  issue: v.BaseIssue<unknown>,
  base: readonly unknown[] = [],
): { keys: unknown[]; message: string } {
  const keys = [...base, ...(issue.path ?? []).map((item) => item.key)];
  let best = { keys, message: issue.message };
  for (const branch of issue.issues ?? []) {
    const candidate = deepestIssue(branch, keys);
    if (candidate.keys.length > best.keys.length) best = candidate;
  }
  return best;
}

/** `path` and `message` of the most specific of `issues`. */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): {
  path: string;
  message: string;
} {
  const first = deepestIssue(issues[0] as v.BaseIssue<unknown>);
  return { path: joinPath(first.keys), message: first.message };
}
