import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { BuildContext } from "../../src/testing/builders/common.js";
import { DEFAULT_SIZES, indexedId, indexFromId } from "../../src/testing/index.js";
import { offsetPage } from "../../src/testing/paging.js";
import { RollingWindow } from "../../src/testing/rateLimit.js";

const ctx: BuildContext = {
  seed: 1,
  baseUrl: "http://127.0.0.1:1/v1",
  market: undefined,
  additionalTypes: [],
  sizes: DEFAULT_SIZES,
};

describe("indexed ids", () => {
  it("read back the index they were made from, and are 22 base-62 characters", () => {
    fc.assert(
      fc.property(fc.integer(), fc.string(), fc.nat(10_000_000), (seed, scope, index) => {
        const id = indexedId(seed, scope, index);
        expect(id).toMatch(/^[0-9A-Za-z]{22}$/);
        expect(indexFromId(seed, scope, id)).toBe(index);
      }),
    );
  });

  it("differ between positions of one collection", () => {
    fc.assert(
      fc.property(fc.integer(), fc.nat(100_000), fc.nat(100_000), (seed, a, b) => {
        fc.pre(a !== b);
        expect(indexedId(seed, "playlist:x", a)).not.toBe(indexedId(seed, "playlist:x", b));
      }),
    );
  });
});

describe("offset pages", () => {
  it("hold min(limit, total - offset) items and link onwards exactly when more remain", () => {
    fc.assert(
      fc.property(
        fc.nat(500),
        fc.integer({ min: 1, max: 50 }),
        fc.nat(600),
        (total, limit, offset) => {
          const page = offsetPage(ctx, "me/tracks", { limit, offset }, total, (i) => i);
          expect(page.items).toEqual(
            Array.from(
              { length: Math.max(0, Math.min(limit, total - offset)) },
              (_, k) => offset + k,
            ),
          );
          expect(page.next !== null).toBe(offset + limit < total);
          expect(page.previous !== null).toBe(offset > 0);
        },
      ),
    );
  });
});

describe("rolling window", () => {
  it("never admits more than `requests` within any window", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 10, max: 2000 }),
        fc.array(fc.nat(300), { maxLength: 60 }),
        (requests, windowMs, gaps) => {
          let now = 0;
          const window = new RollingWindow(requests, windowMs, () => now);
          const admitted: number[] = [];
          for (const gap of gaps) {
            now += gap;
            const verdict = window.admit();
            if (verdict.ok) admitted.push(now);
            else expect(verdict.retryAfterSeconds).toBeGreaterThanOrEqual(1);
          }
          for (const at of admitted) {
            expect(admitted.filter((t) => t > at - windowMs && t <= at).length).toBeLessThanOrEqual(
              requests,
            );
          }
        },
      ),
    );
  });
});
