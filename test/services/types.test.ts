import { describe, expectTypeOf, it } from "vitest";
import type { components } from "../../generated/openapi.js";
import type { PagePromise } from "../../src/core/pagination.js";
import type { ApiPromise } from "../../src/http/apiPromise.js";
import type { SpotifyClient } from "../../src/index.js";

type Schemas = components["schemas"];

describe("service method types", () => {
  it("return the generated response types", () => {
    expectTypeOf<ReturnType<SpotifyClient["albums"]["get"]>>().toEqualTypeOf<
      ApiPromise<Schemas["AlbumObject"]>
    >();
    expectTypeOf<Awaited<ReturnType<SpotifyClient["users"]["getCurrentProfile"]>>>().toEqualTypeOf<
      Schemas["PrivateUserObject"]
    >();
    expectTypeOf<
      Awaited<ReturnType<SpotifyClient["player"]["pausePlayback"]>>
    >().toEqualTypeOf<undefined>();
  });

  it("make list operations pageable with typed items", () => {
    type Items = ReturnType<SpotifyClient["playlists"]["getItems"]>;
    expectTypeOf<Items>().toMatchTypeOf<
      PagePromise<Schemas["PagingPlaylistTrackObject"], Schemas["PagingPlaylistTrackObject"]>
    >();
    type Followed = ReturnType<SpotifyClient["users"]["getFollowedArtists"]>;
    expectTypeOf<Awaited<ReturnType<Followed["collect"]>>[number]>().toEqualTypeOf<
      Schemas["ArtistObject"]
    >();
  });

  it("type parameters from the document", () => {
    type SearchParams = Parameters<SpotifyClient["search"]["search"]>[0];
    expectTypeOf<SearchParams["limit"]>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error q is required
    const missing: SearchParams = { type: ["track"] };
    void missing;
    type Play = NonNullable<Parameters<SpotifyClient["player"]["startPlayback"]>[0]>;
    expectTypeOf<Play["offset"]>().toMatchTypeOf<number | string | undefined | object>();
  });
});
