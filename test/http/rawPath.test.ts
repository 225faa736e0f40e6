import { afterEach, describe, expect, it } from "vitest";
import { ServerError } from "../../src/errors.js";
import { json, makeStack, startServer, type TestServer } from "./helpers.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe("calls by path", () => {
  it("fills path parameters and comma-joins list query parameters", async () => {
    server = await startServer((_q, res) => json(res, 200, { albums: [] }));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    await requester.path("GET", "/albums", {
      params: { query: { ids: ["a", "b", "c"], market: "SE" } },
    });
    expect(server.seen[0]?.url).toBe("/v1/albums?ids=a,b,c&market=SE");
  });

  it("encodes path parameters", async () => {
    server = await startServer((_q, res) => json(res, 200, {}));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    await requester.path("GET", "/albums/{id}", { params: { path: { id: "a/b c" } } });
    expect(server.seen[0]?.url).toBe("/v1/albums/a%2Fb%20c");
  });

  it("resolves to the data, and withResponse() adds the Response", async () => {
    server = await startServer((_q, res) => json(res, 200, { id: "a" }, { "x-request-id": "r1" }));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    const { data, response } = await requester
      .path("GET", "/albums/{id}", { params: { path: { id: "a" } } })
      .withResponse();
    expect(data).toEqual({ id: "a" });
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("r1");
  });

  it("works for a route that is not in the table", async () => {
    server = await startServer((_q, res) => json(res, 200, { hello: "world" }));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    await expect(
      requester.path("GET", "/brand/new/{thing}", { params: { path: { thing: "x" } } }),
    ).resolves.toEqual({
      hello: "world",
    });
    expect(server.seen[0]?.url).toBe("/v1/brand/new/x");
  });

  it("treats an unknown POST route as non-idempotent and an unknown GET as idempotent", async () => {
    server = await startServer((_q, res) =>
      json(res, 500, { error: { status: 500, message: "boom" } }),
    );
    const { requester } = makeStack({ baseUrl: server.baseUrl, maxRetries: 2 });
    await expect(requester.path("POST", "/brand/new", { body: { a: 1 } })).rejects.toBeInstanceOf(
      ServerError,
    );
    expect(server.seen).toHaveLength(1);
    await expect(requester.path("GET", "/brand/new", {})).rejects.toBeInstanceOf(ServerError);
    expect(server.seen).toHaveLength(4);
  });

  it("sends JSON bodies with a JSON content type", async () => {
    server = await startServer((_q, res) => json(res, 201, { id: "p1" }));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    await expect(
      requester.operation("createPlaylist", { body: { name: "Mix", public: false } }),
    ).resolves.toEqual({
      id: "p1",
    });
    expect(server.seen[0]?.headers["content-type"]).toBe("application/json");
    expect(JSON.parse(server.seen[0]?.body ?? "")).toEqual({ name: "Mix", public: false });
  });

  it("sends a base64 JPEG cover as-is with image/jpeg", async () => {
    server = await startServer((_q, res) => {
      res.writeHead(202);
      res.end();
    });
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    await expect(
      requester.operation("uploadCover", { path: { playlist_id: "p1" }, body: "/9j/4AAQSkZJRg==" }),
    ).resolves.toBeUndefined();
    expect(server.seen[0]?.headers["content-type"]).toBe("image/jpeg");
    expect(server.seen[0]?.body).toBe("/9j/4AAQSkZJRg==");
  });

  it("rejects an unknown operationId without sending", async () => {
    server = await startServer((_q, res) => json(res, 200, {}));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    await expect(requester.operation("noSuchOperation", undefined)).rejects.toMatchObject({
      name: "SpotifyConfigurationError",
    });
    expect(server.seen).toHaveLength(0);
  });

  it("rejects an invalid per-call timeout without sending", async () => {
    server = await startServer((_q, res) => json(res, 200, {}));
    const { requester } = makeStack({ baseUrl: server.baseUrl });
    for (const timeout of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      await expect(
        requester.operation("getAlbum", { path: { id: "a" } }, { timeout }),
      ).rejects.toMatchObject({
        name: "SpotifyConfigurationError",
        option: "timeout",
      });
    }
    expect(server.seen).toHaveLength(0);
  });
});
