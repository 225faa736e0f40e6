/**
 * Auto-pagination over Spotify's two paging styles.
 *
 * Offset pages (`items`, `offset`, `limit`, `total`, `next`) are addressable by number, so once the
 * first page tells the total, later pages are fetched a few at a time and yielded strictly in
 * order. Cursor pages (`cursors.after`/`before`, `next`) can only be followed one after another.
 */
import { ApiPromise, type DataWithResponse as WithResponse } from "../http/apiPromise.js";

/** How a list operation pages. */
export type PaginationKind = "offset" | "cursor";

/** The fields of a Spotify paging object that pagination reads. */
export interface PageShape<Item> {
  items: Item[];
  next?: string | null;
  total?: number;
  limit?: number;
  offset?: number;
  cursors?: { after?: string | null; before?: string | null } | null;
}

/** Fetches one page given query overrides (`offset`, `limit`, `after`, `before`). */
export type PageFetcher<Body> = (
  overrides: Record<string, string | number>,
  signal: AbortSignal,
) => Promise<WithResponse<Body>>;

/** Settings of one paginated call. */
export interface PaginationSettings<Body, Page> {
  kind: PaginationKind;
  /** Picks the paging object out of the response body (for bodies such as `{ artists: {...} }`). */
  pageOf: (body: Body) => Page;
  fetchPage: PageFetcher<Body>;
  /** Offset pages fetched at the same time once the total is known. */
  concurrency: number;
  /** The caller's signal; aborting it stops the iteration. */
  signal?: AbortSignal | undefined;
}

type ItemOf<Page> = Page extends PageShape<infer Item> ? Item : never;

/**
 * The result of a list call: awaiting it gives the first page as Spotify sent it; iterating it
 * with `for await` yields every item across pages.
 *
 * @example for await (const item of client.playlists.getItems(id)) console.log(item.item?.name);
 */
export class PagePromise<Body, Page extends PageShape<unknown>>
  extends ApiPromise<Body>
  implements AsyncIterable<ItemOf<Page>>
{
  readonly #first: Promise<WithResponse<Body>>;
  readonly #settings: PaginationSettings<Body, Page>;

  constructor(first: Promise<WithResponse<Body>>, settings: PaginationSettings<Body, Page>) {
    super(first);
    this.#first = first;
    this.#settings = settings;
  }

  /** Iterates whole pages (the paging objects), starting with the first. */
  pages(): AsyncIterableIterator<Page> {
    return this.#settings.kind === "offset" ? this.#offsetPages() : this.#cursorPages();
  }

  /** Gathers items into an array, stopping after `max` when given. */
  async collect(options: { max?: number } = {}): Promise<ItemOf<Page>[]> {
    const max = options.max ?? Number.POSITIVE_INFINITY;
    const out: ItemOf<Page>[] = [];
    if (max <= 0) return out;
    for await (const item of this.#items(max)) {
      out.push(item);
      if (out.length >= max) break;
    }
    return out;
  }

  [Symbol.asyncIterator](): AsyncIterator<ItemOf<Page>> {
    return this.#items(Number.POSITIVE_INFINITY);
  }

  async *#items(max: number): AsyncGenerator<ItemOf<Page>> {
    let pages: AsyncIterableIterator<Page>;
    if (this.#settings.kind === "offset") pages = this.#offsetPages(max);
    else pages = this.#cursorPages();
    for await (const page of pages) {
      for (const item of page.items) yield item as ItemOf<Page>;
    }
  }

  async *#offsetPages(max = Number.POSITIVE_INFINITY): AsyncGenerator<Page> {
    const { pageOf, fetchPage, signal } = this.#settings;
    const firstPage = pageOf((await this.#first).data);
    yield firstPage;
    const limit = firstPage.limit ?? firstPage.items.length;
    const start = (firstPage.offset ?? 0) + firstPage.items.length;
    if (!firstPage.next || limit <= 0 || firstPage.items.length === 0) return;
    if (typeof firstPage.total !== "number") {
      yield* this.#sequentialOffsetPages(start, limit);
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
      while (inFlight.length < this.#settings.concurrency && next < offsets.length) {
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

  async *#sequentialOffsetPages(start: number, limit: number): AsyncGenerator<Page> {
    const { pageOf, fetchPage, signal } = this.#settings;
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

  async *#cursorPages(): AsyncGenerator<Page> {
    const { pageOf, fetchPage, signal } = this.#settings;
    const never = new AbortController().signal;
    let page = pageOf((await this.#first).data);
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
