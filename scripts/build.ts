/**
 * `npm run build`: the published dist/, in two layouts of the same sources.
 *
 * - dist/src/ (bundlers, browsers, any runtime without the `node` condition): esbuild bundles
 *   each package entry (the exports map's targets) with code splitting, so modules shared by
 *   entries live once in a chunk and the SDK's lazily imported parts (input checks, response
 *   schemas, the token endpoint) stay chunks an app's bundler keeps out of its initial load.
 * - dist/node/ (the exports map's `node` condition): one file per entry, no chunks. The input
 *   checks, the operation table, the page walker and the token code are inside the root file
 *   instead of lazy chunks (each `*Loader.ts` module is swapped for its `*Loader.node.ts` twin).
 *   The response checks are a file of their own, loaded on demand: their ~120 schemas are built
 *   at load and only `validateResponses` needs them. `./auth` and the response checks import the
 *   error classes and the two provider classes from the root file, so `instanceof` holds across
 *   entries; the rest of what they share is pure code, bundled into each. Whitespace and syntax
 *   are minified, names kept for readable stack traces. `./testing` keeps its dist/src build.
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
 * files read before the first answer), about +15 ms with a split Node layout (four files), and
 * the single-file numbers in docs/decisions.md.
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

/** The source file a relative `./x.js` import names: `./x.ts`, or `./x<ending>` when given. */
function sourceOf(args: { resolveDir: string; path: string }, ending = ".ts"): string {
  return resolve(args.resolveDir, args.path.replace(/\.js$/, ending));
}

/**
 * Pure helper modules that code loaded on demand gets its own copy of in dist/src/, by importer.
 * An app's esbuild turns a module used both by the initial code and by a lazy chunk into a chunk
 * of its own, loaded with the initial code: one more request and one more gzip stream, ~0.2 KB
 * each. It also keeps in the initial load any module the package root re-exports that a lazy
 * chunk imports, even one the app never uses (it splits by which entries reach a module, not by
 * which names are used). The id helpers (re-exported by the root), the single attempt, retry
 * rules and delay (shared with the token endpoint) and the inspect helpers (shared with the token
 * cache) hold no state and nothing checks their identity (`Symbol.for` gives both copies one
 * symbol), so a second copy behaves the same; the lazy chunk grows by what it copies, the
 * initial load shrinks by it
 * and by the extra chunk (`npm run size`, core: 0.7 KB for the ID helpers, 0.2 KB for the
 * token endpoint's helpers).
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
      const path = sourceOf(args);
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
      const twin = sourceOf(args, ".node.ts");
      return existsSync(twin) ? { path: twin } : undefined;
    });
  },
};

/**
 * Sends imports of `modules` to the root entry's file (`rootFile`, relative to the output), so
 * the classes users check with `instanceof` exist once however they were imported. The root
 * re-exports everything these modules export (errors.ts wholly, the two provider classes).
 */
function viaRootEntry(rootFile: string, modules: readonly string[]): Plugin {
  return {
    name: "via-root-entry",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^\.\.?\// }, (args) => {
        const path = relative(ROOT, sourceOf(args));
        return modules.includes(path) ? { path: rootFile, external: true } : undefined;
      });
    },
  };
}

/** Leaves the response checks' dynamic import pointing at their own file. */
const responseCheckApart: Plugin = {
  name: "response-check-apart",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/responseCheck\.js$/ }, () => ({
      path: "./responseCheck.js",
      external: true,
    }));
  },
};

// dist/node/: one file per entry, no chunks. The response checks are a file of their own, loaded
// on demand (their ~120 schemas are built at load, and only `validateResponses` needs them).
const NODE: BuildOptions = {
  ...SHARED,
  splitting: false,
  minifyWhitespace: true,
  minifySyntax: true,
};
const IDENTITY = ["src/errors.ts"];
await build({
  ...NODE,
  entryPoints: ["src/index.ts"],
  outfile: "dist/node/index.js",
  plugins: [nodeLoaders, responseCheckApart],
});
await build({
  ...NODE,
  entryPoints: ["src/services/responseCheck.ts"],
  outfile: "dist/node/responseCheck.js",
  plugins: [nodeLoaders, viaRootEntry("./index.js", IDENTITY)],
});
await build({
  ...NODE,
  entryPoints: ["src/auth/index.node.ts"],
  outfile: "dist/node/auth/index.node.js",
  plugins: [
    nodeLoaders,
    viaRootEntry("../index.js", [
      ...IDENTITY,
      "src/auth/clientCredentials.ts",
      "src/auth/staticToken.ts",
    ]),
  ],
});

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--emitDeclarationOnly"], {
  cwd: ROOT,
  stdio: "inherit",
});
