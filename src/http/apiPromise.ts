/**
 * What every SDK call returns: awaitable as the typed data, with `.withResponse()` for the raw
 * `Response` (status, headers such as `Retry-After`) next to the data.
 *
 * @example
 * const album = await client.raw.GET("/albums/{id}", { params: { path: { id } } });
 * const { data, response } = await client.raw.GET("/albums/{id}", init).withResponse();
 */

/** The data together with the HTTP response it came from (its body already read). */
export interface DataWithResponse<T> {
  data: T;
  response: Response;
}

/**
 * A `PromiseLike<T>` around the eager request. Not a `Promise` subclass: subclassing makes every
 * `then` go through species lookups, and this wrapper only needs to re-map the settled value.
 */
export class ApiPromise<T> implements PromiseLike<T> {
  readonly #result: Promise<DataWithResponse<T>>;

  constructor(result: Promise<DataWithResponse<T>>) {
    this.#result = result;
  }

  /** The parsed data together with the `Response`. */
  withResponse(): Promise<DataWithResponse<T>> {
    return this.#result;
  }

  // biome-ignore lint/suspicious/noThenProperty: being awaitable is the point of this class.
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#result.then(
      onFulfilled ? (result) => onFulfilled(result.data) : (result) => result.data as unknown as R1,
      onRejected,
    );
  }

  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }

  get [Symbol.toStringTag](): string {
    return "ApiPromise";
  }
}
