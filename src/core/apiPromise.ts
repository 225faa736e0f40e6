/**
 * The promise every SDK call returns: awaiting it gives the parsed body, `.withResponse()` gives
 * the body together with the raw `Response` (for headers such as `Retry-After` or `ETag`).
 */

/** A parsed body together with the `Response` it came from. */
export interface WithResponse<T> {
  data: T;
  response: Response;
}

/**
 * A `Promise<T>` that also offers the raw response. The request starts when the call is made,
 * whether or not anything awaits it, like any other promise-returning function.
 *
 * @example const { data, response } = await client.albums.get(id).withResponse();
 */
export class ApiPromise<T> implements PromiseLike<T> {
  readonly #result: Promise<WithResponse<T>>;
  #data: Promise<T> | undefined;

  constructor(result: Promise<WithResponse<T>>) {
    this.#result = result;
  }

  /** Resolves to `{ data, response }` instead of just the data. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  // biome-ignore lint/suspicious/noThenProperty: this class is deliberately thenable.
  then<A = T, B = never>(
    onFulfilled?: ((value: T) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    return this.#parsed().then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<T | B> {
    return this.#parsed().catch(onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.#parsed().finally(onFinally);
  }

  get [Symbol.toStringTag](): string {
    return "ApiPromise";
  }

  #parsed(): Promise<T> {
    this.#data ??= this.#result.then((result) => result.data);
    return this.#data;
  }
}
