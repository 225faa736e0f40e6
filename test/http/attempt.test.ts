import { afterEach, describe, expect, it } from "vitest";
import { AttemptTimeoutError, sendAttempt } from "../../src/http/attempt.js";
import { startServer, type TestServer } from "./helpers.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** An AbortSignal whose listener count can be read, to catch listeners left behind. */
function countingSignal(): {
  signal: AbortSignal;
  controller: AbortController;
  listeners(): number;
} {
  const controller = new AbortController();
  const signal = controller.signal;
  let count = 0;
  const add = signal.addEventListener.bind(signal);
  const remove = signal.removeEventListener.bind(signal);
  signal.addEventListener = ((...args: Parameters<typeof add>) => {
    count++;
    add(...args);
  }) as typeof signal.addEventListener;
  signal.removeEventListener = ((...args: Parameters<typeof remove>) => {
    count--;
    remove(...args);
  }) as typeof signal.removeEventListener;
  return { signal, controller, listeners: () => count };
}

const get = (url: string) => ({ url, method: "GET", headers: new Headers(), body: undefined });

describe("one attempt", () => {
  it("returns the response with its whole body read", async () => {
    server = await startServer((_req, res) => res.end('{"name":"Kind of Blue"}'));
    const { response, text } = await sendAttempt(
      fetch,
      get(`${server.baseUrl}/albums/x`),
      undefined,
      5_000,
    );
    expect(response.status).toBe(200);
    expect(text).toBe('{"name":"Kind of Blue"}');
  });

  it("sends the method, headers and body it was given", async () => {
    server = await startServer((_req, res) => res.end());
    const headers = new Headers({ "content-type": "application/json", authorization: "Bearer t" });
    await sendAttempt(
      fetch,
      { url: `${server.baseUrl}/me/player/queue`, method: "POST", headers, body: '{"a":1}' },
      undefined,
      5_000,
    );
    expect(server.seen[0]).toMatchObject({ method: "POST", body: '{"a":1}' });
    expect(server.seen[0]?.headers).toMatchObject({ authorization: "Bearer t" });
  });

  it("fails with AttemptTimeoutError when the body stalls past the timeout", async () => {
    server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.write('{"partial":');
    });
    const failure = await sendAttempt(
      fetch,
      get(`${server.baseUrl}/albums/x`),
      undefined,
      100,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AttemptTimeoutError);
    expect((failure as Error).message).toBe("no complete response within 100 ms");
  });

  it("times out even when an injected fetch ignores its signal", async () => {
    const neverSettles: typeof fetch = () => new Promise<Response>(() => {});
    const failure = await sendAttempt(
      neverSettles,
      get("http://127.0.0.1:9/x"),
      undefined,
      50,
    ).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AttemptTimeoutError);
  });

  it("rejects with the caller's reason, not a timeout, when the caller aborts", async () => {
    server = await startServer(() => {});
    const controller = new AbortController();
    const pending = sendAttempt(fetch, get(`${server.baseUrl}/albums/x`), controller.signal, 5_000);
    const reason = new Error("user navigated away");
    setImmediate(() => controller.abort(reason));
    await expect(pending).rejects.toBe(reason);
  });

  it("does not send at all when the signal is already aborted", async () => {
    server = await startServer((_req, res) => res.end());
    const reason = new Error("already gone");
    await expect(
      sendAttempt(fetch, get(`${server.baseUrl}/albums/x`), AbortSignal.abort(reason), 5_000),
    ).rejects.toBe(reason);
    expect(server.seen).toHaveLength(0);
  });

  it("leaves no listener on a long-lived caller signal, whatever the outcome", async () => {
    server = await startServer((req, res) => {
      if (req.url?.endsWith("/hang")) return;
      res.end("{}");
    });
    const probe = countingSignal();
    await sendAttempt(fetch, get(`${server.baseUrl}/ok`), probe.signal, 5_000);
    await sendAttempt(fetch, get(`${server.baseUrl}/hang`), probe.signal, 50).catch(() => {});
    await sendAttempt(fetch, get("http://127.0.0.1:1/refused"), probe.signal, 5_000).catch(
      () => {},
    );
    expect(probe.listeners()).toBe(0);
  });

  it("passes fetch's own error through for a refused connection", async () => {
    const failure = await sendAttempt(fetch, get("http://127.0.0.1:1/x"), undefined, 5_000).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(TypeError);
    expect(failure).not.toBeInstanceOf(AttemptTimeoutError);
  });
});
