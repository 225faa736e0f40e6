/**
 * `npm run bench`: runs the benchmark sections in order and prints a table per section.
 *
 * Add a section by writing `scripts/bench/<name>.ts` with a `run` and a `print` function and
 * listing it below. `--only <name>` runs one section; `--quick` shrinks every section.
 */
import { printColdStart, runColdStart } from "./bench/coldStart.js";
import { DEFAULT_PAGINATION, runPaginationBench } from "./bench/pagination.js";
import { runRateLimitBench } from "./bench/rateLimit.js";
import { DEFAULT_REQUEST_COST, printRequestCost, runRequestCost } from "./bench/requestCost.js";

interface Section {
  name: string;
  run(quick: boolean): Promise<void>;
}

const SECTIONS: readonly Section[] = [
  {
    name: "request-cost",
    run: async (quick) =>
      printRequestCost(
        await runRequestCost(
          quick
            ? { passes: 1, requestsPerRound: 300, rounds: 2, warmupRequests: 300 }
            : DEFAULT_REQUEST_COST,
        ),
      ),
  },
  { name: "cold-start", run: async (quick) => printColdStart(await runColdStart(quick ? 5 : 15)) },
  {
    name: "pagination",
    run: (quick) =>
      runPaginationBench(quick ? { items: 2_000, latencyMs: 20, rounds: 1 } : DEFAULT_PAGINATION),
  },
  { name: "rate-limit", run: async () => console.log(await runRateLimitBench()) },
];

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const quick = args.includes("--quick");
const started = performance.now();
console.log(
  `Node ${process.version}, ${process.platform}/${process.arch}; client CPU from process.cpuUsage(), server in a child process`,
);
for (const section of SECTIONS) {
  if (only !== undefined && section.name !== only) continue;
  await section.run(quick);
}
console.log(`\nbench finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
