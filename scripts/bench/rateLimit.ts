/**
 * Rate-limit bench: many calls at a fixed concurrency against a loopback server that enforces a
 * rolling window (the mock's `rateLimit`: at most `rate` accepted requests in any second; beyond
 * it 429 with `Retry-After` in whole seconds, rounded up), as Spotify does over its 30 s window.
 *
 * The server (rateLimitServer.ts) runs in a child process, so its work does not bunch the
 * client's requests. The SDK's target: no failed call, total time at most 1.15x the theoretical minimum
 * (calls / rate), and 429s on at most 5% of calls. The two other JavaScript clients go through
 * the same server in the same run. Neither retries a 429 (checked in their sources:
 * `@spotify/web-api-ts-sdk`'s DefaultResponseValidator throws "The app has exceeded its rate
 * limits", spotify-web-api-node rejects with a WebapiRegularError), so they fail fast; they run
 * fewer calls and the table also shows per-call numbers.
 */
import { type ChildProcess, fork } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { SpotifyApi } from "@spotify/web-api-ts-sdk";
import { SpotifyClient } from "../../src/index.js";
import { formatTable } from "./table.js";

/** Settings of one bench run. */
export interface RateLimitBenchOptions {
  /** Calls made through this SDK. Default 2,000. */
  calls?: number;
  /** Calls made through each other client. Default 500. */
  competitorCalls?: number;
  /** Calls in flight at once. Default 32. */
  concurrency?: number;
  /** Requests per second the server accepts. Default 100. */
  rate?: number;
}

/** What one client did against the rate-limited server. */
export interface RateLimitResult {
  client: string;
  calls: number;
  failures: number;
  /** 429 answers the server sent during the run. */
  rateLimited: number;
  seconds: number;
  /** calls / rate: the fastest any client can finish. */
  minimumSeconds: number;
  /** First failure message, to show what a failure looks like. */
  firstFailure: string | undefined;
}

const ALBUM_ID = "4aawyAB9vmqN3uQ7FjRGTy";
const TOKEN = "bench-token";

type Call = () => Promise<unknown>;

/** The child-process server, as the bench sees it. */
interface LimitedServer {
  baseUrl: string;
  /** Starts a fresh window and request log. */
  reset(): Promise<void>;
  /** 429s answered since the last reset. */
  count429(): Promise<number>;
  stop(): void;
}

interface Client {
  name: string;
  /** Builds the client against the server; returns the call and a cleanup. */
  setup(server: { baseUrl: string }): { call: Call; close(): Promise<void> | void };
}

function request<T>(child: ChildProcess, message: string, key: string): Promise<T> {
  return new Promise((resolve) => {
    const onMessage = (reply: unknown) => {
      if (typeof reply === "object" && reply !== null && key in reply) {
        child.off("message", onMessage);
        resolve((reply as Record<string, T>)[key] as T);
      }
    };
    child.on("message", onMessage);
    if (message !== "") child.send(message);
  });
}

