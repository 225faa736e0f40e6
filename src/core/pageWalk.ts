/**
 * Walks the pages of a list call, the part of pagination.ts that loads with the first iteration.
 *
 * Offset pages (`items`, `offset`, `limit`, `total`, `next`) are addressable by number, so once the
 * first page tells the total, later pages are fetched a few at a time and yielded strictly in
 * order. Cursor pages (`cursors.after`/`before`, `next`) can only be followed one after another.
 */
import type { DataWithResponse as WithResponse } from "../http/apiPromise.js";
import type { PageShape, PaginationSettings } from "./pagination.js";

/**
 * The pages of a list, starting with `first`'s. For offset lists, `max` bounds how many items
 * the caller can still consume, so no page beyond them is fetched.
 */
export function walkPages<Body, Page extends PageShape<unknown>>(
  first: Promise<WithResponse<Body>>,
  settings: PaginationSettings<Body, Page>,
  max: number,
): AsyncGenerator<Page> {
  return settings.kind === "offset"
    ? offsetPages(first, settings, max)
    : cursorPages(first, settings);
}

async function* offsetPages<Body, Page extends PageShape<unknown>>(
  first: Promise<WithResponse<Body>>,
  settings: PaginationSettings<Body, Page>,
  max: number,
): AsyncGenerator<Page> {
  const { pageOf, fetchPage, signal } = settings;
  const firstPage = pageOf((await first).data);
  yield firstPage;
  const limit = firstPage.limit ?? firstPage.items.length;
  const start = (firstPage.offset ?? 0) + firstPage.items.length;
  if (!firstPage.next || limit <= 0 || firstPage.items.length === 0) return;
  if (typeof firstPage.total !== "number") {
    yield* sequentialOffsetPages(settings, start, limit);
    return;
  }
  // Only as many pages as the caller can still consume.
  const end = Math.min(firstPage.total, (firstPage.offset ?? 0) + max);
  const offsets: number[] = [];
  for (let offset = start; offset < end; offset += limit) offsets.push(offset);

  const stop = new AbortController();
  const combined = signal ? AbortSignal.any([signal, stop.signal]) : stop.signal;
  const inFlight: Promise<WithResponse<Body>>[] = [];
  let next = 0;
  const launch = () => {
    while (inFlight.length < settings.concurrency && next < offsets.length) {
      const pending = fetchPage({ offset: offsets[next] as number, limit }, combined);
      // A page fetched ahead may fail after the consumer stopped; that must not surface.
      pending.catch(() => {});
      inFlight.push(pending);
      next += 1;
    }
  };
  try {
    launch();
    while (inFlight.length > 0) {
      const page = pageOf((await (inFlight.shift() as Promise<WithResponse<Body>>)).data);
      if (page.items.length === 0) return;
      yield page;
      launch();
    }
  } finally {
    stop.abort();
  }
}

async function* sequentialOffsetPages<Body, Page extends PageShape<unknown>>(
  settings: PaginationSettings<Body, Page>,
  start: number,
  limit: number,
): AsyncGenerator<Page> {
  const { pageOf, fetchPage, signal } = settings;
  const never = new AbortController().signal;
  let offset = start;
  for (;;) {
    const page = pageOf((await fetchPage({ offset, limit }, signal ?? never)).data);
    if (page.items.length === 0) return;
    yield page;
    if (!page.next) return;
    offset += page.items.length;
  }
}

async function* cursorPages<Body, Page extends PageShape<unknown>>(
  first: Promise<WithResponse<Body>>,
  settings: PaginationSettings<Body, Page>,
): AsyncGenerator<Page> {
  const { pageOf, fetchPage, signal } = settings;
  const never = new AbortController().signal;
  let page = pageOf((await first).data);
  const seen = new Set<string>();
  for (;;) {
    yield page;
    if (!page.next || page.items.length === 0) return;
    const overrides = cursorOverrides(page.next);
    const key = JSON.stringify(overrides);
    // A cursor that repeats would loop forever; Spotify has been seen to repeat the last one.
    if (seen.has(key) || Object.keys(overrides).length === 0) return;
    seen.add(key);
    page = pageOf((await fetchPage(overrides, signal ?? never)).data);
  }
}

/** Reads the cursor parameters out of a `next` link. */
function cursorOverrides(next: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  let params: URLSearchParams;
  try {
    params = new URL(next).searchParams;
  } catch {
    return out;
  }
  for (const name of ["after", "before", "limit"]) {
    const value = params.get(name);
    if (value !== null) out[name] = name === "limit" ? Number(value) : value;
  }
  return out;
}
