/**
 * The Node flavour of the universal `AuthorizationCode`: the same class plus a working
 * `authorizeLocal()`. Kept out of the universal module so browser bundles never see `node:http`.
 */
import { AuthorizationCode as UniversalAuthorizationCode } from "../authorizationCode.js";
import type { AuthorizeLocalOptions } from "../authorizeLocalOptions.js";
import type { TokenInfo } from "../types.js";
import { authorizeLocal } from "./authorizeLocal.js";

/**
 * the universal `AuthorizationCode` with `authorizeLocal()` implemented for Node; `close()`
 * stops a pending one (and its local server).
 *
 * @example
 * const auth = new AuthorizationCode({ redirectUri: "http://127.0.0.1:8888/callback", scope: ["user-read-private"] });
 * await auth.authorizeLocal();
 */
export class AuthorizationCode extends UniversalAuthorizationCode {
  readonly #pending = new Set<AbortController>();

  /** Signs in through a loopback server and the browser; see the `authorizeLocal` function. */
  override async authorizeLocal(options: AuthorizeLocalOptions = {}): Promise<TokenInfo> {
    const controller = new AbortController();
    this.#pending.add(controller);
    try {
      const signal = options.signal
        ? AbortSignal.any([controller.signal, options.signal])
        : controller.signal;
      return await authorizeLocal(this, { ...options, signal });
    } finally {
      this.#pending.delete(controller);
    }
  }

  /** Stops any pending `authorizeLocal` and closes its server. */
  override async close(): Promise<void> {
    for (const controller of this.#pending) controller.abort();
    this.#pending.clear();
    await super.close();
  }
}
