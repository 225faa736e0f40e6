import { describe, expect, it } from "vitest";
import { PagePromise, type PageShape } from "../../src/core/pagination.js";
import type { DataWithResponse as WithResponse } from "../../src/http/apiPromise.js";

interface Page extends PageShape<number> {}

/** A list of `total` numbers served `limit` at a time, answering out of order on purpose. */
function offsetSource(total: number) {
  const calls: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const page = (offset: number, limit: number): Page => {
    const items = Array.from(
      { length: Math.max(0, Math.min(limit, total - offset)) },
      (_, i) => offset + i,
    );
    const nextOffset = offset + limit;
    return {
      items,
      offset,
      limit,
      total,
      next:
        nextOffset < total ? `https://api.test/v1/list?offset=${nextOffset}&limit=${limit}` : null,
    };
  };
  const fetchPage = async (
    overrides: Record<string, string | number>,
  ): Promise<WithResponse<Page>> => {
    const offset = Number(overrides.offset);
    calls.push(offset);
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    // Later pages answer sooner, so any ordering bug shows up.
    for (let i = 0; i < 10 - (offset % 10); i++)
      await new Promise((resolve) => setImmediate(resolve));
    inFlight -= 1;
    return { data: page(offset, Number(overrides.limit)), response: new Response(null) };
  };
  return { calls, fetchPage, first: page(0, 10), maxInFlight: () => maxInFlight };
}

function offsetPromise(total: number, concurrency = 4) {
  const source = offsetSource(total);
  const promise = new PagePromise<Page, Page>(
    Promise.resolve({ data: source.first, response: new Response(null) }),
    { kind: "offset", pageOf: (body) => body, fetchPage: source.fetchPage, concurrency },
  );
  return { source, promise };
}

describe("offset pagination", () => {
  it("awaits to the first page as sent", async () => {
    const { promise } = offsetPromise(35);
    const first = await promise;
    expect(first.items).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(first.total).toBe(35);
  });

  it("yields every item across pages exactly once and in order", async () => {
    const { promise, source } = offsetPromise(35);
    const items: number[] = [];
    for await (const item of promise) items.push(item);
    expect(items).toEqual(Array.from({ length: 35 }, (_, i) => i));
    expect([...source.calls].sort((a, b) => a - b)).toEqual([10, 20, 30]);
  });

  it("fetches later pages concurrently, bounded by the setting", async () => {
    const { promise, source } = offsetPromise(200, 3);
    const items = await promise.collect();
    expect(items).toHaveLength(200);
    expect(source.maxInFlight()).toBe(3);
  });

  it("collect({ max }) stops early and fetches no page it does not need", async () => {
    const { promise, source } = offsetPromise(1000);
    const items = await promise.collect({ max: 25 });
    expect(items).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(source.calls.every((offset) => offset < 25)).toBe(true);
  });

  it("pages() yields the paging objects", async () => {
    const { promise } = offsetPromise(25);
    const offsets: number[] = [];
    for await (const page of promise.pages()) offsets.push(page.offset ?? -1);
    expect(offsets).toEqual([0, 10, 20]);
  });
});

describe("cursor pagination", () => {
  it("follows cursors to the end", async () => {
    const pages: Record<string, { items: number[]; next: string | null }> = {
      start: {
        items: [1, 2],
        next: "https://api.test/v1/me/following?type=artist&after=b&limit=2",
      },
      b: { items: [3, 4], next: "https://api.test/v1/me/following?type=artist&after=d&limit=2" },
      d: { items: [5], next: null },
    };
    const asked: Array<Record<string, string | number>> = [];
    const promise = new PagePromise<{ artists: PageShape<number> }, PageShape<number>>(
      Promise.resolve({ data: { artists: pages.start! }, response: new Response(null) }),
      {
        kind: "cursor",
        pageOf: (body) => body.artists,
        concurrency: 4,
        fetchPage: async (overrides) => {
          asked.push(overrides);
          return {
            data: { artists: pages[String(overrides.after)]! },
            response: new Response(null),
          };
        },
      },
    );
    expect(await promise.collect()).toEqual([1, 2, 3, 4, 5]);
    expect(asked).toEqual([
      { after: "b", limit: 2 },
      { after: "d", limit: 2 },
    ]);
  });
});
