/**
 * Signing in from a Node program: a one-shot HTTP server on the redirect URI's loopback address
 * catches Spotify's redirect, while the system browser shows the sign-in page.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { AuthenticationError, SpotifyError } from "../../errors.js";
import type { AuthorizationCode } from "../authorizationCode.js";
import type { AuthorizeLocalOptions } from "../authorizeLocalOptions.js";
import { ENV_REDIRECT_URI } from "../env.js";
import { type AuthLogger, consoleLogger } from "../logger.js";
import { missingOption } from "../providerOptions.js";
import type { TokenInfo } from "../types.js";
import { callbackPage, type LoopbackTarget, loopbackTarget } from "./loopbackRedirect.js";

export type { AuthorizeLocalOptions } from "../authorizeLocalOptions.js";

/** Default wait for the user to finish signing in: five minutes. */
export const DEFAULT_AUTHORIZE_TIMEOUT_MS = 300_000;

/**
 * Runs the whole authorization code sign-in from Node and returns the token (also kept by
 * `auth`). The server answers only the redirect path (404 elsewhere) and is closed on success,
 * error, timeout and abort, before this promise settles.
 *
 * @example const token = await authorizeLocal(new AuthorizationCode({ scope: ["user-read-private"] }));
 */
export async function authorizeLocal(
  auth: AuthorizationCode,
  options: AuthorizeLocalOptions = {},
): Promise<TokenInfo> {
  const logger = options.logger ?? consoleLogger;
  const redirectUri = auth.redirectUri;
  if (redirectUri === undefined) {
    throw missingOption("authorizeLocal", "redirectUri", ENV_REDIRECT_URI);
  }
  const target = loopbackTarget(redirectUri, logger);
  options.signal?.throwIfAborted();
  const server = createServer();
  await listen(server, target);
  // Aborted when this call finishes, so the timer and listeners never outlive it.
  const finished = new AbortController();
  try {
    const request = await auth.getAuthorizationUrl({
      state: options.state,
      showDialog: options.showDialog,
    });
    const stops = AbortSignal.any([finished.signal, ...(options.signal ? [options.signal] : [])]);
    const redirect = waitForRedirect(server, target.path, stops, options.timeout, (query) =>
      handleRedirect(auth, query, request.state),
    );
    redirect.catch(() => {}); // observed below; avoids an unhandled rejection if showing the URL fails
    await showAuthorizationUrl(request.url, options, logger);
    return await redirect;
  } finally {
    finished.abort();
    await closeServer(server);
  }
}

async function handleRedirect(
  auth: AuthorizationCode,
  query: string,
  state: string,
): Promise<TokenInfo> {
  const code = await auth.parseResponseUrl(query, { expectedState: state });
  return auth.exchangeCode(code);
}

/** Resolves with the token once the redirect has been handled; rejects on failure or timeout. */
function waitForRedirect(
  server: Server,
  path: string,
  stop: AbortSignal,
  timeout: number | undefined,
  complete: (query: string) => Promise<TokenInfo>,
): Promise<TokenInfo> {
  return new Promise<TokenInfo>((resolve, reject) => {
    let handled = false;
    const timer = setTimeout(() => {
      reject(
        new AuthenticationError(
          "Timed out waiting for the Spotify sign-in to finish in the browser",
          { reason: "authorization_timeout" },
        ),
      );
    }, timeout ?? DEFAULT_AUTHORIZE_TIMEOUT_MS);
    stop.addEventListener(
      "abort",
      () => {
        clearTimeout(timer);
        reject(new SpotifyError("authorizeLocal was aborted", { cause: stop.reason }));
      },
      { once: true },
    );
    server.on("request", (req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? "/", "http://loopback.invalid");
      if (url.pathname !== path) return respond(res, 404, "Not found.");
      if (req.method !== "GET") return respond(res, 405, "Method not allowed.");
      if (handled) return respond(res, 409, "This sign-in has already been handled.");
      handled = true;
      complete(url.search).then(
        // Settled only once the page is flushed: settling closes the server and its sockets.
        (token) => {
          clearTimeout(timer);
          respond(res, 200, callbackPage({ ok: true }), "text/html", () => resolve(token));
        },
        (error: unknown) => {
          clearTimeout(timer);
          const message = error instanceof Error ? error.message : "The sign-in failed.";
          respond(res, 400, callbackPage({ ok: false, message }), "text/html", () => reject(error));
        },
      );
    });
  });
}

function respond(
  res: ServerResponse,
  status: number,
  body: string,
  type = "text/plain",
  sent?: () => void,
): void {
  res.writeHead(status, {
    "content-type": `${type}; charset=utf-8`,
    "cache-control": "no-store",
    // The tab's URL holds the authorization code; nothing on the page may send it elsewhere.
    "referrer-policy": "no-referrer",
    connection: "close",
  });
  // "close" also fires when the browser went away mid-response, so the caller is never left waiting.
  if (sent) res.once("close", sent);
  res.end(body);
}

/** Opens the browser, or hands the URL over when it should not or cannot be opened. */
async function showAuthorizationUrl(
  url: string,
  options: AuthorizeLocalOptions,
  logger: AuthLogger,
): Promise<void> {
  const handOver = async () => {
    if (options.onAuthorizationUrl) await options.onAuthorizationUrl(url);
    else (logger.info ?? logger.warn)(`Open this URL to sign in to Spotify: ${url}`);
  };
  if (options.openBrowser === false) return handOver();
  try {
    // Imported lazily: `open` is only needed here, and only when a browser is wanted.
    const { default: open } = await import("open");
    const child = await open(url);
    // Spawn failures surface as an "error" event; unhandled, that event would crash the process.
    child.once("error", (error) => {
      logger.warn(`Could not open a browser (${error.message})`);
      void handOver();
    });
  } catch (error) {
    logger.warn(`Could not open a browser (${error instanceof Error ? error.message : "unknown"})`);
    await handOver();
  }
}

function listen(server: Server, target: LoopbackTarget): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        new SpotifyError(
          `authorizeLocal could not listen on ${target.host}:${target.port} (${error.code ?? error.message}); is another sign-in running?`,
          { cause: error },
        ),
      );
    };
    server.once("error", onError);
    server.listen(target.port, target.host, () => {
      server.off("error", onError);
      resolve();
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    // Browsers keep connections alive; without this, close() would wait for them to time out.
    server.closeAllConnections();
  });
}
