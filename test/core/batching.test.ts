import { describe, expect, it } from "vitest";
import {
  chunk,
  mergeChunkResults,
  runChunksConcurrently,
  runChunksInOrder,
  SpotifyBatchError,
} from "../../src/core/batching.js";
import { NotFoundError } from "../../src/errors.js";

describe("chunk", () => {
  it("splits into consecutive chunks of at most the size", () => {
    expect(chunk([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(chunk([], 40)).toEqual([]);
  });
});

describe("mergeChunkResults", () => {
  it("concatenates boolean arrays in order", () => {
    expect(mergeChunkResults([[true, false], [true]])).toEqual([true, false, true]);
  });
  it("concatenates the array member of wrapper objects", () => {
    expect(mergeChunkResults([{ albums: [{ id: "a" }] }, { albums: [{ id: "b" }, null] }])).toEqual(
      {
        albums: [{ id: "a" }, { id: "b" }, null],
      },
    );
  });
});

describe("runChunksInOrder", () => {
  it("runs one chunk after another", async () => {
    const order: number[] = [];
    let active = 0;
    await runChunksInOrder([[1], [2], [3]], async (items) => {
      active += 1;
      expect(active).toBe(1);
      await Promise.resolve();
      order.push(items[0] as number);
      active -= 1;
    });
    expect(order).toEqual([1, 2, 3]);
  });

  it("names the failed chunk and what went through", async () => {
    const failure = new NotFoundError("gone", { status: 404 });
    const run = runChunksInOrder([["a", "b"], ["c"], ["d"]], async (items) => {
      if (items[0] === "c") throw failure;
    });
    const error = await run.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpotifyBatchError);
    const batch = error as SpotifyBatchError;
    expect(batch.failedChunk).toBe(1);
    expect(batch.totalChunks).toBe(3);
    expect(batch.completedItems).toEqual(["a", "b"]);
    expect(batch.pendingItems).toEqual(["c", "d"]);
    expect(batch.status).toBe(404);
    expect(batch.cause).toBe(failure);
  });

  it("throws a single chunk's error unwrapped", async () => {
    const failure = new NotFoundError("gone", { status: 404 });
    await expect(runChunksInOrder([["a"]], async () => Promise.reject(failure))).rejects.toBe(
      failure,
    );
  });
});

describe("runChunksConcurrently", () => {
  it("keeps chunk order whatever order the answers arrive in", async () => {
    const results = await runChunksConcurrently(
      [[3], [1], [2]],
      async (items) => {
        await new Promise((resolve) => setImmediate(resolve));
        return items[0];
      },
      2,
    );
    expect(results).toEqual([3, 1, 2]);
  });
});
