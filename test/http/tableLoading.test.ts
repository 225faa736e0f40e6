/**
 * The client's operation table arrives with the first call (a lazy chunk in browser bundles).
 * Calls made before it has loaded must wait for it and then follow its rows; a failed load must
 * reject the call and leave the next call free to load it again.
 */
import { afterEach, describe, expect, it } from "vitest";
import { onDemand } from "../../src/core/onDemand.js";
import { ServerError } from "../../src/errors.js";
import type { OperationTableLike } from "../../src/http/operationTypes.js";
import {
  json,
  makeStack,
  rejectionOf,
  startServer,
  TEST_TABLE,
  type TestServer,
} from "./helpers.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** A table whose load finishes when the test says so. */
function deferredTable() {
  let finish: (table: OperationTableLike) => void = () => {};
  let loads = 0;
  const table = onDemand(() => {
    loads++;
    return new Promise<OperationTableLike>((resolve) => {
      finish = resolve;
    });
  });
  return { table, finish: (rows: OperationTableLike) => finish(rows), loads: () => loads };
}

describe("calls made while the operation table loads", () => {
  it("send nothing until it has loaded, then follow its rows", async () => {
    server = await startServer((_q, res) =>
      json(res, 503, { error: { status: 503, message: "busy" } }),
    );
    const pending = deferredTable();
    let fetches = 0;
    const { requester } = makeStack({
      baseUrl: server.baseUrl,
      table: pending.table,
      fetch: (input, init) => {
        fetches++;
        return globalThis.fetch(input, init);
      },
    });
    // The table marks this PUT (a reorder) as not idempotent, so a 503 must not be retried.
    const call = requester.path("PUT", "/playlists/{playlist_id}/items", {
      params: { path: { playlist_id: "p1" } },
      body: { range_start: 1, insert_before: 0 },
    });
    const byId = requester.operation("getAlbum", { path: { id: "a1" } });
    // One macrotask turn: a call that did not wait for the table would have reached fetch by then.
    await new Promise((resolve) => setImmediate(resolve));
    expect(fetches).toBe(0);
    expect(server.seen).toHaveLength(0);
    expect(pending.loads()).toBe(1);

    pending.finish(TEST_TABLE);
    expect(await rejectionOf(call)).toBeInstanceOf(ServerError);
    expect(await rejectionOf(byId)).toBeInstanceOf(ServerError);
    const reorders = server.seen.filter((r) => r.method === "PUT");
    const albums = server.seen.filter((r) => r.url === "/v1/albums/a1");
    expect(reorders).toHaveLength(1);
    // getAlbum is idempotent in the table: retried up to maxRetries (3) after the first 503.
    expect(albums).toHaveLength(4);
  });

  it("a failed load rejects the call, and the next call loads the table again", async () => {
    server = await startServer((_q, res) => json(res, 200, { id: "a1" }));
    let attempts = 0;
    const table = onDemand(async () => {
      attempts++;
      if (attempts === 1) throw new Error("chunk failed to download");
      return TEST_TABLE;
    });
    const { requester } = makeStack({ baseUrl: server.baseUrl, table });
    await expect(requester.operation("getAlbum", { path: { id: "a1" } })).rejects.toThrow(
      "chunk failed to download",
    );
    expect(server.seen).toHaveLength(0);
    await expect(requester.operation("getAlbum", { path: { id: "a1" } })).resolves.toEqual({
      id: "a1",
    });
    expect(attempts).toBe(2);
  });
});
