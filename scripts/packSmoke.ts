/**
 * `npm run test:package`: checks the package as users receive it, not the repository.
 *
 * 1. `npm pack` (its `prepack` runs the build) into a temporary folder; the tarball must hold
 *    dist/, README, LICENSE and package.json, and no sources, tests or fixtures.
 * 2. publint (strict) and attw (`--profile esm-only`: CommonJS consumers load the package with
 *    require(esm), which attw does not model) over that tarball.
 * 3. A throwaway project installs the tarball with npm; every relative import of a shipped
 *    `.d.ts` must be shipped too. Then test/package/esm.mjs and cjs.cjs load every entry with
 *    `import` and with `require()` and use them against the mock Spotify.
 * 4. The consumer's TypeScript view: a small file type-checks under `nodenext` and `bundler`.
 * 5. The browser view: an esbuild browser bundle of the installed entries has no `node:` import,
 *    and the `browser` stub of `./testing` exports the same names as the Node entry.
 *
 * Options: `--node <version>` (repeatable) also runs step 3 on that Node from the npm registry
 * (`npx -p node@<version>`), e.g. `--node 20.19.0` for the oldest supported one; `--keep` leaves
 * the temporary folder for inspection. Exits non-zero on the first failing step.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, posix, resolve } from "node:path";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { publint } from "publint";
import { formatMessage } from "publint/utils";

const ROOT = resolve(import.meta.dirname, "..");
const FIXTURES = join(ROOT, "test", "package");
const BIN = join(ROOT, "node_modules", ".bin");

const { values: args } = parseArgs({
  options: {
    node: { type: "string", multiple: true, default: [] },
    keep: { type: "boolean", default: false },
  },
});

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: Array<{ path: string }>;
}

function run(command: string, commandArgs: string[], cwd: string): string {
  return execFileSync(command, commandArgs, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
  });
}

async function step(name: string, body: () => Promise<string> | string): Promise<void> {
  const started = performance.now();
  process.stdout.write(`- ${name} ... `);
  const detail = await body();
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `ok (${seconds} s)${detail ? `\n    ${detail.replace(/\n/g, "\n    ")}` : ""}\n`,
  );
}

function checkTarballFiles(pack: PackResult): string {
  const paths = pack.files.map((f) => f.path);
  const required = ["package.json", "README.md", "LICENSE", ...exportTargets()];
  const missing = required.filter((p) => !paths.includes(p));
  const allowed = (p: string) =>
    ["package.json", "README.md", "LICENSE"].includes(p) ||
    (/^dist\/(src|generated)\//.test(p) && (p.endsWith(".d.ts") || !p.endsWith(".ts"))) ||
    /^dist\/node\/.*\.js$/.test(p);
  const stray = paths.filter(
    (p) => !allowed(p) || /(^|\/)(test|tests|fixtures?|__\w+__)\//.test(p),
  );
  if (missing.length > 0 || stray.length > 0) {
    throw new Error(
      `tarball content: missing [${missing.join(", ")}], unexpected [${stray.join(", ")}]`,
    );
  }
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  return `${paths.length} files, ${kb(pack.size)} packed, ${kb(pack.unpackedSize)} unpacked`;
}

/**
 * Every relative import in a shipped `.d.ts` must reach a shipped file. `files` leaves out the
 * declarations of the internal schema modules (2.7 MB); this fails if a public type starts to
 * need them. (A consumer with skipLibCheck would not notice: the type silently becomes `any`.)
 */
function checkDeclarationImports(installed: string, files: readonly string[]): string {
  const shipped = new Set(files);
  const declarations = files.filter((f) => f.endsWith(".d.ts"));
  const broken: string[] = [];
  for (const file of declarations) {
    const text = readFileSync(join(installed, file), "utf8");
    for (const match of text.matchAll(/(?:from |import\()"(\.{1,2}\/[^"]+)"/g)) {
      const target = posix.join(posix.dirname(file), match[1]!).replace(/\.js$/, ".d.ts");
      if (!shipped.has(target)) broken.push(`${file} -> ${match[1]}`);
    }
  }
  if (broken.length > 0)
    throw new Error(`declarations import unshipped files:\n${broken.join("\n")}`);
  return `${declarations.length} declaration files, every relative import shipped`;
}

