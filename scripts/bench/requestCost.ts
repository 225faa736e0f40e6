/**
 * Section "request cost": client CPU µs per request and requests/s for every contender,
 * sequential and at concurrency 16, as medians over interleaved rounds.
 */
import { CONTENDERS } from "./contenders.js";
import { median, runRound } from "./measure.js";
import { startBenchServer } from "./serverProcess.js";
import { printTable, ratio } from "./table.js";

/** Tuning of the section; the defaults keep the whole bench under ~2 minutes. */
export interface RequestCostOptions {
  requestsPerRound: number;
  rounds: number;
  warmupRequests: number;
}

export const DEFAULT_REQUEST_COST: RequestCostOptions = {
  requestsPerRound: 800,
  rounds: 5,
  warmupRequests: 600,
};

/** Per contender and mode: median CPU µs/request and median requests/s. */
export type RequestCostResult = Record<
  string,
  Record<"sequential" | "concurrent16", { cpuUs: number; rps: number }>
>;

export async function runRequestCost(
  options: RequestCostOptions = DEFAULT_REQUEST_COST,
): Promise<RequestCostResult> {
  const server = await startBenchServer();
  try {
    const calls = CONTENDERS.map((contender) => ({
      name: contender.name,
      call: contender.setup(server.origin),
    }));
    const result: RequestCostResult = {};
    for (const [mode, concurrency] of [
      ["sequential", 1],
      ["concurrent16", 16],
    ] as const) {
      for (const { call } of calls) await runRound(call, options.warmupRequests, concurrency);
      const cpu = new Map<string, number[]>();
      const rps = new Map<string, number[]>();
      for (let round = 0; round < options.rounds; round++) {
        // Rotate the order each round so no contender always runs right after the same one.
        for (let i = 0; i < calls.length; i++) {
          const { name, call } = calls[(i + round) % calls.length] ?? calls[0]!;
          const sample = await runRound(call, options.requestsPerRound, concurrency);
          cpu.set(name, [...(cpu.get(name) ?? []), sample.cpuUsPerRequest]);
          rps.set(name, [...(rps.get(name) ?? []), sample.requestsPerSecond]);
        }
      }
      for (const { name } of calls) {
        result[name] ??= {} as RequestCostResult[string];
        result[name][mode] = {
          cpuUs: median(cpu.get(name) ?? []),
          rps: median(rps.get(name) ?? []),
        };
      }
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
