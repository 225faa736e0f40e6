import { describe, expect, it } from "vitest";
import {
  backoffDelayMs,
  isRetryableStatus,
  parseRetryAfter,
  retryDelayMs,
  shouldRetry,
} from "../../src/http/retryPolicy.js";

const NOW = Date.parse("2026-11-28T08:00:00Z");

describe("parseRetryAfter", () => {
  it("reads delay-seconds", () => {
    expect(parseRetryAfter("3", NOW)).toBe(3);
    expect(parseRetryAfter(" 0 ", NOW)).toBe(0);
    expect(parseRetryAfter("1.5", NOW)).toBe(1.5);
  });

  it("reads an HTTP date as seconds from now, rounded up", () => {
    expect(parseRetryAfter("Sat, 28 Nov 2026 08:00:05 GMT", NOW)).toBe(5);
    expect(parseRetryAfter("Sat, 28 Nov 2026 08:00:04 GMT", NOW + 500)).toBe(4);
  });

  it("gives 0 for a date in the past", () => {
    expect(parseRetryAfter("Sat, 28 Nov 2026 07:59:00 GMT", NOW)).toBe(0);
  });

  it("gives undefined for a missing, negative or garbage value", () => {
    for (const value of [null, "", "-1", "soon", "5s", "1e3", "NaN"]) {
      expect(parseRetryAfter(value, NOW), String(value)).toBeUndefined();
    }
  });
});

describe("backoffDelayMs", () => {
  it("is full jitter under min(0.5 * 2^n, 8) seconds", () => {
    expect(backoffDelayMs(0, () => 0)).toBe(0);
    expect(backoffDelayMs(0, () => 0.999_999)).toBe(500);
    expect(backoffDelayMs(1, () => 0.5)).toBe(500);
    expect(backoffDelayMs(2, () => 0.5)).toBe(1_000);
    expect(backoffDelayMs(4, () => 0.999_999)).toBe(8_000);
    expect(backoffDelayMs(10, () => 0.999_999)).toBe(8_000);
  });

  it("stays within bounds for any injected randomness", () => {
    for (let retry = 0; retry < 8; retry++) {
      const ceiling = Math.min(500 * 2 ** retry, 8_000);
      for (const r of [0, 0.1, 0.5, 0.9, 0.999]) {
        const delay = backoffDelayMs(retry, () => r);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it("clamps a misbehaving random source into [0, 1]", () => {
    expect(backoffDelayMs(0, () => -3)).toBe(0);
    expect(backoffDelayMs(0, () => 7)).toBe(500);
  });
});

describe("isRetryableStatus", () => {
  it("retries 429 and 500/502/503/504 only", () => {
    const retried = [429, 500, 502, 503, 504];
    for (const status of [400, 401, 403, 404, 408, 413, 422, 429, 500, 501, 502, 503, 504, 505]) {
      expect(isRetryableStatus(status), String(status)).toBe(retried.includes(status));
    }
  });
});

describe("shouldRetry", () => {
  const base = { attempt: 1, maxRetries: 3 } as const;

  it("retries idempotent requests after connection failures, timeouts and retryable statuses", () => {
    expect(shouldRetry({ ...base, method: "GET", errorKind: "network" })).toBe(true);
    expect(shouldRetry({ ...base, method: "GET", errorKind: "timeout" })).toBe(true);
    expect(shouldRetry({ ...base, method: "DELETE", errorKind: "http", status: 503 })).toBe(true);
    expect(shouldRetry({ ...base, method: "PUT", errorKind: "http", status: 429 })).toBe(true);
  });

  it("never retries other 4xx", () => {
    for (const status of [400, 401, 403, 404, 408, 413]) {
      expect(shouldRetry({ ...base, method: "GET", errorKind: "http", status })).toBe(false);
    }
  });

  it("retries a POST only on 429", () => {
    expect(shouldRetry({ ...base, method: "POST", errorKind: "http", status: 429 })).toBe(true);
    expect(shouldRetry({ ...base, method: "POST", errorKind: "http", status: 500 })).toBe(false);
    expect(shouldRetry({ ...base, method: "POST", errorKind: "timeout" })).toBe(false);
    expect(shouldRetry({ ...base, method: "POST", errorKind: "network" })).toBe(false);
  });

  it("treats an operation marked non-idempotent like a POST", () => {
    const put = { ...base, method: "PUT", idempotent: false } as const;
    expect(shouldRetry({ ...put, errorKind: "http", status: 502 })).toBe(false);
    expect(shouldRetry({ ...put, errorKind: "http", status: 429 })).toBe(true);
  });

  it("stops after maxRetries retries", () => {
    const question = { method: "GET", errorKind: "network", maxRetries: 2 } as const;
    expect(shouldRetry({ ...question, attempt: 2 })).toBe(true);
    expect(shouldRetry({ ...question, attempt: 3 })).toBe(false);
    expect(shouldRetry({ ...question, attempt: 1, maxRetries: 0 })).toBe(false);
  });
});

describe("retryDelayMs", () => {
  it("waits Retry-After when given, backoff when not", () => {
    expect(retryDelayMs(0, 2, 60, () => 0.5)).toEqual({ retry: true, delayMs: 2_000 });
    expect(retryDelayMs(1, undefined, 60, () => 0.5)).toEqual({ retry: true, delayMs: 500 });
  });

  it("refuses to sleep a Retry-After above maxRetryAfter", () => {
    expect(retryDelayMs(0, 61, 60, () => 0)).toEqual({ retry: false, retryAfter: 61 });
  });
});