/** Every file the exports map and the legacy fields point at. */
function exportTargets(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const targets = new Set<string>([pkg.main, pkg.types]);
  const walk = (node: unknown): void => {
    if (typeof node === "string") targets.add(node);
    else if (node && typeof node === "object") Object.values(node).forEach(walk);
  };
  walk(pkg.exports);
  return [...targets].map((t) => t.replace(/^\.\//, ""));
}

async function runPublint(tarball: string): Promise<string> {
  const bytes = readFileSync(tarball);
  const { messages, pkg } = await publint({
    pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) },
    strict: true,
  });
  if (messages.length === 0) return "publint: no messages";
  const lines = messages.map((m) => `${m.type}: ${formatMessage(m, pkg) ?? m.code}`);
  throw new Error(`publint:\n${lines.join("\n")}`);
}

function runAttw(tarball: string): string {
  try {
    const out = run(
      join(BIN, "attw"),
      [tarball, "--profile", "esm-only", "--format", "ascii"],
      ROOT,
    );
    // The resolutions the esm-only profile judges; node10 and node16-from-CJS are reported ignored.
    const judged = out.split("\n").filter((l) => /^(node16 \(from ESM\)|bundler):/.test(l));
    const green = judged.filter((l) => l.includes("🟢")).length;
    if (judged.length === 0 || green !== judged.length) throw new Error(`attw:\n${out}`);
    return `attw: ${green}/${judged.length} resolutions green (node16 from ESM, bundler; each entry)`;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`attw --profile esm-only failed:\n${stdout}${stderr}`);
  }
}

/** `node` from the npm registry's `node` package, as `npx -p node@<version>` installs it. */
function nodeBinary(version: string): string {
  const bin = run(
    "npx",
    ["-y", "-p", `node@${version}`, "--", "node", "-p", "process.execPath"],
    ROOT,
  );
  return bin.trim();
}

function runConsumers(consumer: string, node: string): string {
  return ["esm.mjs", "cjs.cjs"]
    .map((file) => {
      try {
        return run(node, ["--disable-warning=ExperimentalWarning", file], consumer).trim();
      } catch (error) {
        const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
        throw new Error(`${file} on ${node}:\n${stdout}${stderr}`);
      }
    })
    .join("\n");
}

/**
 * What a TypeScript consumer writes. Under `nodenext` the `node` condition applies, so the Node
 * additions of `spotify-ts-sdk/auth` are typed; under `bundler` only the universal entry is, and
 * `spotify-ts-sdk/auth/node` names the Node entry explicitly.
 */
function typesFixture(mode: "nodenext" | "bundler"): string {
  const nodeOnly = ", FileTokenCache";
  const nodeEntry = mode === "nodenext" ? "spotify-ts-sdk/auth" : "spotify-ts-sdk/auth/node";
  return `import { NotFoundError, SpotifyClient } from "spotify-ts-sdk";
import { AuthorizationCode${nodeOnly} } from "${nodeEntry}";
import { createMockSpotify } from "spotify-ts-sdk/testing";

export async function check(): Promise<string> {
  await using mock = await createMockSpotify({ seed: 1 });
  const client = new SpotifyClient({ accessToken: mock.issueToken(), baseUrl: mock.baseUrl });
  const album = await client.albums.get("4aawyAB9vmqN3uQ7FjRGTy");
  const name: string = album.name;
  const auth = new AuthorizationCode({ clientId: "id", redirectUri: "https://example.com/cb" });
  const { url, state } = await auth.getAuthorizationUrl({ showDialog: true });
  void [url.length, state.length${nodeOnly}];
  return new NotFoundError("x").name + name;
}
`;
}

