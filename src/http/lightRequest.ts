/**
 * The request object openapi-fetch builds for each call, made light.
 *
 * openapi-fetch constructs `new Request(url, init)` per call and hands it to its `fetch`. A real
 * `Request` costs a URL parse, a Headers copy and body wrapping, and `fetch` would then build its
 * own from it anyway (measured: ~0.3x the CPU of a whole raw fetch). This class only keeps the
 * fields; the transport passes them straight to `fetch`, which builds the one real Request.
 */
import type { OperationContext } from "../errors.js";

/** Per-call settings that ride from the SDK method through openapi-fetch to the transport. */
export interface CallContext {
  /** The operation, when the call came from the table (tier notes in errors). */
  operation: OperationContext | undefined;
  /** Whether replaying the request is harmless (decides retries after 5xx/timeouts). */
  idempotent: boolean;
  /** Per-attempt timeout in ms, overriding the client's. */
  timeout: number | undefined;
}

/** The `RequestInit` shape openapi-fetch passes to the constructor (plus our `spotify` key). */
export interface LightRequestInit {
  method?: string;
  headers?: Headers;
  body?: BodyInit | null;
  signal?: AbortSignal | null;
  /** Added by the SDK to openapi-fetch's fetch options; openapi-fetch forwards unknown keys. */
  spotify?: CallContext;
}

/**
 * Stand-in for `Request` inside openapi-fetch: same constructor signature, plain fields.
 * Declares every key openapi-fetch might copy onto it, so its `for (key in init)` loop adds none.
 */
export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | undefined;
  readonly signal: AbortSignal | undefined;
  readonly spotify: CallContext | undefined;

  constructor(url: string, init: LightRequestInit) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers ?? new Headers();
    this.body = init.body ?? undefined;
    this.signal = init.signal ?? undefined;
    this.spotify = init.spotify;
  }
}

/**
 * What the transport hands back to openapi-fetch: the real Response plus the already-parsed body.
 * openapi-fetch is called with `parseAs: "stream"`, which makes it return `response.body` as
 * `data` untouched, so the JSON is parsed exactly once, by the SDK, where a parse failure becomes
 * a typed error instead of a raw `SyntaxError`.
 */
export class ParsedResponse {
  readonly raw: Response;
  /** The parsed JSON body, or `undefined` for empty bodies (204, 202, zero length). */
  readonly body: unknown;

  constructor(raw: Response, body: unknown) {
    this.raw = raw;
    this.body = body;
  }
  get status(): number {
    return this.raw.status;
  }
  get ok(): boolean {
    return this.raw.ok;
  }
  get headers(): Headers {
    return this.raw.headers;
  }
}
