/**
 * `npm run build`: the published dist/, in two layouts of the same sources.
 *
 * - dist/src/ (bundlers, browsers, any runtime without the `node` condition): esbuild bundles
 *   each package entry (the exports map's targets) with code splitting, so modules shared by
 *   entries live once in a chunk and the SDK's lazily imported parts (input checks, response
 *   schemas, the token endpoint) stay chunks an app's bundler keeps out of its initial load.
 * - dist/node/ (the exports map's `node` condition): the root and `./auth` entries only, with the
 *   input checks and the token endpoint inside the main files instead of lazy chunks (each
 *   `*Loader.ts` module is swapped for its `*Loader.node.ts` twin), whitespace and syntax
 *   minified, names kept for readable stack traces. Response schemas stay a lazy chunk: they are
 *   built at load and only `validateResponses` needs them. `./testing` keeps its dist/src build.
 * - The functions the SDK uses from valibot and openapi-fetch are bundled in (tree-shaken); both
 *   stay dependencies because the published types refer to theirs. `open` (Node-only, for
 *   authorizeLocal) and `node:` modules stay external.
 * - Types: `tsc --emitDeclarationOnly` into dist/src, file per source file; both layouts use them.
 *
 * Why two layouts: a fresh Node process pays a fixed cost for every file it resolves, reads and
 * compiles (about 0.5 ms, more than the bytes inside cost), while a browser app's bundler wants
 * the lazy parts as separate modules. Time to the first `albums.get` answer over raw fetch's
 * (`npm run bench`, cold-start section): about +50 ms from tsc's ~60 modules, about +28 ms
 * bundled with dependencies external, +18 to +24 ms with one split layout for everyone (ten
 * files on the first call), and the dist/node/ numbers in docs/decisions.md (four files).
 */
import { execFileSync } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { relative, resolve } from "node:path";
import { type BuildOptions, build, type Plugin } from "esbuild";

const ROOT = resolve(import.meta.dirname, "..");

/** The exports map's JavaScript targets, as source files. */
const ENTRIES = [
  "src/index.ts",
  "src/auth/index.ts",
  "src/auth/index.node.ts",
  "src/testing/index.ts",
  "src/testing/index.browser.ts",
];

/** The entries the `node` condition points at (dist/node/). */
const NODE_ENTRIES = ["src/index.ts", "src/auth/index.node.ts"];

rmSync(`${ROOT}/dist`, { recursive: true, force: true });

const SHARED: BuildOptions = {
  absWorkingDir: ROOT,
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  external: ["node:*", "open"],
  sourcemap: false,
  logLevel: "warning",
};

/**
 * Pure helper modules that code loaded on demand gets its own copy of in dist/src/, by importer.
 * An app's esbuild turns a module used both by the initial code and by a lazy chunk into a chunk
 * of its own, loaded with the initial code: one more request and one more gzip stream, ~0.2 KB
 * each. It also keeps in the initial load any module the package root re-exports that a lazy
 * chunk imports, even one the app never uses (it splits by which entries reach a module, not by
 * which names are used). The id helpers (re-exported by the root), the single attempt, retry
 * rules and delay (shared with the token endpoint) and the inspect helpers (shared with the token
 * cache) are pure functions and constants (`Symbol.for` gives both copies one symbol), so a second
 * copy behaves the same; the lazy chunk grows by what it copies, the initial load shrinks by it
 * and by the extra chunk (`npm run size`: 12.4 -> 11.8 KB min+gzip for the core).
 */
const PRIVATE_COPIES: Readonly<Record<string, readonly string[]>> = {
  "src/services/normalize.ts": ["src/core/ids.ts"],
  "src/services/rules.ts": ["src/core/ids.ts"],
  "src/core/scopes.ts": ["src/core/ids.ts"],
  "src/auth/tokenCache.ts": ["src/auth/redaction.ts"],
  "src/auth/tokenEndpoint.ts": [
    "src/http/attempt.ts",
    "src/http/retryPolicy.ts",
    "src/http/abortableDelay.ts",
  ],
};

const privateCopies: Plugin = {
  name: "private-copies",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\.?\// }, (args) => {
      const copied = PRIVATE_COPIES[relative(ROOT, args.importer)];
      if (copied === undefined) return undefined;
      const path = resolve(args.resolveDir, args.path.replace(/\.js$/, ".ts"));
      return copied.includes(relative(ROOT, path)) ? { path, suffix: "?copy" } : undefined;
    });
  },
};

await build({
  ...SHARED,
  entryPoints: ENTRIES,
  plugins: [privateCopies],
  outbase: ".",
  outdir: "dist",
  // Entries keep their tsc paths (dist/src/index.js ...), so the exports map and the .d.ts
  // files beside them line up; shared and lazy code goes to dist/src/chunks/.
  entryNames: "[dir]/[name]",
  chunkNames: "src/chunks/[name]-[hash]",
  // Readable output: users debug through it, and an app's bundler minifies anyway.
  minify: false,
});

/** Resolves `./xLoader.js` to `./xLoader.node.ts`, so the loaded module is bundled in. */
const nodeLoaders: Plugin = {
  name: "node-loaders",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /Loader\.js$/ }, (args) => {
      const twin = resolve(args.resolveDir, args.path.replace(/\.js$/, ".node.ts"));
      return existsSync(twin) ? { path: twin } : undefined;
    });
  },
};

await build({
  ...SHARED,
  entryPoints: NODE_ENTRIES,
  outbase: "src",
  outdir: "dist/node",
  entryNames: "[dir]/[name]",
  chunkNames: "chunks/[name]-[hash]",
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [nodeLoaders],
});

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--emitDeclarationOnly"], {
  cwd: ROOT,
  stdio: "inherit",
});
