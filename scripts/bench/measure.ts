/**
 * Measures one contender: client-side CPU per request (`process.cpuUsage`, user + system; the
 * server runs in another process) and requests per second, sequentially or with N in flight.
 */

/** A function that performs one request and resolves when its body is parsed. */
export type Call = () => Promise<unknown>;

/** One round's result. */
export interface Sample {
  cpuUsPerRequest: number;
  requestsPerSecond: number;
}

/** Runs `requests` calls with `concurrency` in flight and returns CPU µs/request and req/s. */
export async function runRound(call: Call, requests: number, concurrency: number): Promise<Sample> {
  let started = 0;
  const worker = async (): Promise<void> => {
    while (started < requests) {
      started++;
      await call();
    }
  };
  const cpuBefore = process.cpuUsage();
  const wallBefore = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const wallMs = performance.now() - wallBefore;
  const cpu = process.cpuUsage(cpuBefore);
  return {
    cpuUsPerRequest: (cpu.user + cpu.system) / requests,
    requestsPerSecond: (requests / wallMs) * 1000,
  };
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? Number.NaN) + (sorted[middle] ?? Number.NaN)) / 2;
}
