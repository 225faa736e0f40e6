/**
 * Splitting an over-long id/uri list into the per-request maximum Spotify accepts, and putting
 * the answers back together in input order.
 */
import { SpotifyBatchError } from "../errors.js";

export { SpotifyBatchError };

/** Splits `list` into consecutive chunks of at most `size` elements. */
export function chunk<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < list.length; start += size) out.push(list.slice(start, start + size));
  return out;
}

/**
 * Runs one request per chunk, one after another, so an order-sensitive write is applied in order
 * and a failure leaves a known prefix applied. Returns each chunk's result in order.
 */
export async function runChunksInOrder<T, R>(
  chunks: readonly T[][],
  run: (chunk: T[], index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (const [index, items] of chunks.entries()) {
    try {
      results.push(await run(items, index));
    } catch (cause) {
      if (chunks.length === 1) throw cause;
      throw new SpotifyBatchError({
        failedChunk: index,
        totalChunks: chunks.length,
        completedItems: chunks.slice(0, index).flat(),
        pendingItems: chunks.slice(index).flat(),
        cause,
      });
    }
  }
  return results;
}

/**
 * Runs read chunks with bounded concurrency; results come back in chunk order. A read has no
 * side effect, so the first failure is thrown as it is.
 */
export async function runChunksConcurrently<T, R>(
  chunks: readonly T[][],
  run: (chunk: T[], index: number) => Promise<R>,
  concurrency: number,
): Promise<R[]> {
  const results = new Array<R>(chunks.length);
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const index = next++;
      results[index] = await run(chunks[index] as T[], index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, chunks.length) }, worker));
  return results;
}

/**
 * Joins the answers of several chunks: arrays are concatenated (`contains` booleans); objects
 * holding one array (`{ albums: [...] }`) get that array concatenated. The first answer's other
 * fields are kept.
 */
export function mergeChunkResults(results: readonly unknown[]): unknown {
  if (results.length === 1) return results[0];
  if (results.every(Array.isArray)) return (results as unknown[][]).flat();
  const first = results[0];
  if (typeof first !== "object" || first === null) return first;
  const merged: Record<string, unknown> = { ...(first as Record<string, unknown>) };
  for (const [key, value] of Object.entries(merged)) {
    if (!Array.isArray(value)) continue;
    merged[key] = results.flatMap((result) => {
      const part = (result as Record<string, unknown> | null)?.[key];
      return Array.isArray(part) ? part : [];
    });
  }
  return merged;
}
