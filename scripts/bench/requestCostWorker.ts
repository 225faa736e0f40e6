/**
 * Contenders in a fresh process: warm up, then rounds of sequential and concurrent requests, with
 * a full GC before each round so one round's garbage is not billed to the next. Given several
 * contenders, their rounds alternate (A B A B ...), so round i of each ran under the same machine
 * load: that pairing is what the overhead section compares. Prints the samples as JSON on stdout.
 *
 * Usage (spawned by requestCost.ts): node --import tsx requestCostWorker.ts <json args>
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { CONTENDERS } from "./contenders.js";
import { runRound, type Sample } from "./measure.js";

/** What the parent asks for. */
export interface WorkerArgs {
  contenders: readonly string[];
  origin: string;
  requestsPerRound: number;
  rounds: number;
  warmupRequests: number;
}

/** Samples of one contender. */
export interface WorkerResult {
  sequential: Sample[];
  concurrent16: Sample[];
}

/** What the worker prints: samples per contender name. */
export type WorkerOutput = Record<string, WorkerResult>;

// Exposes V8's gc() without a command-line flag (the parent's tsx invocation stays simple).
setFlagsFromString("--expose_gc");
const collectGarbage = runInNewContext("gc") as () => void;

const args = JSON.parse(process.argv[2] ?? "{}") as WorkerArgs;
const calls = args.contenders.map((name) => {
  const contender = CONTENDERS.find((candidate) => candidate.name === name);
  if (contender === undefined) throw new Error(`unknown contender ${name}`);
  return { name, call: contender.setup(args.origin) };
});
const output: WorkerOutput = {};
for (const { name } of calls) output[name] = { sequential: [], concurrent16: [] };
for (const [mode, concurrency] of [
  ["sequential", 1],
  ["concurrent16", 16],
] as const) {
  for (const { call } of calls) await runRound(call, args.warmupRequests, concurrency);
  for (let round = 0; round < args.rounds; round++) {
    for (const { name, call } of calls) {
      collectGarbage();
      output[name]?.[mode].push(await runRound(call, args.requestsPerRound, concurrency));
    }
  }
}
process.stdout.write(JSON.stringify(output));