function typeCheckConsumer(consumer: string): string {
  // skipLibCheck as most consumers have it: without it, checking valibot's own .d.ts alone
  // takes ~15 s here and says nothing about this package.
  const common = ["--noEmit", "--strict", "--skipLibCheck", "--target", "es2022"];
  const env = ["--lib", "es2023,dom,esnext.disposable", "--types", "node"];
  const typeRoots = ["--typeRoots", join(ROOT, "node_modules", "@types")];
  const modes = [
    ["nodenext", ["--module", "nodenext", "--moduleResolution", "nodenext"]],
    ["bundler", ["--module", "esnext", "--moduleResolution", "bundler"]],
  ] as const;
  for (const [mode, flags] of modes) {
    const file = `consumer-${mode}.ts`;
    writeFileSync(join(consumer, file), typesFixture(mode));
    try {
      run(join(BIN, "tsc"), [...common, ...env, ...typeRoots, ...flags, file], consumer);
    } catch (error) {
      const { stdout = "" } = error as { stdout?: string };
      throw new Error(`${file} does not type-check:\n${stdout}`);
    }
  }
  return "consumer files type-check with moduleResolution nodenext and bundler";
}

async function checkBrowserView(consumer: string): Promise<string> {
  const browser = await build({
    stdin: {
      contents: `export { SpotifyClient } from "spotify-ts-sdk";\nexport { AuthorizationCode, ClientCredentials } from "spotify-ts-sdk/auth";`,
      resolveDir: consumer,
    },
    bundle: true,
    write: false,
    format: "esm",
    platform: "browser",
    metafile: true,
    logLevel: "silent",
  });
  const inputs = Object.keys(browser.metafile.inputs);
  const nodeImports = [...browser.outputFiles[0]!.text.matchAll(/["'](node:[\w/]+)["']/g)].map(
    (m) => m[1],
  );
  if (nodeImports.length > 0 || inputs.some((i) => i.includes("index.node."))) {
    throw new Error(`browser bundle reaches Node code: ${nodeImports.join(", ")}`);
  }
  const exportsOf = async (platform: "browser" | "node") => {
    const result = await build({
      stdin: { contents: `export * from "spotify-ts-sdk/testing";`, resolveDir: consumer },
      bundle: true,
      write: false,
      format: "esm",
      platform,
      metafile: true,
      logLevel: "silent",
    });
    return Object.values(result.metafile.outputs)[0]!.exports.sort();
  };
  const [stub, real] = [await exportsOf("browser"), await exportsOf("node")];
  if (stub.join() !== real.join()) {
    throw new Error(
      `src/testing/index.browser.ts exports [${stub.join(", ")}]; the Node entry [${real.join(", ")}]`,
    );
  }
  return `${inputs.length} modules in the browser bundle, no node: import; testing stub matches ${real.length} names`;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), "spotify-ts-sdk-pack-"));
  const consumer = join(work, "consumer");
  let tarball = "";
  let packedFiles: string[] = [];
  try {
    await step("npm pack (prepack builds dist/)", () => {
      const [pack] = JSON.parse(
        run("npm", ["pack", "--json", "--pack-destination", work], ROOT),
      ) as PackResult[];
      tarball = join(work, pack!.filename);
      packedFiles = pack!.files.map((f) => f.path);
      return checkTarballFiles(pack!);
    });
    await step("publint --strict", () => runPublint(tarball));
    await step("attw --profile esm-only", () => runAttw(tarball));
    await step("install the tarball into a new project", () => {
      cpSync(FIXTURES, consumer, { recursive: true });
      writeFileSync(
        join(consumer, "package.json"),
        `${JSON.stringify({ name: "consumer", private: true, type: "module" }, null, 2)}\n`,
      );
      run("npm", ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline"], consumer);
      return "";
    });
    await step("declaration imports", () =>
      checkDeclarationImports(join(consumer, "node_modules", "spotify-ts-sdk"), packedFiles),
    );
    await step(`import and require on Node ${process.version}`, () =>
      runConsumers(consumer, process.execPath),
    );
    for (const version of args.node) {
      await step(`import and require on node@${version}`, () =>
        runConsumers(consumer, nodeBinary(version)),
      );
    }
    await step("TypeScript consumer", () => typeCheckConsumer(consumer));
    await step("browser bundle of the installed package", () => checkBrowserView(consumer));
  } finally {
    if (args.keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  () => console.log("package smoke test passed"),
  (error: unknown) => {
    console.log("FAILED");
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
