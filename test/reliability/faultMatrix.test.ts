/**
 * The fault matrix: every way a request can go wrong (network, proxy, rate limit, server, auth,
 * body), each tried against one operation per method (GET, PUT, POST, DELETE) of a real client
 * talking to the mock over loopback HTTP.
 *
 * Each case states the exact outcome: the data after N attempts, or the error class with its
 * status, retryAfter, reason, method and url. The settings are shared: a 100 ms per-attempt
 * timeout, 2 retries (3 attempts), jitter fixed at 0.5 (backoff 250 ms, then 500 ms), and a sleep
 * that records the wait instead of waiting, so the whole matrix runs in a few seconds.
 *
 * Rules every case checks on top of its outcome: a POST is sent once unless the server refused it
 * without processing it (429, or a 401 answered by a token refresh); every attempt is logged once
 * at debug; nothing is retried that the outcome does not name. The file as a whole checks that no
 * rejection went unhandled and that no socket, server or timer outlives it.
 */
import { describe, expect, it } from "vitest";
import { SpotifyClient } from "../../src/client.js";
import { RateLimitError, SpotifyError, SpotifyValidationError } from "../../src/errors.js";
import { createMockSpotify } from "../../src/testing/index.js";
import {
  type Expected,
  type FaultKind,
  KINDS,
  MAX_RETRIES,
  TIMEOUT_MS,
  type Wait,
} from "./faultKinds.js";
import {
  capturingLogger,
  closedPortOrigin,
  countingFetch,
  guardProcess,
  MOCK_CLIENT,
  recordingSleep,
  TARGETS,
  type Target,
} from "./support.js";

guardProcess();

function describeExpected(expected: Expected): string {
  const attempts = expected.attempts === 1 ? "1 attempt" : `${expected.attempts} attempts`;
  if ("data" in expected) {
    return expected.data === "normal"
      ? `resolves to the data after ${attempts}`
      : `resolves to undefined (status ${expected.status}) after ${attempts}`;
  }
  const status = expected.status === undefined ? "" : ` ${expected.status}`;
  return `throws ${expected.error.name}${status} after ${attempts}`;
}

function expectWaits(actual: readonly number[], expected: readonly Wait[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((wait, index) => {
    const ms = actual[index] ?? Number.NaN;
    if (typeof wait === "number") expect(ms).toBe(wait);
    else {
      expect(ms).toBeGreaterThanOrEqual(wait[0]);
      expect(ms).toBeLessThanOrEqual(wait[1]);
    }
  });
}

async function runCase(kind: FaultKind, target: Target, expected: Expected): Promise<void> {
  const mock = await createMockSpotify({
    acceptAnyToken: !kind.clientCredentials,
    ...(kind.tierOnly ? { appMode: "development" as const } : {}),
  });
  try {
    const origin = kind.closedPort ? await closedPortOrigin() : undefined;
    const baseUrl = origin === undefined ? mock.baseUrl : `${origin}/v1`;
    const fetch = countingFetch();
    const sleep = recordingSleep();
    const logger = capturingLogger();
    const client = new SpotifyClient({
      ...(kind.clientCredentials
        ? { ...MOCK_CLIENT, accountsUrl: mock.accountsUrl }
        : { accessToken: "fault-matrix-token" }),
      baseUrl,
      env: {},
      fetch,
      sleep,
      random: () => 0.5,
      timeout: TIMEOUT_MS,
      maxRetries: MAX_RETRIES,
      logger,
      logLevel: "debug",
      validateResponses: kind.validateResponses,
    });
    const operation = kind.tierOnly ? target.tierOnly : target;
    kind.arrange?.(mock, operation.operationId);

    const outcome = await operation.call(client).then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    );

    const attempts = fetch.sent.filter((sent) => new URL(sent.url).pathname.startsWith("/v1/"));
    expect(attempts).toHaveLength(expected.attempts);
    for (const sent of attempts) {
      expect(sent.method).toBe(target.method);
      expect(new URL(sent.url).pathname).toBe(operation.path);
    }
    if (target.method === "POST" && !kind.refusal) expect(attempts).toHaveLength(1);
    if (!kind.closedPort) {
      const served = mock.requests.filter((request) => request.service === "api");
      expect(
        served,
        `the mock saw fewer requests than sent: ${JSON.stringify(fetch.sent)}`,
      ).toHaveLength(expected.attempts);
      const tokenRequests = mock.requests.filter((request) => request.service === "accounts");
      expect(tokenRequests).toHaveLength(expected.tokenRequests ?? 0);
    }
    expectWaits(sleep.waits, expected.waits);
    expect(logger.lines.filter((line) => line.includes(" (attempt "))).toHaveLength(
      expected.attempts,
    );

    if ("data" in expected) {
      if (!("value" in outcome)) throw outcome.error;
      expect(outcome.value.response.status).toBe(expected.status);
      if (expected.data === "normal") target.expectData(outcome.value.data);
      else expect(outcome.value.data).toBeUndefined();
    } else {
      if (!("error" in outcome)) {
        throw new Error(
          `expected ${expected.error.name}, got ${JSON.stringify(outcome.value.data)}`,
        );
      }
      const error = outcome.error as SpotifyError;
      expect(error).toBeInstanceOf(SpotifyError);
      expect(error.constructor).toBe(expected.error);
      expect(error.message).toMatch(expected.message);
      expect(error.status).toBe(expected.status);
      expect(error.method).toBe(target.method);
      expect(error.url).toBeDefined();
      expect(new URL(error.url ?? "").pathname).toBe(operation.path);
      expect(error.reason).toBe(expected.reason);
      if (error instanceof RateLimitError) expect(error.retryAfter).toBe(expected.retryAfter);
      if (error instanceof SpotifyValidationError) expect(error.path).toBe(expected.path);
    }
    await client.close();
  } finally {
    await expect(mock.close()).resolves.toBeUndefined();
  }
}

describe("fault matrix", () => {
  it("covers at least 25 fault kinds, each against GET, PUT, POST and DELETE", () => {
    expect(KINDS.length).toBeGreaterThanOrEqual(25);
    expect(TARGETS.map((target) => target.method)).toEqual(["GET", "PUT", "POST", "DELETE"]);
  });
});

for (const kind of KINDS) {
  describe(kind.title, () => {
    for (const target of TARGETS) {
      const expected = kind.expected(target);
      it(`${target.method} ${target.operationId}: ${describeExpected(expected)}`, () =>
        runCase(kind, target, expected));
    }
  });
}
