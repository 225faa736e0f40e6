/**
 * Options of `authorizeLocal`, kept apart from its Node implementation so the universal
 * {@link AuthorizationCode} class can name them without importing Node code.
 */
import type { AuthLogger } from "./logger.js";

/** Options of `authorizeLocal` (Node only). */
export interface AuthorizeLocalOptions {
  /** Open the authorization URL in the default browser. Default `true`. */
  openBrowser?: boolean | undefined;
  /** Milliseconds to wait for the redirect before giving up. Default 300 000 (5 minutes). */
  timeout?: number | undefined;
  /**
   * Receives the URL when the browser is not opened (`openBrowser: false`, or opening failed).
   * Without it the URL is logged through `logger.info`.
   */
  onAuthorizationUrl?: ((url: string) => void | Promise<void>) | undefined;
  /** The `state` to send; default: a fresh random one. */
  state?: string | undefined;
  /** Ask Spotify to show the consent dialog even if the user already approved the app. */
  showDialog?: boolean | undefined;
  /** Stops waiting (and closes the server) when aborted. */
  signal?: AbortSignal | undefined;
  /** Where warnings and the URL go. Default: `console`. */
  logger?: AuthLogger | undefined;
}
