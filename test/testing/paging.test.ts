import { describe, expect, it } from "vitest";
import { createMockSpotify, indexFromId, type MockSpotify } from "../../src/testing/index.js";
import { call, field, json } from "./helpers.js";

interface Page {
  items: unknown[];
  next: string | null;
  previous?: string | null;
  total?: number;
  limit: number;
  offset?: number;
  cursors?: { after?: string | null; before?: string | null } | null;
}

/** Follows `next` links from `first` to the end; `key` picks the page out of a wrapper. */
async function walk(mock: MockSpotify, first: string, key?: string): Promise<Page[]> {
  const pages: Page[] = [];
  let url: string | null = first;
  while (url !== null) {
    const response = await call(mock, url);
    expect(response.status).toBe(200);
    const body = await json(response);
    const page = (key === undefined ? body : body[key]) as Page;
    pages.push(page);
    expect(pages.length).toBeLessThan(500);
    url = page.next;
  }
  return pages;
}

describe("offset paging", () => {
  it("walks a 10 000-item playlist in order, each item derived from its position", async () => {
    await using mock = await createMockSpotify({ seed: 3, sizes: { playlistItems: 10_000 } });
    const pages = await walk(mock, "/playlists/big/items?limit=50");
    expect(pages).toHaveLength(200);
    expect(pages[0]?.previous).toBeNull();
    expect(pages[1]?.previous).toBe(`${mock.baseUrl}/playlists/big/items?offset=0&limit=50`);
    const items = pages.flatMap((p) => p.items);
    expect(items).toHaveLength(10_000);
    const catalogue = items
      .map((item, position) => ({
        item: field<{ id: string | null; type: string }>(item, "item"),
        position,
      }))
      .filter(({ item }) => item.type === "track" && item.id !== null);
    for (const { item, position } of catalogue) {
      expect(indexFromId(3, "playlist:big", item.id ?? "")).toBe(position);
    }
    expect(new Set(catalogue.map(({ item }) => item.id)).size).toBe(catalogue.length);
  });

  it("mixes in episodes (track form unless asked for) and local files with null ids", async () => {
    await using mock = await createMockSpotify();
    const page = await json(await call(mock, "/playlists/mix/items?limit=14"));
    const items = field<
      { is_local: boolean; item: { type: string; id: string | null; album?: { type: string } } }[]
    >(page, "items");
    expect(items[6]?.item.type).toBe("episode");
    expect(items[6]?.item.album?.type).toBe("show");
    expect(items[12]?.is_local).toBe(true);
    expect(items[12]?.item.id).toBeNull();
    const asked = await json(
      await call(mock, "/playlists/mix/items?limit=7&additional_types=track,episode"),
    );
    expect(field(asked, "items", 6, "item", "show", "type")).toBe("show");
  });

  it("keeps market and other filters on next links and reports total, limit and offset", async () => {
    await using mock = await createMockSpotify({ sizes: { savedTracks: 120 } });
    const pages = await walk(mock, "/me/tracks?limit=50&market=SE");
    expect(pages.map((p) => [p.offset, p.items.length, p.total])).toEqual([
      [0, 50, 120],
      [50, 50, 120],
      [100, 20, 120],
    ]);
    expect(pages[0]?.next).toBe(`${mock.baseUrl}/me/tracks?offset=50&limit=50&market=SE`);
  });

  it("honours a per-operation collection size", async () => {
    await using mock = await createMockSpotify({ collectionSize: { getArtistAlbums: 12 } });
    const pages = await walk(mock, "/artists/a1/albums?limit=5");
    expect(pages.map((p) => p.items.length)).toEqual([5, 5, 2]);
  });

  it("refuses a limit above the endpoint's maximum like Spotify (400)", async () => {
    await using mock = await createMockSpotify();
    const response = await call(mock, "/search?q=x&type=track&limit=11");
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { status: 400, message: "Invalid limit" } });
  });
});

describe("cursor paging", () => {
  it("walks followed artists with cursors.after until next is null", async () => {
    await using mock = await createMockSpotify({ sizes: { followedArtists: 47 } });
    const pages = await walk(mock, "/me/following?type=artist&limit=20", "artists");
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 7]);
    expect(pages[0]?.cursors?.after).toBe(field(pages[0]?.items.at(-1), "id"));
    expect(pages[2]?.cursors?.after).toBeNull();
    const ids = pages.flatMap((p) => p.items.map((a) => field<string>(a, "id")));
    expect(new Set(ids).size).toBe(47);
    expect(ids.map((id) => indexFromId(1, "followed-artists", id))).toEqual([...Array(47).keys()]);
  });

  it("walks recently played backwards in time with before cursors", async () => {
    await using mock = await createMockSpotify({ sizes: { recentlyPlayed: 50 } });
    const pages = await walk(mock, "/me/player/recently-played?limit=20");
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 10]);
    const times = pages.flatMap((p) =>
      p.items.map((i) => Date.parse(field<string>(i, "played_at"))),
    );
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(new Set(times).size).toBe(50);
    expect(pages[0]?.cursors?.before).toBe(String(times[19]));
  });

  it("answers plays after a timestamp and refuses after and before together", async () => {
    await using mock = await createMockSpotify();
    const first = await json(await call(mock, "/me/player/recently-played?limit=10"));
    const oldest = field<string>(first, "cursors", "before");
    const newer = await json(
      await call(mock, `/me/player/recently-played?after=${oldest}&limit=3`),
    );
    const played = field<{ played_at: string }[]>(newer, "items").map((i) =>
      Date.parse(i.played_at),
    );
    expect(played.every((t) => t > Number(oldest))).toBe(true);
    expect(played).toHaveLength(3);
    const both = await call(mock, `/me/player/recently-played?after=1&before=2`);
    expect(both.status).toBe(400);
  });
});
