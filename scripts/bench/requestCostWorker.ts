/**
 * One contender in a fresh process: warm up, then rounds of sequential and concurrent requests,
 * with a full GC before each round so one round's garbage is not billed to the next. A fresh
 * process per contender keeps shared code (undici's fetch) from being JIT-tuned for another
 * client's call shapes. Prints the samples as JSON on stdout.
 *
 * Usage (spawned by requestCost.ts): node --import tsx requestCostWorker.ts <json args>
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { CONTENDERS } from "./contenders.js";
import { runRound, type Sample } from "./measure.js";

/** What the parent asks for. */
export interface WorkerArgs {
  contender: string;
  origin: string;
  requestsPerRound: number;
  rounds: number;
  warmupRequests: number;
}

/** What the worker prints. */
export interface WorkerResult {
  sequential: Sample[];
  concurrent16: Sample[];
}

// Exposes V8's gc() without a command-line flag (the parent's tsx invocation stays simple).
setFlagsFromString("--expose_gc");
const collectGarbage = runInNewContext("gc") as () => void;

const args = JSON.parse(process.argv[2] ?? "{}") as WorkerArgs;
const contender = CONTENDERS.find((candidate) => candidate.name === args.contender);
if (contender === undefined) throw new Error(`unknown contender ${args.contender}`);
const call = contender.setup(args.origin);
const result: WorkerResult = { sequential: [], concurrent16: [] };
for (const [mode, concurrency] of [
  ["sequential", 1],
  ["concurrent16", 16],
] as const) {
  await runRound(call, args.warmupRequests, concurrency);
  for (let round = 0; round < args.rounds; round++) {
    collectGarbage();
    result[mode].push(await runRound(call, args.requestsPerRound, concurrency));
  }
}
process.stdout.write(JSON.stringify(result));
