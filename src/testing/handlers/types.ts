/** The contract between the mock server and the per-route data handlers. */
import type { BuildContext } from "../builders/common.js";
import { MockApiError } from "../paging.js";

/** What a handler sees of one API request. */
export interface HandlerInput {
  ctx: BuildContext;
  /** Path parameters in template order (`/playlists/{playlist_id}/items` -> `[playlistId]`). */
  params: readonly string[];
  query: URLSearchParams;
  /** Parsed JSON body, or undefined. */
  body: unknown;
  operationId: string;
  /** The table's cap on the list input (`x-spotify-max-items`), when it has one. */
  maxItems: number | undefined;
}

/** Produces the JSON body of a successful response. */
export type Handler = (input: HandlerInput) => unknown;

/** Handlers keyed by normalized route, e.g. `"GET /albums/{}"` (parameter names dropped). */
export type HandlerTable = Readonly<Record<string, Handler>>;

/** First path parameter; every parameterized Spotify route has exactly one. */
export function param(input: HandlerInput): string {
  const value = input.params[0];
  if (value === undefined) throw new MockApiError(400, "Missing path parameter");
  return value;
}

/**
 * Ids are what several-object and contains endpoints take (`ids=a,b,c`). Spotify rejects more
 * than `max` with 400 and answers `null` for ids it does not know; the mock treats ids that
 * start with `missing` as unknown so tests can ask for that case.
 */
export function readIds(query: URLSearchParams, max: number, name = "ids"): string[] {
  const raw = query.get(name);
  if (raw === null || raw.trim() === "")
    throw new MockApiError(400, `Missing required field: ${name}`);
  const ids = raw.split(",").map((id) => id.trim());
  if (ids.length > max) throw new MockApiError(400, `Too many ids requested (max ${max})`);
  return ids;
}

/** Whether an id should be answered with `null` (see {@link readIds}). */
export function isMissingId(id: string): boolean {
  return id.startsWith("missing");
}

/** One object per id in request order, `null` for ids the mock treats as unknown. */
export function several<T>(ids: readonly string[], build: (id: string) => T): (T | null)[] {
  return ids.map((id) => (isMissingId(id) ? null : build(id)));
}
