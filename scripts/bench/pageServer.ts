/**
 * A playlist-items server for the pagination bench, run in a child process: every page of the
 * mock playlist is built once up front, then served from memory after a fixed latency, so the
 * bench measures waiting on the network rather than how fast the mock builds pages.
 * argv[2]: JSON `{ items, latencyMs, playlistId }`. Prints its base URL; closing stdin stops it.
 */
import { createServer } from "node:http";
import { createMockSpotify } from "../../src/testing/index.js";

const { items, latencyMs, playlistId } = JSON.parse(process.argv[2] ?? "{}") as {
  items: number;
  latencyMs: number;
  playlistId: string;
};
const LIMIT = 50;
const mock = await createMockSpotify({
  seed: 3,
  acceptAnyToken: true,
  sizes: { playlistItems: items },
});
const pages = new Map<number, string>();
for (let offset = 0; offset < items; offset += LIMIT) {
  const response = await fetch(
    `${mock.baseUrl}/playlists/${playlistId}/items?limit=${LIMIT}&offset=${offset}`,
    {
      headers: { authorization: "Bearer bench" },
    },
  );
  pages.set(offset, await response.text());
}
await mock.close();

const server = createServer((request, response) => {
  const url = new URL(request.url ?? "/", "http://127.0.0.1");
  const offset = Number(url.searchParams.get("offset") ?? 0);
  const body = pages.get(offset);
  setTimeout(() => {
    if (body === undefined || url.searchParams.get("limit") !== String(LIMIT)) {
      response.writeHead(400, { "content-type": "application/json" });
      response.end(
        JSON.stringify({ error: { status: 400, message: "bench serves limit=50 pages only" } }),
      );
      return;
    }
    response.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    response.end(body);
  }, latencyMs);
});
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  process.stdout.write(`http://127.0.0.1:${port}/v1\n`);
});
process.stdin.resume();
process.stdin.on("end", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
