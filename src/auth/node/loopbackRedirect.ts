/**
 * What `authorizeLocal` may listen on, and the page it shows in the browser tab afterwards.
 */
import { SpotifyConfigurationError } from "../../errors.js";
import type { AuthLogger } from "../logger.js";

/** Where the local server listens and which path it serves. */
export interface LoopbackTarget {
  /** Host for `server.listen` (brackets removed from IPv6). */
  host: string;
  port: number;
  /** The redirect URI's path: the only one answered with anything but 404. */
  path: string;
}

/**
 * Checks a redirect URI is a plain-HTTP loopback address and says where to listen.
 *
 * Spotify accepts `http://127.0.0.1:PORT/...` and `http://[::1]:PORT/...` for local apps and has
 * rejected `localhost` redirect URIs since 2025-11-27; `localhost` is still served here (for other
 * accounts servers and old registrations) but with a warning.
 *
 * @example loopbackTarget("http://127.0.0.1:8888/callback", console) // { host: "127.0.0.1", port: 8888, path: "/callback" }
 */
export function loopbackTarget(redirectUri: string, logger: AuthLogger): LoopbackTarget {
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    throw new SpotifyConfigurationError("The redirect URI is not a valid URL", {
      option: "redirectUri",
    });
  }
  if (url.protocol !== "http:") {
    throw new SpotifyConfigurationError(
      `authorizeLocal serves plain HTTP on a loopback address, so the redirect URI must start with http:// (it uses ${url.protocol})`,
      { option: "redirectUri" },
    );
  }
  let host: string;
  if (url.hostname === "127.0.0.1") host = "127.0.0.1";
  else if (url.hostname === "[::1]") host = "::1";
  else if (url.hostname === "localhost") {
    logger.warn(
      "The redirect URI uses localhost, which Spotify rejects since 2025-11-27; register http://127.0.0.1:PORT/... (or http://[::1]:PORT/...) instead",
    );
    host = "localhost";
  } else {
    throw new SpotifyConfigurationError(
      `authorizeLocal only listens on a loopback address (127.0.0.1 or [::1]); the redirect URI's host is ${url.hostname}`,
      { option: "redirectUri" },
    );
  }
  return { host, port: url.port === "" ? 80 : Number(url.port), path: url.pathname };
}

const HTML_ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char);
}

/** The small page the browser tab shows once the redirect has been handled. */
export function callbackPage(outcome: { ok: true } | { ok: false; message: string }): string {
  const title = outcome.ok ? "Signed in to Spotify" : "Spotify sign-in failed";
  const text = outcome.ok
    ? "You can close this tab and return to the application."
    : `${escapeHtml(outcome.message)} You can close this tab and try again.`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title></head>
<body style="font-family: system-ui, sans-serif; margin: 3rem;"><h1>${title}</h1><p>${text}</p></body></html>
`;
}
