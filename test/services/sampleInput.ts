/**
 * Builds a valid sample input for any operation by walking its generated valibot input schema,
 * so that a table-driven test can call every method without a hand-written argument list.
 */
import type * as v from "valibot";

type AnySchema = v.GenericSchema & {
  type: string;
  entries?: Record<string, AnySchema>;
  wrapped?: AnySchema;
  item?: AnySchema;
  options?: unknown[];
  pipe?: Array<{ type: string; requirement?: unknown }>;
  literal?: unknown;
};

/** A valid Spotify-looking ID (base-62, 22 characters). */
export const SAMPLE_ID = "0TnOYISbd1XYRBk9myaseg";

function requirement(schema: AnySchema, type: string): unknown {
  return schema.pipe?.find((action) => action.type === type)?.requirement;
}

function sampleString(schema: AnySchema, key: string): string {
  const pattern = requirement(schema, "regex");
  if (pattern instanceof RegExp) {
    if (pattern.test(SAMPLE_ID)) return SAMPLE_ID;
    if (pattern.test("SE")) return "SE";
  }
  if (key.includes("uri")) return `spotify:track:${SAMPLE_ID}`;
  if (key === "q") return "kind of blue";
  return "sample";
}

function sampleNumber(schema: AnySchema, key: string): number {
  const min = requirement(schema, "min_value");
  const max = requirement(schema, "max_value");
  if (key.endsWith("_ms") || key === "position") return 0;
  if (typeof min === "number") return typeof max === "number" ? Math.min(min + 1, max) : min + 1;
  return typeof max === "number" ? Math.min(1, max) : 1;
}

/** A value the schema accepts; optional members are left out unless `full`. */
export function sampleFor(schema: AnySchema, key = ""): unknown {
  switch (schema.type) {
    case "optional":
    case "nullable":
    case "nullish":
      return sampleFor(schema.wrapped as AnySchema, key);
    case "object":
    case "loose_object":
    case "strict_object": {
      const out: Record<string, unknown> = {};
      for (const [name, entry] of Object.entries(schema.entries ?? {})) {
        if (entry.type === "optional") continue;
        out[name] = sampleFor(entry, name);
      }
      return out;
    }
    case "array":
      return [sampleFor(schema.item as AnySchema, key)];
    case "picklist":
      return schema.options?.[0];
    case "literal":
      return schema.literal;
    case "union":
      return sampleFor(schema.options?.[0] as AnySchema, key);
    case "string":
      return sampleString(schema, key);
    case "number":
      return sampleNumber(schema, key);
    case "boolean":
      return true;
    default:
      return undefined;
  }
}
