import { describe, expect, it } from "vitest";
import { assertScopes, requiredScopes } from "../../src/core/scopes.js";
import { InsufficientScopeError, SpotifyError } from "../../src/errors.js";

const saveLibrary = {
  id: "saveLibraryItems",
  scopes: ["user-library-modify", "user-follow-modify", "playlist-modify-public"],
  scopeRule: {
    parameter: "uris",
    byType: {
      track: "user-library-modify",
      album: "user-library-modify",
      artist: "user-follow-modify",
      user: "user-follow-modify",
      playlist: "playlist-modify-public",
    },
  },
};

describe("scope checks", () => {
  it("derives library scopes from the URI types given", () => {
    expect(requiredScopes(saveLibrary, { uris: ["spotify:track:a", "spotify:album:b"] })).toEqual([
      "user-library-modify",
    ]);
    expect(requiredScopes(saveLibrary, { uris: "spotify:artist:a,spotify:track:b" })).toEqual([
      "user-follow-modify",
      "user-library-modify",
    ]);
  });

  it("throws InsufficientScopeError naming the missing scope", () => {
    let caught: unknown;
    try {
      assertScopes(saveLibrary, { uris: ["spotify:artist:a"] }, ["user-library-modify"]);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InsufficientScopeError);
    expect(caught).toBeInstanceOf(SpotifyError);
    expect((caught as InsufficientScopeError).missingScopes).toEqual(["user-follow-modify"]);
    expect((caught as Error).message).toContain("user-follow-modify");
  });

  it("passes when the grant covers the operation, or when grants are unknown", () => {
    const op = { id: "getTopArtists", scopes: ["user-top-read"] };
    expect(() => assertScopes(op, undefined, ["user-top-read", "streaming"])).not.toThrow();
    expect(() => assertScopes(op, undefined, undefined)).not.toThrow();
    expect(() => assertScopes(op, undefined, [])).toThrow(InsufficientScopeError);
  });
});

describe("scope alternatives", () => {
  const addItems = {
    id: "addPlaylistItems",
    scopes: [],
    scopeAlternatives: [["playlist-modify-public"], ["playlist-modify-private"]],
  };

  it("passes when any one alternative is granted", () => {
    expect(() => assertScopes(addItems, undefined, ["playlist-modify-private"])).not.toThrow();
    expect(() => assertScopes(addItems, undefined, ["playlist-modify-public"])).not.toThrow();
  });

  it("names every alternative when none is granted", () => {
    expect(() => assertScopes(addItems, undefined, ["user-top-read"])).toThrow(
      /playlist-modify-public or playlist-modify-private/,
    );
  });
});
