/**
 * A module imported on first use: the SDK's way of keeping code an app may never need (input
 * checks, response schemas, the token endpoint) out of the initial load. Callers pass an arrow
 * function holding a literal dynamic import of the module, so bundlers still see the import and
 * give the module its own chunk (buildServices.ts loads preflight.ts this way).
 */

/** Loads a module once; see {@link onDemand}. */
export interface OnDemand<T> {
  /** The module, importing it on the first call. A failed import is retried by the next call. */
  (): Promise<T>;
  /** The module if it has loaded, so hot paths can use it without waiting on a promise. */
  loaded(): T | undefined;
}

/**
 * Wraps `load` so it runs once (concurrent first callers share it) and a failure, e.g. a chunk
 * that did not download, is not remembered.
 */
/* @__NO_SIDE_EFFECTS__ */
export function onDemand<T>(load: () => Promise<T>): OnDemand<T> {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  const get = (): Promise<T> => {
    loading ??= load().then(
      (loadedModule) => {
        module = loadedModule;
        return loadedModule;
      },
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  return Object.assign(get, { loaded: () => module });
}

/**
 * An {@link OnDemand} over a module that is already loaded: the Node build's stand-in for a lazy
 * import (scripts/build.ts), with the same interface so callers do not know which they got.
 */
/* @__NO_SIDE_EFFECTS__ */
export function preloaded<T>(module: T): OnDemand<T> {
  const ready = Promise.resolve(module);
  return Object.assign(() => ready, { loaded: () => module });
}
