/**
 * Sleeping that a caller's `AbortSignal` can cut short: the promise rejects with the signal's
 * reason at once (the same value `fetch` rejects with), and the timer is cleared so nothing
 * keeps the process alive.
 */

/** Injectable sleep, so tests can replace real waiting. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

/**
 * Resolves after `ms` milliseconds, or rejects with `signal.reason` when the signal aborts first.
 *
 * @example await abortableDelay(500, options.signal);
 */
export const abortableDelay: Sleep = (ms, signal) => {
  if (signal?.aborted) return Promise.reject(signal.reason);
  if (ms <= 0) return Promise.resolve();
  return new Promise<void>((resolve, reject) => {
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
};
