/**
 * Section "cold start": time to first response in a fresh process (Node start + import +
 * construct + first call), per client, as the median of several spawns. Spawns alternate between
 * clients, so each round of them ran under the same machine load.
 *
 * The SDK is measured as published: dist/ from `npm run build`, imported by package name, so the
 * exports map picks the file a Node user gets (dist/node/), with no TypeScript loader in the
 * child. Its first call is a service call, `client.albums.get(id)`, so the input checks and
 * building the operation's input schema are part of it.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { ALBUM_ID, TOKEN } from "./contenders.js";
import { median } from "./measure.js";
import { runJsonProcess, startBenchServer } from "./serverProcess.js";
import { printTable, ratio } from "./table.js";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Child programs (ES modules run with `node --input-type=module`); `ORIGIN` is substituted. */
const PROGRAMS: Record<string, string> = {
  "raw fetch": `
    const r = await fetch("ORIGIN/v1/albums/${ALBUM_ID}", { headers: { authorization: "Bearer ${TOKEN}" } });
    await r.json();`,
  "this SDK": `
    const { SpotifyClient } = await import("spotify-ts-sdk");
    const client = new SpotifyClient({ accessToken: "${TOKEN}", baseUrl: "ORIGIN/v1", env: {} });
    await client.albums.get("${ALBUM_ID}");`,
  "@spotify/web-api-ts-sdk": `
    const { SpotifyApi } = await import("@spotify/web-api-ts-sdk");
    const api = SpotifyApi.withAccessToken("c", { access_token: "${TOKEN}", token_type: "Bearer", expires_in: 3600, refresh_token: "" },
      { fetch: (input, init) => fetch("ORIGIN/v1/" + String(input).slice("https://api.spotify.com/v1/".length), init) });
    await api.albums.get("${ALBUM_ID}");`,
  "spotify-web-api-node": `
    const { createRequire } = await import("node:module");
    const require = createRequire(${JSON.stringify(`${ROOT}package.json`)});
    const webApiRequest = require("spotify-web-api-node/src/webapi-request");
    const original = webApiRequest.builder;
    const origin = new URL("ORIGIN");
    webApiRequest.builder = (t) => original(t).withHost(origin.hostname).withPort(Number(origin.port)).withScheme("http");
    const SpotifyWebApi = require("spotify-web-api-node");
    await new SpotifyWebApi({ accessToken: "${TOKEN}" }).getAlbum("${ALBUM_ID}");`,
};

/** Milliseconds from process start to the parsed first response, per client (medians). */
export type ColdStartResult = Record<
  string,
  {
    sinceProcessStartMs: number;
    importToResponseMs: number;
    /** Median over spawn rounds of (this client - raw fetch), import to response. */
    pairedExtraMs: number;
  }
>;

function runChild(
  program: string,
): Promise<{ sinceProcessStartMs: number; importToResponseMs: number }> {
  // performance.now() counts from the process's time origin, so it includes Node's own startup.
  const source = `const t0 = performance.now();${program}\nconst t1 = performance.now();
    process.stdout.write(JSON.stringify({ sinceProcessStartMs: t1, importToResponseMs: t1 - t0 }));`;
  return runJsonProcess(["--input-type=module", "-e", source], "cold-start child", ROOT);
}

export async function runColdStart(spawnsPerClient = 15): Promise<ColdStartResult> {
  // The package as published: `npm run build` (scripts/build.ts) into dist/.
  execFileSync(process.execPath, ["--import", "tsx", `${ROOT}scripts/build.ts`], {
    stdio: "inherit",
  });
  const server = await startBenchServer();
  try {
    const samples = new Map<string, { since: number[]; imported: number[] }>();
    for (let i = 0; i < spawnsPerClient; i++) {
      for (const [name, program] of Object.entries(PROGRAMS)) {
        const sample = await runChild(program.replaceAll("ORIGIN", server.origin));
        const entry = samples.get(name) ?? { since: [], imported: [] };
        entry.since.push(sample.sinceProcessStartMs);
        entry.imported.push(sample.importToResponseMs);
        samples.set(name, entry);
      }
    }
    const result: ColdStartResult = {};
    const baseline = samples.get("raw fetch")?.imported ?? [];
    for (const [name, { since, imported }] of samples) {
      result[name] = {
        sinceProcessStartMs: median(since),
        importToResponseMs: median(imported),
        pairedExtraMs: median(imported.map((ms, round) => ms - (baseline[round] ?? ms))),
      };
    }
    return result;
  } finally {
    server.stop();
  }
}

export function printColdStart(result: ColdStartResult): void {
  const baseline = result["raw fetch"];
  if (baseline === undefined) return;
  printTable(
    "Time to first response in a fresh process (medians; SDK target: at most 15 ms more than fetch)",
    [
      "client",
      "process start -> data (ms)",
      "vs fetch",
      "import + construct + call (ms)",
      "more than fetch, paired (ms)",
    ],
    Object.entries(result).map(([name, r]) => [
      name,
      r.sinceProcessStartMs.toFixed(1),
      ratio(r.sinceProcessStartMs, baseline.sinceProcessStartMs),
      r.importToResponseMs.toFixed(1),
      `${r.pairedExtraMs >= 0 ? "+" : ""}${r.pairedExtraMs.toFixed(1)}`,
    ]),
  );
}
