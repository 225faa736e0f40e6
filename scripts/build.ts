/**
 * `npm run build`: the published dist/.
 *
 * - JavaScript: esbuild bundles each package entry (the exports map's targets) with code
 *   splitting, so modules shared by entries live once in a chunk and the SDK's lazily imported
 *   parts (input checks, response schemas, the token endpoint) stay separate chunks.
 * - The functions the SDK uses from valibot and openapi-fetch are bundled in too (tree-shaken);
 *   both stay dependencies because the published types refer to theirs. `open` (Node-only, for
 *   authorizeLocal) and `node:` modules stay external.
 * - Types: `tsc --emitDeclarationOnly`, file per source file, beside the bundles.
 *
 * Why: a fresh Node process pays for every module it resolves, reads and compiles, and valibot's
 * entry is one 200 KB file of which the SDK uses a few functions. Time to the first `albums.get`
 * answer over raw fetch's (`npm run bench`, cold-start section): about +50 ms from tsc's ~60
 * modules, about +28 ms bundled with dependencies external, +18 to +24 ms as built here
 * (docs/decisions.md has the runs). Left unminified, which costs ~1 ms: users debug through it.
 */
import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
import { build } from "esbuild";

const ROOT = resolve(import.meta.dirname, "..");

/** The exports map's JavaScript targets, as source files. */
const ENTRIES = [
  "src/index.ts",
  "src/auth/index.ts",
  "src/auth/index.node.ts",
  "src/testing/index.ts",
  "src/testing/index.browser.ts",
];

rmSync(`${ROOT}/dist`, { recursive: true, force: true });

await build({
  absWorkingDir: ROOT,
  entryPoints: ENTRIES,
  outbase: ".",
  outdir: "dist",
  // Entries keep their tsc paths (dist/src/index.js ...), so the exports map and the .d.ts
  // files beside them line up; shared and lazy code goes to dist/src/chunks/.
  entryNames: "[dir]/[name]",
  chunkNames: "src/chunks/[name]-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  external: ["node:*", "open"],
  // Readable output: users debug through it, and minifying saves no measurable load time.
  minify: false,
  sourcemap: false,
  logLevel: "warning",
});

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--emitDeclarationOnly"], {
  cwd: ROOT,
  stdio: "inherit",
});
