/**
 * The input checks (preflight.ts) are imported on the first service call. A bundler serves them
 * as a separate chunk, which can fail to load (a flaky network, a deploy that replaced it).
 */
import { afterEach, describe, expect, it, vi } from "vitest";

const ALBUM = "4aawyAB9vmqN3uQ7FjRGTy";

afterEach(() => {
  vi.doUnmock("../../src/services/preflight.js");
  vi.resetModules();
});

function albumFetch(sent: string[]): typeof fetch {
  return async (input) => {
    sent.push(input instanceof Request ? input.url : String(input));
    return Response.json({ id: ALBUM, name: "Album", type: "album" });
  };
}

describe("loading the input checks", () => {
  it("rejects the call whose checks failed to load, sends nothing, and loads them on the next call", async () => {
    let failures = 1;
    vi.resetModules();
    vi.doMock("../../src/services/preflight.js", async (importOriginal) => {
      if (failures-- > 0) throw new Error("chunk failed to load");
      return importOriginal();
    });
    const { SpotifyClient } = await import("../../src/index.js");
    const sent: string[] = [];
    const client = new SpotifyClient({ accessToken: "t", fetch: albumFetch(sent) });
    // vitest wraps the factory's error in its own; the call rejects with it either way.
    await expect(client.albums.get(ALBUM)).rejects.toThrow();
    expect(sent).toEqual([]);
    await expect(client.albums.get(ALBUM)).resolves.toMatchObject({ id: ALBUM });
    expect(sent).toHaveLength(1);
    await client.close();
  });

  it("checks the first call, made before the checks have loaded, like any other", async () => {
    vi.resetModules();
    const { SpotifyClient, SpotifyValidationError } = await import("../../src/index.js");
    const sent: string[] = [];
    const client = new SpotifyClient({ accessToken: "t", fetch: albumFetch(sent) });
    const first = client.albums.get("a?b");
    const second = client.albums.get("a?b");
    for (const call of [first, second]) {
      const error = await call.then(undefined, (e: unknown) => e);
      expect(error).toBeInstanceOf(SpotifyValidationError);
      expect((error as Error).message).toBe(
        "getAlbum: path.id must be a Spotify ID (letters and digits only)",
      );
    }
    expect(sent).toEqual([]);
    await client.close();
  });
});
