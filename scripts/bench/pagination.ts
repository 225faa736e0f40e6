/**
 * Pagination bench: 10,000 playlist items (200 pages of 50, built by the mock Spotify and served
 * from memory by pageServer.ts in a child process), which adds
 * 20 ms of latency to every page. The SDK's iterator (later pages fetched concurrently once the
 * first page gives the total) against following `next` one page at a time, as a loop over
 * `offset` would. Both read the same items; the bench checks they are identical and in order.
 */
import { SpotifyClient } from "../../src/index.js";
import { median } from "./measure.js";
import { startApiProcess } from "./serverProcess.js";
import { printTable, ratio } from "./table.js";

const PLAYLIST = "37i9dQZF1DXcBWIGoYBM5M";
const PAGE = 50;

/** Settings of the pagination bench. */
export interface PaginationBenchOptions {
  items: number;
  latencyMs: number;
  rounds: number;
}

/** The full-size run the issue asks for. */
export const DEFAULT_PAGINATION: PaginationBenchOptions = {
  items: 10_000,
  latencyMs: 20,
  rounds: 3,
};

interface Row {
  label: string;
  ms: number;
}

function itemId(entry: {
  item?: { id?: string | null } | null;
  track?: { id?: string | null } | null;
}) {
  return entry.item?.id ?? entry.track?.id ?? "local";
}

async function timed(run: () => Promise<string[]>): Promise<{ ms: number; ids: string[] }> {
  const started = performance.now();
  const ids = await run();
  return { ms: performance.now() - started, ids };
}

/** Runs both ways `rounds` times and prints medians; throws when the items differ. */
export async function runPaginationBench(options: PaginationBenchOptions): Promise<void> {
  const mock = await startApiProcess("./pageServer.ts", {
    items: options.items,
    latencyMs: options.latencyMs,
    playlistId: PLAYLIST,
  });
  const clients = {
    sequential: new SpotifyClient({ accessToken: "bench", baseUrl: mock.baseUrl }),
    default4: new SpotifyClient({ accessToken: "bench", baseUrl: mock.baseUrl }),
    wide8: new SpotifyClient({ accessToken: "bench", baseUrl: mock.baseUrl, pageConcurrency: 8 }),
  };
  const followNext = async () => {
    const ids: string[] = [];
    let offset = 0;
    for (;;) {
      const page = await clients.sequential.playlists.getItems(PLAYLIST, { limit: PAGE, offset });
      ids.push(...page.items.map(itemId));
      if (!page.next) return ids;
      offset += page.items.length;
    }
  };
  const iterate = (client: SpotifyClient) => async () => {
    const ids: string[] = [];
    for await (const entry of client.playlists.getItems(PLAYLIST, { limit: PAGE }))
      ids.push(itemId(entry));
    return ids;
  };
  const runs = {
    sequential: [] as number[],
    default4: [] as number[],
    wide8: [] as number[],
  };
  let reference: string[] | undefined;
  for (let round = 0; round < options.rounds; round++) {
    for (const [name, run] of [
      ["sequential", followNext],
      ["default4", iterate(clients.default4)],
      ["wide8", iterate(clients.wide8)],
    ] as const) {
      const result = await timed(run);
      reference ??= result.ids;
      if (result.ids.length !== options.items || result.ids.join() !== reference.join()) {
        throw new Error(`${name}: items differ from the sequential read`);
      }
      runs[name].push(result.ms);
    }
  }
  await Promise.all(Object.values(clients).map((client) => client.close()));
  mock.stop();
  const rows: Row[] = [
    { label: "following next, one page at a time", ms: median(runs.sequential) },
    { label: "for await, pageConcurrency 4 (default)", ms: median(runs.default4) },
    { label: "for await, pageConcurrency 8", ms: median(runs.wide8) },
  ];
  const baseline = rows[0]?.ms ?? 1;
  const pages = Math.ceil(options.items / PAGE);
  printTable(
    `Pagination: ${options.items} items, ${pages} pages of ${PAGE}, ${options.latencyMs} ms per page (median of ${options.rounds}; items identical and in order)`,
    ["how", "ms", "speed-up"],
    rows.map((row) => [row.label, row.ms.toFixed(0), ratio(baseline, row.ms)]),
  );
  // With N pages in flight after the first, the best possible speed-up is pages / (1 + (pages - 1) / N).
  console.log(
    `ceiling: ${(pages / (1 + (pages - 1) / 4)).toFixed(2)}x at concurrency 4, ${(pages / (1 + (pages - 1) / 8)).toFixed(2)}x at 8`,
  );
}