async function startLimitedServer(rate: number): Promise<LimitedServer> {
  const script = fileURLToPath(new URL("./rateLimitServer.ts", import.meta.url));
  const child = fork(script, [String(rate)], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const baseUrl = await request<string>(child, "", "baseUrl");
  return {
    baseUrl,
    reset: () => request<boolean>(child, "reset", "reset").then(() => undefined),
    count429: () => request<number>(child, "count429", "count429"),
    stop: () => child.disconnect(),
  };
}

const thisSdk: Client = {
  name: "this SDK (client.albums.get)",
  setup(server) {
    const client = new SpotifyClient({
      accessToken: TOKEN,
      baseUrl: server.baseUrl,
      env: {},
      logLevel: "silent",
    });
    return { call: () => client.albums.get(ALBUM_ID), close: () => client.close() };
  },
};

const spotifyTsSdk: Client = {
  name: "@spotify/web-api-ts-sdk",
  setup(server) {
    // No base-URL option (`rootUrl` is a private static); its `fetch` option sees the full
    // https://api.spotify.com/v1/... URL, so the origin is swapped there.
    const root = "https://api.spotify.com/v1/";
    const local = `${server.baseUrl}/`;
    const api = SpotifyApi.withAccessToken(
      "bench-client",
      { access_token: TOKEN, token_type: "Bearer", expires_in: 3600, refresh_token: "" },
      { fetch: (input, init) => fetch(local + String(input).slice(root.length), init) },
    );
    return { call: () => api.albums.get(ALBUM_ID), close: () => {} };
  },
};

interface WebApiRequestModule {
  builder: (token: string) => {
    withHost(host: string): { withPort(port: number): { withScheme(scheme: string): unknown } };
  };
}

const spotifyWebApiNode: Client = {
  name: "spotify-web-api-node",
  setup(server) {
    // It has no host, port or `_server` option (`setCredentials` only stores credentials):
    // src/webapi-request.js hard-codes api.spotify.com:443 in `builder()`, which the client looks
    // up on the module object at every call, so wrapping that export points it here.
    const require = createRequire(import.meta.url);
    const webApiRequest = require("spotify-web-api-node/src/webapi-request") as WebApiRequestModule;
    const SpotifyWebApi = require("spotify-web-api-node") as new () => {
      setCredentials(credentials: { accessToken: string }): void;
      getAlbum(id: string): Promise<{ body: unknown }>;
    };
    const { hostname, port } = new URL(server.baseUrl);
    const original = webApiRequest.builder;
    webApiRequest.builder = (token: string) =>
      original(token).withHost(hostname).withPort(Number(port)).withScheme("http") as ReturnType<
        typeof original
      >;
    const api = new SpotifyWebApi();
    api.setCredentials({ accessToken: TOKEN });
    return {
      call: async () => (await api.getAlbum(ALBUM_ID)).body,
      close: () => {
        webApiRequest.builder = original;
      },
    };
  },
};

/** Runs `calls` calls with `concurrency` workers; counts the calls that rejected. */
async function drive(
  call: Call,
  calls: number,
  concurrency: number,
): Promise<{ failures: number; seconds: number; firstFailure: string | undefined }> {
  let next = 0;
  let failures = 0;
  let firstFailure: string | undefined;
  const worker = async () => {
    while (next < calls) {
      next++;
      try {
        await call();
      } catch (error) {
        failures++;
        firstFailure ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { failures, seconds: (performance.now() - started) / 1000, firstFailure };
}

async function measure(
  server: LimitedServer,
  client: Client,
  calls: number,
  concurrency: number,
  rate: number,
): Promise<RateLimitResult> {
  // A fresh window and request log per client, so no run pays for the one before.
  await server.reset();
  const { call, close } = client.setup(server);
  try {
    const run = await drive(call, calls, concurrency);
    return {
      client: client.name,
      calls,
      failures: run.failures,
      rateLimited: await server.count429(),
      seconds: run.seconds,
      minimumSeconds: calls / rate,
      firstFailure: run.firstFailure,
    };
  } finally {
    await close();
  }
}

/** Runs the SDK and the two other clients against one rate-limited server. */
export async function measureRateLimit(
  options: RateLimitBenchOptions = {},
): Promise<RateLimitResult[]> {
  const calls = options.calls ?? 2_000;
  const competitorCalls = options.competitorCalls ?? 500;
  const concurrency = options.concurrency ?? 32;
  const rate = options.rate ?? 100;
  const server = await startLimitedServer(rate);
  try {
    const results: RateLimitResult[] = [];
    results.push(await measure(server, thisSdk, calls, concurrency, rate));
    for (const other of [spotifyTsSdk, spotifyWebApiNode]) {
      results.push(await measure(server, other, competitorCalls, concurrency, rate));
    }
    return results;
  } finally {
    server.stop();
  }
}

function percent(part: number, whole: number): string {
  return `${((part / whole) * 100).toFixed(1)}%`;
}

/** The results as an aligned plain-text table, with the SDK's verdict against its target. */
export function formatRateLimit(
  results: readonly RateLimitResult[],
  options: RateLimitBenchOptions = {},
): string {
  const concurrency = options.concurrency ?? 32;
  const rate = options.rate ?? 100;
  const header = [
    "client",
    "calls",
    "failed",
    "429s",
    "429s/calls",
    "time s",
    "min s",
    "time/min",
    "ms/call",
  ];
  const rows = results.map((r) => [
    r.client,
    String(r.calls),
    `${r.failures} (${percent(r.failures, r.calls)})`,
    String(r.rateLimited),
    percent(r.rateLimited, r.calls),
    r.seconds.toFixed(2),
    r.minimumSeconds.toFixed(1),
    `${(r.seconds / r.minimumSeconds).toFixed(3)}x`,
    ((r.seconds * 1000) / r.calls).toFixed(2),
  ]);
  const out = [
    formatTable(
      `Rate limit: rolling window of ${rate} requests/s, 429 + Retry-After (whole seconds, ceil); concurrency ${concurrency}; GET /albums/{id}`,
      header,
      rows,
    ),
  ];
  const sdk = results[0];
  if (sdk !== undefined) {
    const ratio = sdk.seconds / sdk.minimumSeconds;
    const share = sdk.rateLimited / sdk.calls;
    const verdict = sdk.failures === 0 && ratio <= 1.15 && share <= 0.05 ? "meets" : "MISSES";
    out.push(
      `${sdk.client} ${verdict} the target (0 failures, time <= 1.15x min, 429s <= 5% of calls): ${sdk.failures} failures, ${ratio.toFixed(3)}x, ${percent(sdk.rateLimited, sdk.calls)}`,
    );
  }
  for (const r of results.slice(1)) {
    if (r.firstFailure !== undefined) out.push(`${r.client} fails with: ${r.firstFailure}`);
  }
  out.push(
    "Other clients run fewer calls (they do not retry 429s, so they fail fast); compare per-call columns.",
  );
  return out.join("\n");
}

/**
 * Runs the bench and returns the printed table (the lead registers it in scripts/bench.ts).
 *
 * @example npx tsx -e 'import("./scripts/bench/rateLimit.ts").then(m=>m.runRateLimitBench()).then(console.log)'
 */
export async function runRateLimitBench(options: RateLimitBenchOptions = {}): Promise<string> {
  return formatRateLimit(await measureRateLimit(options), options);
}
