/** Request-log entries with secrets taken out, so tests can print them freely. */
import type { IncomingMessage } from "node:http";
import type { MockRequestRecord } from "./types.js";

/** Form fields that carry secrets on the token endpoint. */
const SECRET_FIELDS = ["client_secret"];

function headersOf(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  const auth = headers.authorization;
  // Keep the scheme: "was it Basic or Bearer" is what auth tests assert on.
  if (auth !== undefined) headers.authorization = `${auth.split(" ")[0] ?? ""} [redacted]`;
  return headers;
}

function bodyOf(req: IncomingMessage, raw: string): unknown {
  if (raw === "") return undefined;
  const type = req.headers["content-type"] ?? "";
  if (type.includes("json")) {
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return raw;
    }
  }
  if (type.startsWith("application/x-www-form-urlencoded")) {
    const form = Object.fromEntries(new URLSearchParams(raw));
    for (const field of SECRET_FIELDS) if (field in form) form[field] = "[redacted]";
    return form;
  }
  return raw;
}

/** A fresh log entry for a request; the server fills in operation, status and fault later. */
export function recordOf(req: IncomingMessage, url: URL, raw: string): MockRequestRecord {
  return {
    service: "api",
    method: (req.method ?? "GET").toUpperCase(),
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    headers: headersOf(req),
    body: bodyOf(req, raw),
    operationId: undefined,
    status: undefined,
    fault: undefined,
  };
}
