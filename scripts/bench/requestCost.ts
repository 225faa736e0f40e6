/**
 * Section "request cost": client CPU µs per request and requests/s for every contender,
 * sequential and at concurrency 16. Each client runs in its own fresh process (so shared code such
 * as undici's fetch is JIT-tuned for that client alone), several passes in rotated order.
 */
import { fileURLToPath } from "node:url";
import { CONTENDERS } from "./contenders.js";
import { median } from "./measure.js";
import type { WorkerArgs, WorkerOutput, WorkerResult } from "./requestCostWorker.js";
import { runJsonProcess, startBenchServer } from "./serverProcess.js";
import { printTable } from "./table.js";

/** Tuning of the section; the defaults keep the whole bench under ~2 minutes. */
export interface RequestCostOptions {
  /** Each pass runs every contender once (in a fresh process), in a rotated order. */
  passes: number;
  requestsPerRound: number;
  /** Rounds per mode per pass. */
  rounds: number;
  warmupRequests: number;
  /** Contender names to run (default: all). */
  only?: readonly string[] | undefined;
}

export const DEFAULT_REQUEST_COST: RequestCostOptions = {
  passes: 3,
  requestsPerRound: 500,
  rounds: 2,
  warmupRequests: 600,
};

type Mode = "sequential" | "concurrent16";

/** One contender in one mode: medians, plus ratios paired by pass and round. */
export interface ModeSummary {
  cpuUs: number;
  rps: number;
  /** Median over (pass, round) of CPU/request divided by raw fetch's in the same pass and round. */
  cpuVsFetch: number;
  /** The same, divided by ky alone's. */
  cpuVsKy: number;
  rpsVsFetch: number;
}

/** Per contender and mode. */
export type RequestCostResult = Record<string, Record<Mode, ModeSummary>>;

const RAW_FETCH = "raw fetch";
const KY_ALONE = "ky (same retry/timeout)";

/**
 * Ratios taken per (pass, round) and then the median: the contenders of one pass ran within
 * seconds of each other, so a slow minute on a shared machine cancels out of the ratio.
 */
function pairedMedian(values: readonly number[], baseline: readonly number[]): number {
  return median(
    values.map((value, i) => value / (baseline[i] ?? Number.NaN)).filter(Number.isFinite),
  );
}

function summarize(samples: Map<string, WorkerResult>): RequestCostResult {
  const result: RequestCostResult = {};
  const fetchSamples = samples.get(RAW_FETCH);
  const kySamples = samples.get(KY_ALONE);
  for (const [name, all] of samples) {
    const summary = (mode: Mode): ModeSummary => {
      const cpu = all[mode].map((s) => s.cpuUsPerRequest);
      const rps = all[mode].map((s) => s.requestsPerSecond);
      const fetchCpu = fetchSamples?.[mode].map((s) => s.cpuUsPerRequest) ?? [];
      const fetchRps = fetchSamples?.[mode].map((s) => s.requestsPerSecond) ?? [];
      const kyCpu = kySamples?.[mode].map((s) => s.cpuUsPerRequest) ?? [];
      return {
        cpuUs: median(cpu),
        rps: median(rps),
        cpuVsFetch: pairedMedian(cpu, fetchCpu),
        cpuVsKy: pairedMedian(cpu, kyCpu),
        rpsVsFetch: pairedMedian(rps, fetchRps),
      };
    };
    result[name] = { sequential: summary("sequential"), concurrent16: summary("concurrent16") };
  }
  return result;
}

const WORKER = fileURLToPath(new URL("./requestCostWorker.ts", import.meta.url));

/** Runs the worker for `args.contenders` in a fresh process. */
export function runWorker(args: WorkerArgs): Promise<WorkerOutput> {
  return runJsonProcess(
    ["--import", "tsx", WORKER, JSON.stringify(args)],
    args.contenders.join(", "),
  );
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
    const { only, ...tuning } = options;
    const contenders = CONTENDERS.filter((c) => only?.includes(c.name) ?? true);
    for (let pass = 0; pass < options.passes; pass++) {
      for (let i = 0; i < contenders.length; i++) {
        const contender = contenders[(i + pass) % contenders.length];
        if (contender === undefined) continue;
        const output = await runWorker({
          ...tuning,
          contenders: [contender.name],
          origin: server.origin,
        });
        const result = output[contender.name] ?? { sequential: [], concurrent16: [] };
        const all = samples.get(contender.name) ?? { sequential: [], concurrent16: [] };
        all.sequential.push(...result.sequential);
        all.concurrent16.push(...result.concurrent16);
        samples.set(contender.name, all);
      }
    }
    return summarize(samples);
  } finally {
    server.stop();
  }
}

/** Prints the section's table: absolute medians and paired ratios to raw fetch and ky alone. */
export function printRequestCost(result: RequestCostResult): void {
  const x = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : "-");
  const rows = Object.entries(result).map(([name, r]) => [
    name,
    r.sequential.cpuUs.toFixed(0),
    x(r.sequential.cpuVsFetch),
    x(r.sequential.cpuVsKy),
    r.sequential.rps.toFixed(0),
    x(r.sequential.rpsVsFetch),
    r.concurrent16.cpuUs.toFixed(0),
    x(r.concurrent16.cpuVsFetch),
    x(r.concurrent16.cpuVsKy),
    r.concurrent16.rps.toFixed(0),
    x(r.concurrent16.rpsVsFetch),
  ]);
  printTable(
    "GET /v1/albums/{id} (~11 KB JSON): client CPU per request and throughput; one process per client and pass; ratios paired per pass and round (SDK target: <= 1.10x ky)",
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
