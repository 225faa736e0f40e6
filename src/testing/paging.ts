/**
 * Offset and cursor paging objects with absolute `next` / `previous` links on the mock itself,
 * so a client that follows links walks a whole collection without building URLs.
 */
import type { BuildContext } from "./builders/common.js";

/** Thrown by handlers for a request Spotify would reject; the server turns it into `{ error }`. */
export class MockApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly reason?: string,
  ) {
    super(message);
    this.name = "MockApiError";
  }
}

/** Spotify's offset paging object. */
export interface OffsetPage<T> {
  href: string;
  items: T[];
  limit: number;
  next: string | null;
  offset: number;
  previous: string | null;
  total: number;
}

/** Limits of one paged operation (Spotify's documented default and maximum `limit`). */
export interface PageLimits {
  defaultLimit: number;
  maxLimit: number;
  /** Search caps `offset` at 1000; most endpoints do not. */
  maxOffset?: number;
}

/** Reads and validates `limit` / `offset` the way Spotify does (400 outside the range). */
export function readPaging(
  query: URLSearchParams,
  limits: PageLimits,
): { limit: number; offset: number } {
  const limit = readInt(query, "limit", limits.defaultLimit);
  const offset = readInt(query, "offset", 0);
  if (limit < 1 || limit > limits.maxLimit) throw new MockApiError(400, "Invalid limit");
  if (offset < 0 || (limits.maxOffset !== undefined && offset > limits.maxOffset)) {
    throw new MockApiError(400, "Invalid offset");
  }
  return { limit, offset };
}

function readInt(query: URLSearchParams, name: string, fallback: number): number {
  const raw = query.get(name);
  if (raw === null || raw === "") return fallback;
  if (!/^-?\d+$/.test(raw)) throw new MockApiError(400, `Invalid ${name}`);
  return Number(raw);
}

/** Builds `<base>/<path>?<params>`; `extra` keeps market/type/fields across pages. */
export function pageUrl(
  ctx: BuildContext,
  path: string,
  params: Readonly<Record<string, string | number>>,
  extra: Readonly<Record<string, string>> = {},
): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) search.set(key, String(value));
  for (const [key, value] of Object.entries(extra)) search.set(key, value);
  return `${ctx.baseUrl}/${path}?${search.toString()}`;
}

/** One page of a collection of `total` members whose member `i` is `item(i)`. */
export function offsetPage<T>(
  ctx: BuildContext,
  path: string,
  window: { limit: number; offset: number },
  total: number,
  item: (index: number) => T,
  extra: Readonly<Record<string, string>> = {},
): OffsetPage<T> {
  const { limit, offset } = window;
  const items: T[] = [];
  for (let i = offset; i < Math.min(total, offset + limit); i++) items.push(item(i));
  const link = (at: number) => pageUrl(ctx, path, { offset: at, limit }, extra);
  return {
    href: link(offset),
    items,
    limit,
    next: offset + limit < total ? link(offset + limit) : null,
    offset,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    total,
  };
}

/** Keeps the request parameters that shape content (not paging) for the next/previous links. */
export function carriedParams(
  query: URLSearchParams,
  names: readonly string[],
): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of names) {
    const value = query.get(name);
    if (value !== null) kept[name] = value;
  }
  return kept;
}
