/**
 * Auto-pagination over Spotify's two paging styles: the PagePromise a list call returns. Walking
 * the pages (pageWalk.ts) loads with the first iteration, so apps that only await list calls do
 * not carry it in their initial bundle.
 */
import { ApiPromise, type DataWithResponse as WithResponse } from "../http/apiPromise.js";
import { loadPageWalk } from "./pageWalkLoader.js";

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
    return this.#pages(Number.POSITIVE_INFINITY);
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
    for await (const page of this.#pages(max)) {
      for (const item of page.items) yield item as ItemOf<Page>;
    }
  }

  /** Pages until the list ends; offset lists fetch ahead only what `max` items can still use. */
  async *#pages(max: number): AsyncGenerator<Page> {
    const { walkPages } = await loadPageWalk();
    yield* walkPages(this.#first, this.#settings, max);
  }
}
