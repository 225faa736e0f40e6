import { describe, expect, it } from "vitest";
import { parseSpotifyRef, toSpotifyId, toSpotifyUri } from "../../src/core/ids.js";
import { SpotifyValidationError } from "../../src/errors.js";

const ID = "4aawyAB9vmqN3uQ7FjRGTy";

describe("toSpotifyId", () => {
  it.each([
    [ID],
    [`spotify:album:${ID}`],
    [`https://open.spotify.com/album/${ID}`],
    [`https://open.spotify.com/album/${ID}?si=abc123`],
    [`https://open.spotify.com/intl-de/album/${ID}?si=abc123`],
    [`https://open.spotify.com/intl-pt-br/album/${ID}`],
    [`open.spotify.com/album/${ID}`],
    [`https://open.spotify.com/embed/album/${ID}`],
    [`  spotify:album:${ID}  `],
  ])("turns %s into the bare ID", (input) => {
    expect(toSpotifyId(input, "album", "id")).toBe(ID);
  });

  it("rejects a URI of another type, naming the parameter", () => {
    expect(() => toSpotifyId(`spotify:track:${ID}`, "album", "id")).toThrow(SpotifyValidationError);
    let caught: unknown;
    try {
      toSpotifyId(`https://open.spotify.com/track/${ID}`, "album", "ids[2]");
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SpotifyValidationError);
    expect((caught as SpotifyValidationError).path).toBe("ids[2]");
    expect((caught as Error).message).toContain("album");
    expect((caught as Error).message).toContain("track");
  });

  it("reads the old user-scoped playlist URI", () => {
    expect(toSpotifyId(`spotify:user:someone:playlist:${ID}`, "playlist", "playlist_id")).toBe(ID);
  });

  it("leaves strings that are neither URI nor link for schema validation", () => {
    expect(toSpotifyId("../me", "album", "id")).toBe("../me");
    expect(toSpotifyId("a?b", "album", "id")).toBe("a?b");
  });
});

describe("toSpotifyUri", () => {
  it("turns a link into a URI and keeps URIs", () => {
    expect(toSpotifyUri(`https://open.spotify.com/track/${ID}?si=x`)).toBe(`spotify:track:${ID}`);
    expect(toSpotifyUri(`spotify:episode:${ID}`)).toBe(`spotify:episode:${ID}`);
    expect(toSpotifyUri("not a uri")).toBe("not a uri");
  });

  it("does not treat other hosts as Spotify links", () => {
    expect(parseSpotifyRef(`https://evil.example/track/${ID}`)).toBeUndefined();
  });
});
