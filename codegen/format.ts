/**
 * Shared text helpers for emitters: the header every generated file starts with, and the biome
 * formatter run over emitted TypeScript so generated code reads like the rest of the repository.
 */
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

/** The document every generated file is derived from (relative to the repository root). */
export const SOURCE_DOCUMENT = "openapi/spotify.yaml";

/** The header comment at the top of each generated .ts file. */
export function header(purpose: string): string {
  return [
    "/**",
    ` * ${purpose}`,
    " *",
    ` * Generated from ${SOURCE_DOCUMENT} by \`npm run generate\` (codegen/generate.ts).`,
    " * Do not edit by hand: change the document or the generator, then regenerate.",
    " */",
    "",
  ].join("\n");
}

/** Quotes a string as a TypeScript/JSON string literal. */
export function literal(value: unknown): string {
  return JSON.stringify(value);
}

/** A property key, quoted only when it is not a plain identifier. */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name);
}

const require = createRequire(import.meta.url);

/**
 * Formats TypeScript source with the repository's biome settings. The virtual file name sits in
 * codegen/ because biome.json ignores generated/ and would otherwise echo the text unchanged.
 */
export function formatTypeScript(source: string): string {
  const bin = require.resolve("@biomejs/biome/bin/biome");
  const result = spawnSync(
    process.execPath,
    [bin, "format", "--stdin-file-path=codegen/__generated__.ts"],
    { input: source, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.status !== 0) {
    throw new Error(`biome could not format generated code:\n${result.stderr}`);
  }
  return result.stdout;
}
