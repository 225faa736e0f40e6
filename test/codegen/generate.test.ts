import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import * as v from "valibot";
import { afterAll, describe, expect, it } from "vitest";
import { type GeneratedOutput, generateAll, writeOutputs } from "../../codegen/writeOutputs.js";
import { operationTable } from "../../generated/operations.js";

const curated = readFileSync("openapi/spotify.yaml", "utf8");
const scratch = resolve(".tmp", `codegen-test-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("generate", () => {
  it("produces byte-identical output for identical input", async () => {
    const first = await generateAll(curated);
    const second = await generateAll(curated);
    expect([...second.files.keys()]).toEqual([...first.files.keys()]);
    for (const [name, content] of first.files) expect(second.files.get(name), name).toBe(content);
  }, 60_000);

  it("starts every generated .ts file with a header naming the source and the command", async () => {
    const { files } = await generateAll(curated);
    for (const [name, content] of files) {
      if (!name.endsWith(".ts")) continue;
      expect(content.startsWith("/**"), name).toBe(true);
      expect(content.slice(0, 400), name).toContain("openapi/spotify.yaml by `npm run generate`");
    }
  }, 60_000);

  it("keeps valibot out of the operation table, so type-only users do not bundle schemas", () => {
    const table = readFileSync("generated/operations.ts", "utf8");
    expect(table).not.toMatch(/from "valibot"/);
    expect(table).not.toMatch(/^import (?!type )/m);
  });
});

describe("tree shaking", () => {
  it("bundles only the schemas a module imports", async () => {
    const entry =
      'import { ImageObjectSchema } from "./generated/schemas.js"; export default ImageObjectSchema;';
    const result = await build({
      stdin: { contents: entry, resolveDir: process.cwd(), loader: "ts" },
      bundle: true,
      write: false,
      minify: true,
      format: "esm",
      platform: "neutral",
    });
    const code = result.outputFiles[0]?.text ?? "";
    expect(code).toContain("must be an integer");
    // disc_number only occurs in track schemas, which this entry does not use.
    expect(code).not.toContain("disc_number");
  });
});

describe("the operation table", () => {
  const rows = Object.values(operationTable);

  it("has all 97 operations", () => {
    expect(rows).toHaveLength(97);
  });

  it("splits them 49 / 40 / 8 by availability tier", () => {
    const count = (tier: string) => rows.filter((row) => row.availability === tier).length;
    expect([count("all"), count("extended"), count("legacy")]).toEqual([49, 40, 8]);
  });
});

describe("recursive schemas", () => {
  let output: GeneratedOutput;

  it("defers only the references that close a cycle", async () => {
    output = await generateAll(readFileSync("test/codegen/fixtures/cycle.yaml", "utf8"));
    const schemas = output.files.get("schemas.ts") ?? "";
    expect(schemas.match(/v\.lazy\(/g)).toHaveLength(2);
    expect(schemas).toContain(
      'export const NodeSchema: v.GenericSchema<unknown, components["schemas"]["Node"]>',
    );
    expect(output.stats.lazyReferences).toBe(2);
  }, 60_000);

  it("validates nested data through the cycle and names the failing path", async () => {
    mkdirSync(scratch, { recursive: true });
    writeOutputs(scratch, output.files);
    const mod = await import(pathToFileURL(join(scratch, "schemas.ts")).href);
    const tree = { name: "root", children: [{ name: "leaf", children: [], owner: { id: "u1" } }] };
    expect(v.is(mod.NodeSchema, tree)).toBe(true);
    const broken = {
      name: "root",
      children: [{ name: "leaf", children: [{ name: 7, children: [] }] }],
    };
    const result = v.safeParse(mod.NodeSchema, broken);
    expect(result.success).toBe(false);
    expect(v.getDotPath(result.issues?.[0] as v.BaseIssue<unknown>)).toBe(
      "children.0.children.0.name",
    );
  });

  it("carries list limits into the input schema without applying defaults", async () => {
    const mod = await import(pathToFileURL(join(scratch, "schemas.ts")).href);
    const input = v.parse(mod.getTreeParams, { query: { ids: ["a", "b"] } });
    expect(input).toEqual({ query: { ids: ["a", "b"] } });
    const tooMany = v.safeParse(mod.getTreeParams, { query: { ids: ["a", "b", "c", "d"] } });
    expect(tooMany.issues?.[0]?.message).toBe("must have at most 3 items");
  });

  it("builds a recursive request body on first use, deferring the same references", async () => {
    const inputs = output.files.get("inputSchemas.ts") ?? "";
    // Both deferred references (Node's children, Person's favourite) defer Node, and equal
    // nodes are written once in the data: one lazy node, used from both places.
    expect(inputs.match(/\["lazy",\d+\]/g)).toHaveLength(1);
    const mod = await import(pathToFileURL(join(scratch, "inputSchemas.ts")).href);
    const body = { id: "u1", favourite: { name: "root", children: [{ name: 7, children: [] }] } };
    const result = v.safeParse(mod.inputSchemaOf("replaceTree"), { body });
    expect(v.getDotPath(result.issues?.[0] as v.BaseIssue<unknown>)).toBe(
      "body.favourite.children.0.name",
    );
    expect(mod.builtInputSchemaIds()).toEqual(["replaceTree"]);
  });
});
