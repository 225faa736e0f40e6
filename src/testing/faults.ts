/**
 * Scriptable faults: what a flaky network, an overloaded Spotify or a misbehaving proxy does to a
 * request. Each fault matches a route and fires `times` times (default: always), then the route
 * answers normally again, which is exactly what a retry test needs.
 */
import type { PlayerErrorReason } from "../errors.js";
import type { ActiveFault } from "./types.js";

/** One way a response can go wrong. */
export type FaultSpec =
  /** 429 with `Retry-After`: seconds (default 1), an HTTP date, a raw header value, `null` for none. */
  | { kind: "rateLimit"; retryAfter?: number | Date | string | null }
  /** Any status with Spotify's error body; `reason` for player 403s (e.g. `PREMIUM_REQUIRED`). */
  | { kind: "status"; status: number; message?: string; reason?: PlayerErrorReason | (string & {}) }
  /** An HTML error page from a proxy in front of Spotify (default 502). */
  | { kind: "htmlError"; status?: number }
  /** The socket is destroyed before any byte of the response. */
  | { kind: "resetBeforeHeaders" }
  /** Headers and half of the body are sent, then the socket is destroyed. */
  | { kind: "resetMidBody" }
  /** No answer until the mock closes. */
  | { kind: "hang" }
  /** The normal answer, `ms` later. */
  | { kind: "delay"; ms: number }
  /** 200, `application/json`, a body that is not JSON. */
  | { kind: "malformedJson" }
  /** 200, `application/json`, the first half of the normal body (a complete HTTP message). */
  | { kind: "truncatedJson" }
  /** 200 with an empty body where JSON was expected. */
  | { kind: "emptyBody" }
  /** The normal body labelled with another content type (default `text/html`). */
  | { kind: "wrongContentType"; contentType?: string }
  /** 204 with no body. */
  | { kind: "noContent" }
  /** 202 with no body. */
  | { kind: "accepted" };

/** A fault plus the route it applies to, as given in `MockSpotifyOptions.faults`. */
export type FaultRule = FaultSpec & { route: string; times?: number };

/** The route facts a fault can match on. */
export interface FaultTarget {
  operationId: string | undefined;
  method: string;
  /** Template with parameter names, e.g. `/albums/{id}`, when the request was routed. */
  template: string | undefined;
  /** Concrete path below the service prefix, e.g. `/albums/abc`. */
  path: string;
  service: "api" | "accounts";
}

class Fault implements ActiveFault {
  hits = 0;
  constructor(
    readonly route: string,
    readonly spec: FaultSpec,
    public remaining: number,
  ) {}
}

/** Whether `route` names the request. `"*"` covers API routes only, so OAuth keeps working. */
export function routeMatches(route: string, target: FaultTarget): boolean {
  if (route === "*") return target.service === "api";
  if (route === target.operationId) return true;
  const space = route.indexOf(" ");
  if (space < 0) return false;
  const method = route.slice(0, space).toUpperCase();
  const path = route.slice(space + 1).replace(/^\/(v1|accounts)(?=\/)/, "");
  if (method !== target.method) return false;
  if (path === target.path) return true;
  return target.template !== undefined && normalize(path) === normalize(target.template);
}

function normalize(path: string): string {
  return path.replace(/^\/v1(?=\/)/, "").replace(/\{[^}]*\}/g, "{}");
}

/** The faults of one mock. */
export class FaultRegistry {
  #faults: Fault[] = [];

  /** Registers a fault; `times` defaults to always. */
  add(route: string, spec: FaultSpec, times?: number): ActiveFault {
    if (times !== undefined && (!Number.isInteger(times) || times < 1)) {
      throw new RangeError("times must be a positive integer");
    }
    const fault = new Fault(route, spec, times ?? Number.POSITIVE_INFINITY);
    this.#faults.push(fault);
    return fault;
  }

  /** Removes every fault. */
  clear(): void {
    this.#faults = [];
  }

  /** The first live fault for the request, consumed once; undefined when none applies. */
  take(target: FaultTarget): FaultSpec | undefined {
    const fault = this.#faults.find((f) => f.remaining > 0 && routeMatches(f.route, target));
    if (fault === undefined) return undefined;
    fault.remaining -= 1;
    fault.hits += 1;
    return fault.spec;
  }
}

/** Splits a rule from the options into route, spec and times. */
export function splitRule(rule: FaultRule): { route: string; spec: FaultSpec; times?: number } {
  const { route, times, ...spec } = rule;
  return times === undefined ? { route, spec } : { route, spec, times };
}

/** The `Retry-After` header value for a rateLimit fault; undefined means "send none". */
export function retryAfterHeader(
  value: number | Date | string | null | undefined,
): string | undefined {
  if (value === null) return undefined;
  if (value === undefined) return "1";
  if (value instanceof Date) return value.toUTCString();
  return String(value);
}

/** The proxy page a 502 from a load balancer looks like. */
export function proxyErrorPage(status: number): string {
  return [
    "<html>",
    `<head><title>${status} Bad Gateway</title></head>`,
    "<body>",
    `<center><h1>${status} Bad Gateway</h1></center>`,
    "</body>",
    "</html>",
    "",
  ].join("\r\n");
}
