/**
 * CORS for the mock, so code in a browser page (always another origin than the mock) can call it
 * the way it calls Spotify, whose Web API and token endpoint both answer cross-origin requests.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

// A fixed list rather than an echo of Access-Control-Request-Headers: a browser test then fails
// when the SDK starts sending a header a real cross-origin call could not carry.
const ALLOWED_HEADERS = "Authorization, Content-Type, Accept";
const ALLOWED_METHODS = "GET, POST, PUT, DELETE";
// Retry-After is not a CORS-safelisted response header; unexposed, a page could not honour a 429.
const EXPOSED_HEADERS = "Retry-After";
const PREFLIGHT_MAX_AGE_SECONDS = "600";

/**
 * Adds CORS headers to the answer of a request that carries an `Origin`, and answers a preflight
 * itself (204). Returns true when the request was a preflight and is finished; preflights are the
 * browser's own traffic, so the caller leaves them out of the request log.
 *
 * @example if (answerCors(req, res)) return;
 */
export function answerCors(req: IncomingMessage, res: ServerResponse): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return false;
  // Set before the reply is written: writeHead merges headers set here with its own.
  res.setHeader("access-control-allow-origin", origin);
  res.setHeader("vary", "Origin");
  res.setHeader("access-control-expose-headers", EXPOSED_HEADERS);
  const preflight =
    req.method === "OPTIONS" && req.headers["access-control-request-method"] !== undefined;
  if (!preflight) return false;
  res.writeHead(204, {
    "access-control-allow-methods": ALLOWED_METHODS,
    "access-control-allow-headers": ALLOWED_HEADERS,
    "access-control-max-age": PREFLIGHT_MAX_AGE_SECONDS,
  });
  res.end();
  return true;
}
