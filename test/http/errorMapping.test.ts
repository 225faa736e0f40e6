import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { StaticToken } from "../../src/auth/staticToken.js";
import {
  AuthenticationError,
  BadRequestError,
  ForbiddenError,
  NotFoundError,
  RateLimitError,
  ServerError,
  SpotifyError,
  SpotifyTimeoutError,
  SpotifyValidationError,
} from "../../src/errors.js";
import {
  json,
  makeStack,
  rejectionOf,
  spotifyError,
  startServer,
  type TestServer,
} from "./helpers.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOKEN = "secret-token-value-42";

describe("status -> error class", () => {
  const cases = [
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, ForbiddenError],
    [404, NotFoundError],
    [429, RateLimitError],
    [500, ServerError],
    [501, ServerError],
    [418, SpotifyError],
  ] as const;
  for (const [status, ErrorClass] of cases) {
    it(`maps ${status} to ${ErrorClass.name} with every field`, async () => {
      server = await startServer((_q, res) =>
        json(res, status, spotifyError(status, `Spotify says ${status}`, "SOME_REASON"), {
          "x-trace": "t1",
        }),
      );
      const { requester } = makeStack({
        baseUrl: server.baseUrl,
        maxRetries: 0,
        provider: new StaticToken(TOKEN),
      });
      const error = await rejectionOf(
        requester.operation("getAlbum", { path: { id: "a1" }, query: { market: "SE" } }),
      );
      expect(error).toBeInstanceOf(ErrorClass);
      const e = error as SpotifyError;
      expect(e.name).toBe(ErrorClass.name);
      expect(e.message).toBe(`Spotify says ${status}`);
      expect(e.status).toBe(status);
      expect(e.reason).toBe("SOME_REASON");
      expect(e.body).toEqual(spotifyError(status, `Spotify says ${status}`, "SOME_REASON"));
      expect(e.headers?.["x-trace"]).toBe("t1");
      expect(e.method).toBe("GET");
      expect(e.url).toBe(`${server.baseUrl}/albums/a1?market=SE`);
      expect(JSON.stringify(e)).not.toContain(TOKEN);
      expect(inspect(e, { depth: 10 })).not.toContain(TOKEN);
    });
  }

  it("keeps a non-JSON error body as text", async () => {
    server = await startServer((_q, res) => {
      res.writeHead(502, { "content-type": "text/html" });
      res.end("<html>Bad gateway</html>");
    });
    const { requester } = makeStack({ baseUrl: server.baseUrl, maxRetries: 0 });
    const error = await rejectionOf(requester.operation("getAlbum", { path: { id: "a1" } }));
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).body).toBe("<html>Bad gateway</html>");
    expect((error as ServerError).message).toBe(
      `Spotify answered 502 to GET ${server.baseUrl}/albums/a1`,
    );
  });

  it("adds the tier note to a 403 from an extended-quota operation", async () => {
    server = await startServer((_q, res) => json(res, 403, spotifyError(403, "Forbidden")));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    const error = await rejectionOf(
      requester.operation("getSeveralAlbums", { query: { ids: ["a", "b"] } }),
    );
    expect(error).toBeInstanceOf(ForbiddenError);
    expect((error as Error).message).toContain("getSeveralAlbums");
    expect((error as Error).message).toContain("Extended Quota Mode");
  });

  it("adds the tier note to a raw call on an operation's route", async () => {
    server = await startServer((_q, res) => json(res, 404, spotifyError(404, "Not found")));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    const error = await rejectionOf(requester.path("GET", "/recommendations", {}));
    expect((error as Error).message).toContain("getRecommendations");
  });

  it("adds no tier note for operations open to every app", async () => {
    server = await startServer((_q, res) => json(res, 403, spotifyError(403, "Forbidden")));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    const error = await rejectionOf(requester.operation("getAlbum", { path: { id: "a" } }));
    expect((error as Error).message).toBe("Forbidden");
  });

  it("keeps the token out of a timeout error, even deep in its cause chain", async () => {
    server = await startServer(() => {
      // Never answers.
    });
    const { requester } = makeStack({
      baseUrl: server.baseUrl,
      timeout: 30,
      maxRetries: 0,
      provider: new StaticToken(TOKEN),
    });
    const error = await rejectionOf(requester.operation("getAlbum", { path: { id: "a" } }));
    expect(error).toBeInstanceOf(SpotifyTimeoutError);
    expect(inspect(error, { depth: 20, showHidden: true })).not.toContain(TOKEN);
  });
});

describe("success bodies", () => {
  it("resolves 204 and 202 and empty 200 bodies to undefined", async () => {
    const answers = [204, 202, 200];
    server = await startServer((_q, res, _s, index) => {
      res.writeHead(answers[index] ?? 200);
      res.end();
    });
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    for (let i = 0; i < answers.length; i++) {
      await expect(requester.operation("getAlbum", { path: { id: "a" } })).resolves.toBeUndefined();
    }
  });

  it("turns a non-JSON 2xx body into SpotifyValidationError at path 'body'", async () => {
    server = await startServer((_q, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html>captive portal</html>");
    });
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    const error = await rejectionOf(requester.operation("getAlbum", { path: { id: "a" } }));
    expect(error).toBeInstanceOf(SpotifyValidationError);
    expect(error).not.toBeInstanceOf(SyntaxError);
    expect((error as SpotifyValidationError).path).toBe("body");
    expect((error as SpotifyValidationError).status).toBe(200);
    expect((error as SpotifyValidationError).body).toBe("<html>captive portal</html>");
  });
});
