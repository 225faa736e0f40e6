/**
 * Compile-time contract of the public call signatures: `tsc` checks this file (vitest only
 * runs the trivial assertions). A failing expectation here is a type error in `npm run typecheck`.
 */
import { describe, expectTypeOf, it } from "vitest";
import type { components } from "../../generated/openapi.js";
import { SpotifyClient } from "../../src/index.js";

type Album = components["schemas"]["AlbumObject"];

describe("typed calls", () => {
  const client = new SpotifyClient({ accessToken: "t", fetch: async () => new Response("{}") });

  // The bodies only need to compile; they are never run (nothing is sent).
  const compileOnly = (check: () => void) => expectTypeOf(check).toBeFunction();

  it("types client.request by operationId", () =>
    compileOnly(() => {
      expectTypeOf(
        client.request("getAlbum", { path: { id: "x" } }),
      ).resolves.toEqualTypeOf<Album>();
      // @ts-expect-error the path parameter is required
      client.request("getAlbum", {});
      expectTypeOf(client.request("getCurrentUserProfile")).resolves.toHaveProperty("id");
      client.request("createPlaylist", { body: { name: "Road trip" } }, { timeout: 5_000 });
      // @ts-expect-error the body is required
      client.request("createPlaylist", {});
      // @ts-expect-error no such operation
      client.request("getAlbumz", { path: { id: "x" } });
    }));

  it("types client.raw by path template and keeps unknown paths usable", () =>
    compileOnly(() => {
      const album = client.raw.GET("/albums/{id}", { params: { path: { id: "x" } } });
      expectTypeOf(album).resolves.toEqualTypeOf<Album>();
      expectTypeOf(album.withResponse()).resolves.toEqualTypeOf<{
        data: Album;
        response: Response;
      }>();
      expectTypeOf(client.raw.GET("/not/in/the/document")).resolves.toBeUnknown();
      // @ts-expect-error params are required for a templated path
      client.raw.GET("/albums/{id}");
    }));
});
