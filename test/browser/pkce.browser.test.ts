/**
 * The PKCE sign-in in a real browser: the SDK's universal entries, bundled for the browser by
 * esbuild, run in headless Chromium against the mock Spotify (another origin, so CORS is real).
 *
 * Everything listens on 127.0.0.1 only. Needs Debian's Chromium at /usr/bin/chromium (CI installs
 * it with `apt-get install -y chromium`); without it the browser test is skipped, never failed,
 * and the bundle check still runs.
 */
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build, type Metafile } from "esbuild";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMockSpotify, type MockSpotify, pkceChallenge } from "../../src/testing/index.js";
import type { PkceAppConfig, PkceAppResult } from "./page/pkceApp.js";

const CHROMIUM = "/usr/bin/chromium";
const HAS_CHROMIUM = existsSync(CHROMIUM);
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
const PAGE_ENTRY = fileURLToPath(new URL("./page/pkceApp.ts", import.meta.url));
const EXAMPLE_ENTRY = fileURLToPath(new URL("../../examples/pkce-browser.ts", import.meta.url));
// What a bundler resolves the package to in a browser build (the `browser` export conditions).
const BROWSER_ALIASES = {
  "spotify-ts-sdk": fileURLToPath(new URL("../../src/index.ts", import.meta.url)),
  "spotify-ts-sdk/auth": fileURLToPath(new URL("../../src/auth/index.ts", import.meta.url)),
};
const CLIENT_ID = "browser-test-client";
const ALBUM_ID = "4aawyAB9vmqN3uQ7FjRGTy";
const SCOPE = ["user-read-private", "user-library-read"];
// The page's steps take well under a second here; the margin is for slow CI machines.
const FLOW_TIMEOUT_MS = 10_000;

const PAGE_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>spotify-ts-sdk PKCE test</title><link rel="icon" href="data:,"></head>
  <body><pre id="result"></pre><script type="module" src="/app.js"></script></body>
