/**
 * generated/inputSchemas.ts builds each operation's input schema on first use; the services
 * validate through it. It must check exactly what the eagerly built `inputSchemas` of
 * schemaTable.ts check, and building one operation's schema must build no other.
 */
import { resolve } from "node:path";
import { build, type Plugin } from "esbuild";
import * as v from "valibot";
import { describe, expect, it, vi } from "vitest";
import { type InputSchemaId, inputSchemaOf } from "../../generated/inputSchemas.js";
import { inputSchemas } from "../../generated/schemaTable.js";
import { sampleFor } from "../services/sampleInput.js";

type AnySchema = Parameters<typeof sampleFor>[0];

/** A valid input with every optional member filled in too (sampleFor leaves them out). */
function fullSample(schema: AnySchema, key = ""): unknown {
  if (schema.type === "optional") return fullSample(schema.wrapped as AnySchema, key);
  if (schema.type === "object" || schema.type === "loose_object") {
    const out: Record<string, unknown> = {};
    for (const [name, entry] of Object.entries(schema.entries ?? {})) {
      out[name] = fullSample(entry, name);
    }
    return out;
  }
  return sampleFor(schema, key);
}

/** Every numeric limit (min/max value, length, items) anywhere in the schema, and its neighbours. */
function limitsOf(schema: unknown, into = new Set<number>()): Set<number> {
  if (typeof schema !== "object" || schema === null) return into;
  const { requirement } = schema as { requirement?: unknown };
  if (typeof requirement === "number") {
    for (const near of [requirement - 1, requirement, requirement + 1]) into.add(near);
  }
  for (const child of Object.values(schema)) {
    if (typeof child === "object") limitsOf(child, into);
  }
  return into;
}

const WRONG_VALUES: readonly unknown[] = [null, -1, 0.5, 1e9, "", "§", "a?b", true, [], {}];

/**
 * Copies of `value` with one member replaced by something of the wrong type, a value at or next
 * to one of the schema's limits, or a list of such a length; and with one member left out.
 */
function variants(value: unknown, limits: ReadonlySet<number>): unknown[] {
  const out: unknown[] = [...WRONG_VALUES, ...limits];
  if (Array.isArray(value)) {
    for (const length of limits) {
      if (length >= 0) out.push(Array.from({ length }, () => value[0]));
    }
    value.forEach((item, index) => {
      for (const other of variants(item, limits)) out.push(value.with(index, other));
    });
  } else if (typeof value === "object" && value !== null) {
    for (const [key, member] of Object.entries(value)) {
      for (const other of variants(member, limits)) out.push({ ...value, [key]: other });
      const { [key]: _dropped, ...without } = value as Record<string, unknown>;
      out.push(without);
    }
  }
  return out;
}

/** What a parse says, in a form two schemas can be compared by. */
function outcome(schema: v.GenericSchema, input: unknown) {
  const result = v.safeParse(schema, input);
  if (result.success) return { accepted: result.output };
  return { refused: result.issues.map((issue) => [v.getDotPath(issue), issue.message]) };
}

const ids = Object.keys(inputSchemas) as InputSchemaId[];

describe("inputSchemaOf", () => {
  it("builds one operation's schema on first use and no other", async () => {
    vi.resetModules();
    const fresh = await import("../../generated/inputSchemas.js");
    expect(fresh.builtInputSchemaIds()).toEqual([]);
    const album = fresh.inputSchemaOf("getAlbum");
    expect(fresh.builtInputSchemaIds()).toEqual(["getAlbum"]);
    expect(fresh.inputSchemaOf("getAlbum")).toBe(album);
    fresh.inputSchemaOf("startPlayback");
    expect(fresh.builtInputSchemaIds()).toEqual(["getAlbum", "startPlayback"]);
  });

  it("has a schema for every operation of schemaTable.ts", () => {
    expect(ids).toHaveLength(97);
    for (const id of ids) expect(inputSchemaOf(id).type, id).toBe("object");
  });

  it.each(ids)("%s accepts and refuses the inputs schemaTable.ts's schema does", (id) => {
    const eager = inputSchemas[id] as v.GenericSchema;
    const lazy = inputSchemaOf(id) as v.GenericSchema;
    const valid = [sampleFor(eager as AnySchema), fullSample(eager as AnySchema)];
    expect(v.safeParse(eager, valid[0]).success, "minimal sample").toBe(true);
    const limits = limitsOf(eager);
    const inputs = [...valid, ...valid.flatMap((input) => variants(input, limits)), undefined];
    let refused = 0;
    for (const input of inputs) {
      const expected = outcome(eager, input);
      expect(outcome(lazy, input), JSON.stringify(input)).toEqual(expected);
      if ("refused" in expected) refused++;
    }
    expect(refused, "inputs refused").toBeGreaterThan(0);
    expect(inputs.length - refused, "inputs accepted").toBeGreaterThan(0);
  });
});

describe("tree shaking", () => {
  // Resolving the module through a plugin bypasses package.json's `"sideEffects": false`, so
  // what is dropped is dropped because the module's own top level is pure.
  const direct: Plugin = {
    name: "inputSchemas without package.json",
    setup(plugins) {
      plugins.onResolve({ filter: /inputSchemas\.js$/ }, () => ({
        path: resolve("generated/inputSchemas.ts"),
      }));
    },
  };
  const bundle = async (contents: string) => {
    const result = await build({
      stdin: { contents, resolveDir: process.cwd(), loader: "ts" },
      bundle: true,
      write: false,
      minify: true,
      format: "esm",
      platform: "neutral",
      plugins: [direct],
    });
    return result.outputFiles[0]?.text ?? "";
  };

  it("keeps response schemas out of a bundle that validates inputs", async () => {
    const code = await bundle(
      'import { inputSchemaOf } from "./generated/inputSchemas.js"; export default inputSchemaOf;',
    );
    expect(code).toContain("must be a Spotify ID");
    // disc_number only occurs in track schemas, which no input references.
    expect(code).not.toContain("disc_number");
  });

  it("adds nothing to a bundle that imports the module without using it (nothing is built)", async () => {
    const code = await bundle('import "./generated/inputSchemas.js";');
    expect(code.trim()).toBe("");
  });
});
