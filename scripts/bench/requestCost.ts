/**
 * Section "request cost": client CPU µs per request and requests/s for every contender,
 * sequential and at concurrency 16, as medians over interleaved rounds.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { CONTENDERS } from "./contenders.js";
import { median } from "./measure.js";
import type { WorkerArgs, WorkerResult } from "./requestCostWorker.js";
import { startBenchServer } from "./serverProcess.js";
import { printTable, ratio } from "./table.js";

/** Tuning of the section; the defaults keep the whole bench under ~2 minutes. */
export interface RequestCostOptions {
  /** Each pass runs every contender once (in a fresh process), in a rotated order. */
  passes: number;
  requestsPerRound: number;
  /** Rounds per mode per pass. */
  rounds: number;
  warmupRequests: number;
}

export const DEFAULT_REQUEST_COST: RequestCostOptions = {
  passes: 3,
  requestsPerRound: 600,
  rounds: 3,
  warmupRequests: 800,
};

/** Per contender and mode: median CPU µs/request and median requests/s. */
export type RequestCostResult = Record<
  string,
  Record<"sequential" | "concurrent16", { cpuUs: number; rps: number }>
>;

const WORKER = fileURLToPath(new URL("./requestCostWorker.ts", import.meta.url));

function runWorker(args: WorkerArgs): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", WORKER, JSON.stringify(args)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString("utf8");
    });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out) as WorkerResult)
        : reject(new Error(`${args.contender}: exit ${code}`)),
    );
  });
}

/**
 * Runs every contender in its own process, `passes` times with the order rotated, so a burst of
 * load on the machine hits all contenders alike; reports medians over all rounds.
 */
export async function runRequestCost(
  options: RequestCostOptions = DEFAULT_REQUEST_COST,
): Promise<RequestCostResult> {
  const server = await startBenchServer();
  try {
    const samples = new Map<string, WorkerResult>();
    for (let pass = 0; pass < options.passes; pass++) {
      for (let i = 0; i < CONTENDERS.length; i++) {
        const contender = CONTENDERS[(i + pass) % CONTENDERS.length];
        if (contender === undefined) continue;
        const result = await runWorker({
          ...options,
          contender: contender.name,
          origin: server.origin,
        });
        const all = samples.get(contender.name) ?? { sequential: [], concurrent16: [] };
        all.sequential.push(...result.sequential);
        all.concurrent16.push(...result.concurrent16);
        samples.set(contender.name, all);
      }
    }
    const result: RequestCostResult = {};
    for (const { name } of CONTENDERS) {
      const all = samples.get(name);
      if (all === undefined) continue;
      const summary = (list: WorkerResult["sequential"]) => ({
        cpuUs: median(list.map((s) => s.cpuUsPerRequest)),
        rps: median(list.map((s) => s.requestsPerSecond)),
      });
      result[name] = {
        sequential: summary(all.sequential),
        concurrent16: summary(all.concurrent16),
      };
    }
    return result;
  } finally {
    server.stop();
  }
}

/** Prints the section's table: absolute values and ratios to raw fetch (and to ky for the SDK). */
export function printRequestCost(result: RequestCostResult): void {
  const names = Object.keys(result);
  const baseline = result[names[0] ?? ""];
  const ky = result[names[1] ?? ""];
  if (baseline === undefined || ky === undefined) return;
  const rows = names.map((name) => {
    const r = result[name]!;
    return [
      name,
      r.sequential.cpuUs.toFixed(0),
      ratio(r.sequential.cpuUs, baseline.sequential.cpuUs),
      ratio(r.sequential.cpuUs, ky.sequential.cpuUs),
      r.sequential.rps.toFixed(0),
      ratio(r.sequential.rps, baseline.sequential.rps),
      r.concurrent16.cpuUs.toFixed(0),
      ratio(r.concurrent16.cpuUs, baseline.concurrent16.cpuUs),
      ratio(r.concurrent16.cpuUs, ky.concurrent16.cpuUs),
      r.concurrent16.rps.toFixed(0),
      ratio(r.concurrent16.rps, baseline.concurrent16.rps),
    ];
  });
  printTable(
    "GET /v1/albums/{id} (~11 KB JSON), client CPU per request and throughput (medians)",
    [
      "client",
      "seq µs",
      "vs fetch",
      "vs ky",
      "seq req/s",
      "vs fetch",
      "c16 µs",
      "vs fetch",
      "vs ky",
      "c16 req/s",
      "vs fetch",
    ],
    rows,
  );
}