</html>`;

interface Bundle {
  code: string;
  metafile: Metafile;
}

async function bundleForBrowser(entry: string): Promise<Bundle> {
  const result = await build({
    entryPoints: [entry],
    alias: BROWSER_ALIASES,
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    metafile: true,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.text;
  if (code === undefined) throw new Error("esbuild produced no output");
  return { code, metafile: result.metafile };
}

/** Serves the page on `/` and on the redirect path `/callback`, and the bundle on `/app.js`. */
async function servePage(bundle: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://127.0.0.1").pathname;
    const body =
      path === "/" || path === "/callback"
        ? { type: "text/html", text: PAGE_HTML }
        : path === "/app.js"
          ? { type: "text/javascript", text: bundle }
          : undefined;
    if (body === undefined) {
      res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
      return;
    }
    res.writeHead(200, {
      "content-type": `${body.type}; charset=utf-8`,
      "cache-control": "no-store",
    });
    res.end(body.text);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Chromium keeps connections alive; close() alone would wait for them to time out.
    server.closeAllConnections();
  });
}

/** No Node built-in, and none of the Node-only modules, made it into the bundle. */
function expectBrowserClean({ code, metafile }: Bundle): void {
  const imports = Object.values(metafile.outputs).flatMap((output) =>
    output.imports.map((entry) => entry.path),
  );
  expect(imports.filter((path) => path.startsWith("node:"))).toEqual([]);
  const inputs = Object.keys(metafile.inputs);
  expect(
    inputs.filter((path) => path.includes("/auth/node/") || path.includes("/testing/")),
  ).toEqual([]);
  expect(code).not.toMatch(/(?:from|import|require)\s*\(?\s*["']node:/);
}

/** A record of `requests`, or a failure naming what was logged instead. */
function findRequest(mock: MockSpotify, operationId: string) {
  const record = mock.requests.find((r) => r.operationId === operationId);
  if (record === undefined) {
    const seen = mock.requests.map((r) => `${r.method} ${r.path}`).join(", ");
    throw new Error(`the mock saw no ${operationId} request (saw: ${seen})`);
  }
  return record;
}

function formField(body: unknown, name: string): unknown {
  return typeof body === "object" && body !== null ? Reflect.get(body, name) : undefined;
}

describe("PKCE sign-in in a browser", () => {
  let bundle: Bundle;
  let pageServer: Server | undefined;
  let pageOrigin = "";
  let mock: MockSpotify | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    bundle = await bundleForBrowser(PAGE_ENTRY);
  });

  afterAll(async () => {
    await browser?.close();
    if (pageServer !== undefined) await closeServer(pageServer);
    await mock?.close();
  });

  it("bundles the universal entries for the browser without any node: import", () => {
    expectBrowserClean(bundle);
  });

  it("bundles the browser example (examples/pkce-browser.ts) without any node: import", async () => {
    const example = await bundleForBrowser(EXAMPLE_ENTRY);
    expectBrowserClean(example);
    expect(Object.keys(example.metafile.inputs)).toContain("src/auth/authorizationCode.ts");
  });

  it.skipIf(!HAS_CHROMIUM)(
    `signs in with PKCE across a navigation and calls the API with the token${HAS_CHROMIUM ? "" : ` (skipped: no Chromium at ${CHROMIUM}; install it with apt-get install -y chromium)`}`,
    async () => {
      ({ server: pageServer, origin: pageOrigin } = await servePage(bundle.code));
      const redirectUri = `${pageOrigin}/callback`;
      // The redirect URI is registered exactly, as on Spotify's dashboard.
      mock = await createMockSpotify({ clientId: CLIENT_ID, redirectUris: [redirectUri] });
      const expectedName = await albumNameFromNode(mock, ALBUM_ID);
      mock.reset();

      // launch() gives each run a fresh temporary profile and deletes it on close().
      browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      page.on("console", (message) => {
        if (message.type() === "error") problems.push(`console: ${message.text()}`);
      });

      await page.goto(`${pageOrigin}/`);
      const config: PkceAppConfig = {
        clientId: CLIENT_ID,
        redirectUri,
        accountsUrl: mock.accountsUrl,
        baseUrl: mock.baseUrl,
        scope: SCOPE,
        albumId: ALBUM_ID,
      };
      // Not awaited inside the page: run() navigates away, which ends this evaluation's context.
      await page.evaluate((c) => {
        void window.run(c);
      }, config);
      await page.waitForURL(`${redirectUri}**`, { timeout: FLOW_TIMEOUT_MS });
      await page.waitForFunction(() => window.pkceResult !== undefined, undefined, {
        timeout: FLOW_TIMEOUT_MS,
      });
      const result = await page.evaluate((): PkceAppResult | undefined => window.pkceResult);
      const shown = await page.textContent("#result");

      expect(result, problems.join("\n")).toEqual({
        ok: true,
        albumId: ALBUM_ID,
        albumName: expectedName,
        grantedScopes: SCOPE,
        cleanedUrl: redirectUri,
        verifierCleared: true,
      });
      expect(JSON.parse(shown ?? "null")).toEqual(result);

      expect(mock.requests.map((r) => r.operationId)).toEqual(["authorize", "token", "getAlbum"]);
      const authorize = findRequest(mock, "authorize");
      expect(authorize.query).toMatchObject({
        client_id: CLIENT_ID,
        redirect_uri: redirectUri,
        code_challenge_method: "S256",
        scope: SCOPE.join(" "),
      });

      const token = findRequest(mock, "token");
      expect(token.status).toBe(200);
      // Sent by the page itself, cross-origin, so the answer needed CORS.
      expect(token.headers.origin).toBe(pageOrigin);
      expect(token.headers.authorization).toBeUndefined();
      expect(token.body).toMatchObject({
        grant_type: "authorization_code",
        client_id: CLIENT_ID,
        redirect_uri: redirectUri,
      });
      expect(token.body).not.toHaveProperty("client_secret");
      const verifier = formField(token.body, "code_verifier");
      expect(typeof verifier).toBe("string");
      // The verifier sent after the navigation is the one the challenge was made from.
      expect(pkceChallenge(String(verifier))).toBe(authorize.query.code_challenge);

      const api = findRequest(mock, "getAlbum");
      expect(api.path).toBe(`/v1/albums/${ALBUM_ID}`);
      expect(api.status).toBe(200);
      expect(api.headers.origin).toBe(pageOrigin);
      expect(api.headers.authorization).toBe("Bearer [redacted]");
      expect(problems).toEqual([]);
    },
  );
});

/** The album's name as the mock serves it, read from Node to compare with the page's result. */
async function albumNameFromNode(mock: MockSpotify, id: string): Promise<string> {
  const response = await fetch(`${mock.baseUrl}/albums/${id}`, {
    headers: { authorization: `Bearer ${mock.issueToken()}` },
  });
  const album: unknown = await response.json();
  const name = formField(album, "name");
  if (typeof name !== "string") throw new Error("the mock's album has no name");
  return name;
}
