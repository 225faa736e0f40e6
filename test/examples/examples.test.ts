/**
 * The examples as users run them: type-checked through `tsconfig.examples.json` (which maps the
 * package name `spotify-ts-sdk` to `src/`), and each runnable one started with tsx in a child
 * process against the embedded mock. SPOTIFY_* variables are removed from the children's
 * environment so a developer's real credentials can never send them to Spotify.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const TSC = require.resolve("typescript/bin/tsc");
const TSX = require.resolve("tsx/cli");
const EXAMPLE_TIMEOUT_MS = 30_000;
/** Type-checked only: it needs a DOM (test/browser runs the same flow in Chromium). */
const BROWSER_ONLY = ["pkce-browser"];
/** Every other example; each has a test below. */
const SMOKE_RUN = [
  "access-token",
  "authorization-code",
  "authorize-local",
  "client-credentials",
  "custom-provider",
  "export-library",
  "playlist-from-search",
  "save-to-library",
];

function exampleEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (!name.startsWith("SPOTIFY_")) env[name] = value;
  }
  return env;
}

/** Runs `examples/<name>.ts` the way its header says; rejects on a non-zero exit or a timeout. */
async function runExample(name: string, args: readonly string[] = []) {
  return run(
    process.execPath,
    [TSX, "--tsconfig", "tsconfig.examples.json", `examples/${name}.ts`, ...args],
    { cwd: ROOT, env: exampleEnv(), timeout: EXAMPLE_TIMEOUT_MS, killSignal: "SIGKILL" },
  );
}

async function exampleNames(): Promise<string[]> {
  const files = await readdir(join(ROOT, "examples"));
  return files
    .filter((file) => file.endsWith(".ts"))
    .map((file) => file.slice(0, -3))
    .sort();
}

describe("examples", () => {
  it("type-check against the source through tsconfig.examples.json", async () => {
    const result = await run(
      process.execPath,
      [TSC, "-p", "tsconfig.examples.json", "--noEmit", "--pretty", "false"],
      { cwd: ROOT, timeout: 60_000 },
    ).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? String(error) }));
    expect(result.stdout).toBe("");
  }, 60_000);

  it("each start with a header saying how to run them", async () => {
    for (const name of await exampleNames()) {
      const source = await readFile(join(ROOT, "examples", `${name}.ts`), "utf8");
      expect(source.startsWith("/**"), name).toBe(true);
      if (!BROWSER_ONLY.includes(name)) {
        expect(source, name).toContain(
          `npx tsx --tsconfig tsconfig.examples.json examples/${name}.ts`,
        );
      }
    }
  });

  it("are all smoke-run below, except the browser snippet", async () => {
    const runnable = (await exampleNames()).filter((name) => !BROWSER_ONLY.includes(name));
    expect(runnable).toEqual([...SMOKE_RUN].sort());
  });
});

// Each example is a separate process doing little but waiting on its own mock, so they run side
// by side.
describe.concurrent("examples against the mock", { timeout: EXAMPLE_TIMEOUT_MS + 5_000 }, () => {
  let scratch = "";
  beforeAll(async () => {
    scratch = await mkdtemp(join(tmpdir(), "spotify-examples-test-"));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it("access-token reads an album with a given token", async () => {
    const { stdout, stderr } = await runExample("access-token");
    expect(stdout).toContain("Using the mock Spotify at http://127.0.0.1:");
    expect(stdout).toMatch(/^Album: .+ by .+ \(4aawyAB9vmqN3uQ7FjRGTy\)$/m);
    expect(stderr).toBe("");
  });

  it("client-credentials shares one token between three concurrent calls", async () => {
    const { stdout, stderr } = await runExample("client-credentials");
    expect(stdout.match(/^Search hit: /gm)).toHaveLength(3);
    expect(stdout).toMatch(/^Album: \S/m);
    expect(stdout).toMatch(/^Artist: \S/m);
    expect(stdout).toContain("Token requests: 1");
    expect(stderr).toBe("");
  });

  it("authorization-code signs in by hand with PKCE", async () => {
    const { stdout, stderr } = await runExample("authorization-code");
    expect(stdout).toContain("Flow: authorization code with PKCE");
    expect(stdout).toContain("code_challenge_method=S256");
    expect(stdout).toContain("3. Signed in; granted scopes: user-read-private user-read-email");
    expect(stdout).toContain("Refresh token received: yes");
    expect(stdout).toMatch(/^Hello, \S/m);
    expect(stderr).toBe("");
  });

  it("authorize-local signs in through the loopback server, then reuses the token file", async () => {
    const { stdout, stderr } = await runExample("authorize-local");
    expect(stdout).toContain("The scripted browser landed on the callback page (HTTP 200)");
    expect(stdout).toContain("First run: signed in from the browser");
    expect(stdout).toMatch(/^Hello, \S/m);
    expect(stdout).toContain("Second run: signed in from the cache");
    // The first run starts without a cache file, which FileTokenCache reports once.
    expect(stderr.trim()).toMatch(
      /^\[spotify-ts-sdk\] No token cache at \S+ yet; starting without a token$/,
    );
  });

  it("custom-provider recovers from a 401 by asking its backend again", async () => {
    const { stdout, stderr } = await runExample("custom-provider");
    expect(stdout).toMatch(/^Album: \S/m);
    expect(stdout).toContain("Tokens fetched from the backend: 2");
    expect(stderr).toBe("");
  });

  it("save-to-library sends links as URIs", async () => {
    const { stdout, stderr } = await runExample("save-to-library");
    expect(stdout).toContain("Saved 2 items to the library:");
    expect(stdout).toContain(
      "Sent: PUT /v1/me/library?uris=spotify:track:4uLU6hMCjMI75M1A2tKUQC,spotify:album:4aawyAB9vmqN3uQ7FjRGTy",
    );
    expect(stderr).toBe("");
  });

  it("playlist-from-search pages the search and fills a new playlist", async () => {
    const { stdout, stderr } = await runExample("playlist-from-search", ["lo-fi beats", "12"]);
    expect(stdout).toContain('Found 12 tracks for "lo-fi beats"');
    expect(stdout).toMatch(/^Created playlist "lo-fi beats \(from search\)" \(\w+\)$/m);
    expect(stdout).toMatch(/^Added 12 tracks; snapshot \w+$/m);
    expect(stdout).toMatch(/^Open it: https:\/\/open\.spotify\.com\/playlist\/\w+$/m);
    expect(stderr).toBe("");
  });

  it("export-library writes every saved track, fetched over several pages", async () => {
    const output = join(scratch, "saved-tracks.json");
    const { stdout, stderr } = await runExample("export-library", [output]);
    expect(stdout).toContain("Exporting 120 saved tracks...");
    expect(stdout).toContain(`Wrote 120 tracks to ${output}`);
    expect(stdout).toContain("Pages requested: 3");
    expect(stderr).toBe("");
    const rows: unknown = JSON.parse(await readFile(output, "utf8"));
    expect(Array.isArray(rows) && rows.length).toBe(120);
    expect(Array.isArray(rows) ? rows[0] : undefined).toMatchObject({
      uri: expect.stringMatching(/^spotify:track:/),
      name: expect.any(String),
      artists: expect.any(Array),
    });
  });
});
