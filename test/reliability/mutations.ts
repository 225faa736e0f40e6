/**
 * How the property tests break a valid response: fields dropped or retyped, JSON truncated,
 * random bytes, other JSON, an empty body; plus random statuses and content types.
 */
import fc from "fast-check";

/** What the server answers: status, content type and raw body bytes (null: no body). */
export interface Answer {
  status: number;
  contentType: string;
  body: Uint8Array | null;
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Every path into a JSON value (bounded), for picking what to mutate. */
function pathsOf(
  value: unknown,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
) {
  if (out.length > 400) return out;
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      out.push([...prefix, index]);
      pathsOf(item, [...prefix, index], out);
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      out.push([...prefix, key]);
      pathsOf(item, [...prefix, key], out);
    }
  }
  return out;
}

/** A copy of `value` with the thing at `path` deleted (`replacement` undefined) or replaced. */
function mutateAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let holder: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) holder = holder[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (last === undefined) return replacement;
  if (replacement === undefined) {
    if (Array.isArray(holder)) holder.splice(Number(last), 1);
    else delete holder[last];
  } else holder[last] = replacement;
  return copy;
}

/** One way to change a valid body. */
export type Mutation =
  | { kind: "valid" }
  | { kind: "drop"; pick: number }
  | { kind: "retype"; pick: number; value: Json }
  | { kind: "truncate"; at: number }
  | { kind: "bytes"; bytes: Uint8Array }
  | { kind: "json"; value: Json }
  | { kind: "empty" };

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 2, arbitrary: fc.constant({ kind: "valid" as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("drop" as const), pick: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("retype" as const),
      pick: fc.nat(),
      value: fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("bytes" as const),
      bytes: fc.uint8Array({ maxLength: 64 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("json" as const),
      value: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<Json>,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "empty" as const }) },
);

export const statusArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(200, 201) },
  { weight: 2, arbitrary: fc.constantFrom(202, 203, 204, 206, 400, 401, 403, 404, 429, 500, 503) },
  { weight: 2, arbitrary: fc.integer({ min: 200, max: 599 }) },
);

export const contentTypeArb = fc.constantFrom(
  "application/json; charset=utf-8",
  "application/json",
  "text/html",
  "text/plain",
  "application/octet-stream",
  "",
);

/** Statuses whose responses cannot carry a body. */
const NULL_BODY = new Set([204, 205, 304]);

function bodyBytes(seed: unknown, mutation: Mutation): Uint8Array {
  const seedText = seed === undefined ? "" : JSON.stringify(seed);
  const utf8 = (text: string) => new TextEncoder().encode(text);
  switch (mutation.kind) {
    case "valid":
      return utf8(seedText);
    case "drop":
    case "retype": {
      const paths = pathsOf(seed);
      const path = paths[mutation.pick % Math.max(paths.length, 1)];
      if (path === undefined) return utf8(seedText);
      const replacement = mutation.kind === "drop" ? undefined : mutation.value;
      return utf8(JSON.stringify(mutateAt(seed, path, replacement)) ?? "");
    }
    case "truncate": {
      const whole = utf8(seedText);
      return whole.slice(0, mutation.at % (whole.length + 1));
    }
    case "bytes":
      return mutation.bytes;
    case "json":
      return utf8(JSON.stringify(mutation.value) ?? "");
    case "empty":
      return new Uint8Array();
  }
}

/** The answer for a generated case: the mutated seed under the generated status and type. */
export function answerFor(
  seed: unknown,
  generated: { mutation: Mutation; status: number; contentType: string },
): Answer {
  return {
    status: generated.status,
    contentType: generated.contentType,
    body: NULL_BODY.has(generated.status) ? null : bodyBytes(seed, generated.mutation),
  };
}

/** A fresh `Response` for an answer (a body can be read once). */
export function toResponse(answer: Answer): Response {
  const headers = answer.contentType === "" ? undefined : { "content-type": answer.contentType };
  return new Response(answer.body === null ? null : answer.body.slice(), {
    status: answer.status,
    headers,
  });
}
