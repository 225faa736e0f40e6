/**
 * Waiting that a caller's `AbortSignal` can cut short: the promise rejects with the signal's
 * reason at once (the same value `fetch` rejects with), and the timer or listener is cleared so
 * nothing keeps the process alive.
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

/**
 * `promise`, or a rejection with `signal.reason` as soon as the signal aborts. The promise itself
 * goes on (others may share it, e.g. one token fetch for many requests); only this caller stops
 * waiting for it.
 *
 * @example const token = await untilAborted(auth.token(), options.signal);
 */
export function untilAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}
