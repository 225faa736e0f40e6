/**
 * Writing answers, well-formed or deliberately broken, and the timers behind delays and hangs.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { type FaultSpec, proxyErrorPage, retryAfterHeader } from "./faults.js";

/** An answer before it is written. */
export interface Reply {
  status: number;
  headers?: Record<string, string>;
  /** JSON value to serialise; `undefined` means no body. */
  json?: unknown;
  /** Raw text body (wins over `json`). */
  text?: string;
}

const JSON_TYPE = "application/json; charset=utf-8";

/** Spotify's Web API error body: `{"error":{"status":N,"message":"..."}}`. */
export function apiError(
  status: number,
  message: string,
  reason?: string,
  headers?: Record<string, string>,
): Reply {
  const error = reason === undefined ? { status, message } : { status, message, reason };
  return { status, json: { error }, ...(headers === undefined ? {} : { headers }) };
}

/** The reply a pre-response fault stands for, or undefined for faults that shape normal replies. */
export function faultReply(fault: FaultSpec): Reply | undefined {
  switch (fault.kind) {
    case "rateLimit": {
      const header = retryAfterHeader(fault.retryAfter);
      return apiError(
        429,
        "API rate limit exceeded",
        undefined,
        header === undefined ? {} : { "retry-after": header },
      );
    }
    case "status":
      return apiError(fault.status, fault.message ?? defaultMessage(fault.status), fault.reason);
    case "htmlError": {
      const status = fault.status ?? 502;
      return { status, headers: { "content-type": "text/html" }, text: proxyErrorPage(status) };
    }
    case "noContent":
      return { status: 204 };
    case "accepted":
      return { status: 202 };
    case "emptyBody":
      return { status: 200, headers: { "content-type": JSON_TYPE }, text: "" };
    default:
      return undefined;
  }
}

function defaultMessage(status: number): string {
  if (status === 401) return "Invalid access token";
  if (status === 403) return "Forbidden";
  if (status === 404) return "Resource not found";
  if (status >= 500) return "Server error";
  return "Request failed";
}

function serialise(reply: Reply): { body: string | undefined; type: string | undefined } {
  if (reply.text !== undefined) return { body: reply.text, type: undefined };
  if (reply.json === undefined) return { body: undefined, type: undefined };
  return { body: JSON.stringify(reply.json), type: JSON_TYPE };
}

/** Writes `reply`, bent by a body-level fault when one is given. */
export function writeReply(
  req: IncomingMessage,
  res: ServerResponse,
  reply: Reply,
  fault?: FaultSpec,
): void {
  let { body, type } = serialise(reply);
  const headers: Record<string, string> = {
    ...(type === undefined ? {} : { "content-type": type }),
    ...reply.headers,
  };
  let status = reply.status;
  if (fault?.kind === "malformedJson") {
    status = 200;
    body = '{"error": <html>not json';
    headers["content-type"] = JSON_TYPE;
  } else if (fault?.kind === "truncatedJson") {
    status = 200;
    const whole = body ?? '{"truncated":true}';
    body = whole.slice(0, Math.max(1, Math.floor(whole.length / 2)));
    headers["content-type"] = JSON_TYPE;
  } else if (fault?.kind === "wrongContentType") {
    headers["content-type"] = fault.contentType ?? "text/html; charset=utf-8";
  }
  const bytes = body === undefined ? undefined : Buffer.from(body, "utf8");
  if (bytes !== undefined && status !== 204) headers["content-length"] = String(bytes.length);
  if (fault?.kind === "resetMidBody") {
    const whole = bytes ?? Buffer.from('{"reset":true,"padding":"................"}');
    headers["content-length"] = String(whole.length);
    res.writeHead(status, headers);
    // flushHeaders + a partial write put real bytes on the wire before the reset.
    res.flushHeaders();
    res.write(whole.subarray(0, Math.floor(whole.length / 2)), () => req.socket.destroy());
    return;
  }
  res.writeHead(status, headers);
  res.end(req.method === "HEAD" || status === 204 ? undefined : bytes);
}

/**
 * Acts on the faults that strike before any reply exists (reset, hang, delay). Resolves false
 * when the request is finished: the socket is gone, or the mock closed during the wait.
 */
export async function beforeReply(
  fault: FaultSpec | undefined,
  req: IncomingMessage,
  lifecycle: Lifecycle,
): Promise<boolean> {
  if (fault?.kind === "resetBeforeHeaders") {
    req.socket.destroy();
    return false;
  }
  if (fault?.kind === "hang") {
    await lifecycle.hang();
    return false;
  }
  if (fault?.kind === "delay") return lifecycle.sleep(fault.ms);
  return true;
}

/** Timers and hangs of one mock, all ended by {@link Lifecycle.close}. */
export class Lifecycle {
  readonly #timers = new Set<{ timer: NodeJS.Timeout; resolve: (done: boolean) => void }>();
  readonly #hangs = new Set<() => void>();
  #closed = false;

  get closed(): boolean {
    return this.#closed;
  }

  /** Waits `ms`; resolves false instead when the mock closes first. */
  sleep(ms: number): Promise<boolean> {
    if (this.#closed) return Promise.resolve(false);
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          this.#timers.delete(entry);
          resolve(true);
        }, ms),
        resolve,
      };
      this.#timers.add(entry);
    });
  }

  /** Never resolves before close: a hang holds no timer, so it cannot keep the process alive. */
  hang(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    return new Promise((resolve) => this.#hangs.add(resolve));
  }

  /** Cancels every pending sleep and releases every hang. */
  close(): void {
    this.#closed = true;
    for (const entry of this.#timers) {
      clearTimeout(entry.timer);
      entry.resolve(false);
    }
    this.#timers.clear();
    for (const release of this.#hangs) release();
    this.#hangs.clear();
  }
}
