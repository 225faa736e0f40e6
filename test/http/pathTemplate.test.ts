import { describe, expect, it } from "vitest";
import { fillPathTemplate } from "../../src/http/pathTemplate.js";

describe("fillPathTemplate", () => {
  it("fills every placeholder with the encoded value", () => {
    expect(
      fillPathTemplate("https://x/v1/users/{user_id}/playlists/{id}", {
        user_id: "a b",
        id: "p/1",
      }),
    ).toBe("https://x/v1/users/a%20b/playlists/p%2F1");
  });

  it("returns a template without placeholders unchanged", () => {
    expect(fillPathTemplate("https://x/v1/me", {})).toBe("https://x/v1/me");
  });

  it("leaves a missing parameter's placeholder, like openapi-fetch's default", () => {
    expect(fillPathTemplate("https://x/v1/albums/{id}", {})).toBe("https://x/v1/albums/{id}");
  });

  it("gives the same answer on the cached second call", () => {
    const template = "https://x/v1/artists/{id}/albums";
    expect(fillPathTemplate(template, { id: "1" })).toBe("https://x/v1/artists/1/albums");
    expect(fillPathTemplate(template, { id: "2" })).toBe("https://x/v1/artists/2/albums");
  });
});
