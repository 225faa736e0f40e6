import * as v from "valibot";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationDetails } from "../../generated/operationDetails.js";
import { operationTable } from "../../generated/operations.js";
import { responseSchemas } from "../../generated/schemaTable.js";
import { createMockSpotify, type MockSpotify } from "../../src/testing/index.js";
import { call, field, json } from "./helpers.js";

type OperationId = keyof typeof operationTable;
const ids = Object.keys(operationTable) as OperationId[];

/** Query values that make each operation's required inputs valid. */
function sampleQuery(id: OperationId): URLSearchParams {
  const details = operationDetails[id];
  const query = new URLSearchParams();
  const known: Record<string, string> = {
    ids: "2up3OPMp9Tb4dAKM2erWXQ,4aawyAB9vmqN3uQ7FjRGTy",
    uris: "spotify:track:2up3OPMp9Tb4dAKM2erWXQ,spotify:album:4aawyAB9vmqN3uQ7FjRGTy",
    q: "river",
    type: /Follow|Followed/.test(id)
      ? "artist"
      : "album,artist,playlist,track,show,episode,audiobook",
    position_ms: "1000",
    state: id === "setRepeatMode" ? "context" : "true",
    volume_percent: "50",
    uri: "spotify:track:2up3OPMp9Tb4dAKM2erWXQ",
    seed_genres: "jazz",
  };
  const cap = "maxItems" in details ? details.maxItems.max : undefined;
  for (const name of details.queryParams as readonly string[]) {
    // Respect the table's list cap (the playlist-follow check takes a single id).
    const value = cap === 1 ? known[name]?.split(",")[0] : known[name];
    if (value !== undefined) query.set(name, value);
  }
  return query;
}

function samplePath(id: OperationId): string {
  const row = operationTable[id];
  return row.path.replace(/\{([^}]*)\}/g, (_, name: string) =>
    name === "user_id" ? "someuser" : name === "category_id" ? "dinner" : "4aawyAB9vmqN3uQ7FjRGTy",
  );
}

function sampleBody(id: OperationId): unknown {
  const row = operationTable[id];
  if (row.requestBody === "none") return undefined;
  if (id.startsWith("createPlaylist")) return { name: "Road trip" };
  if (id === "transferPlayback") return { device_ids: ["device-1"] };
  return { uris: ["spotify:track:2up3OPMp9Tb4dAKM2erWXQ"] };
}

async function request(mock: MockSpotify, id: OperationId): Promise<Response> {
  const row = operationTable[id];
  const query = sampleQuery(id).toString();
  const body = sampleBody(id);
  const url = `${samplePath(id)}${query === "" ? "" : `?${query}`}`;
  if (row.requestBody === "image") {
    return fetch(`${mock.baseUrl}${url}`, {
      method: row.method,
      headers: { authorization: `Bearer ${mock.issueToken()}`, "content-type": "image/jpeg" },
      body: "/9j/4AAQSkZJRg==",
    });
  }
  return call(mock, url, { method: row.method, body });
}

function validate(id: OperationId, status: number, body: unknown) {
  const byStatus = responseSchemas[id] as Readonly<Record<string, v.GenericSchema>>;
  const schema = byStatus[String(status)];
  if (schema === undefined) return { success: false, issues: [`no schema for ${status}`] };
  const result = v.safeParse(schema, body);
  return {
    success: result.success,
    issues: result.success
      ? []
      : result.issues.slice(0, 3).map((i) => `${v.getDotPath(i)}: ${i.message}`),
  };
}

describe("every operation of the table", () => {
  let mock: MockSpotify;
  beforeAll(async () => {
    mock = await createMockSpotify({ seed: 11 });
  });
  afterAll(() => mock.close());

  it("covers all 97 operations", () => {
    expect(ids).toHaveLength(97);
  });

  it.each(ids)("%s answers 2xx with a body its response schema accepts", async (id) => {
    const response = await request(mock, id);
    const text = await response.text();
    expect(response.status, text.slice(0, 200)).toBeGreaterThanOrEqual(200);
    expect(response.status).toBeLessThan(300);
    if (operationDetails[id].response === "json") {
      expect(response.headers.get("content-type")).toMatch(/^application\/json/);
      expect(validate(id, response.status, JSON.parse(text))).toEqual({
        success: true,
        issues: [],
      });
    } else {
      expect(text).toBe("");
      expect(response.status).toBe(
        operationDetails[id].response === "accepted" ? 202 : response.status,
      );
    }
    expect(mock.requests.at(-1)?.operationId).toBe(id);
  });
});

describe("development mode bodies", () => {
  let mock: MockSpotify;
  beforeAll(async () => {
    mock = await createMockSpotify({ seed: 11, appMode: "development" });
  });
  afterAll(() => mock.close());

  const open = ids.filter(
    (id) => operationTable[id].availability === "all" && operationDetails[id].response === "json",
  );
  it.each(open)("%s still satisfies its schema without the removed fields", async (id) => {
    const response = await request(mock, id);
    expect(response.ok).toBe(true);
    expect(validate(id, response.status, await response.json())).toEqual({
      success: true,
      issues: [],
    });
  });
});

describe("determinism", () => {
  it("answers byte-identical bodies for the same seed and different ones for another seed", async () => {
    const paths = [
      "/albums/4aawyAB9vmqN3uQ7FjRGTy",
      "/me/tracks?limit=5",
      "/playlists/p1/items?offset=20",
    ];
    const bodies = async (seed: number) => {
      await using mock = await createMockSpotify({ seed });
      const texts: string[] = [];
      for (const path of paths) {
        // hrefs carry the port, which differs between servers; compare without it.
        texts.push((await (await call(mock, path)).text()).replaceAll(mock.baseUrl, "BASE"));
      }
      return texts;
    };
    const [first, again, other] = [await bodies(5), await bodies(5), await bodies(6)];
    expect(again).toEqual(first);
    for (let i = 0; i < paths.length; i++) expect(other[i]).not.toEqual(first[i]);
  });

  it("uses the requested id and answers several-ids requests in order with null for missing ids", async () => {
    await using mock = await createMockSpotify();
    expect(field(await json(await call(mock, "/albums/abc123")), "id")).toBe("abc123");
    const several = await json(await call(mock, "/tracks?ids=t1,missing-t2,t3"));
    const tracks = field<({ id: string } | null)[]>(several, "tracks");
    expect(tracks.map((t) => t?.id ?? null)).toEqual(["t1", null, "t3"]);
  });

  it("answers for a market with is_playable instead of the market list", async () => {
    await using mock = await createMockSpotify();
    const track = await json(await call(mock, "/tracks/t1?market=JP"));
    expect(track.is_playable).toBe(true);
    expect(track).not.toHaveProperty("available_markets");
    expect(field(track, "album", "available_markets")).toEqual(["JP"]);
  });

  it("serves user fixtures, fixed or computed from the request", async () => {
    await using mock = await createMockSpotify({
      fixtures: {
        getAlbum: (req) => ({ id: req.params.id, name: "Fixture" }),
        getCurrentUserProfile: { id: "fixed" },
      },
    });
    expect(await json(await call(mock, "/albums/zzz"))).toEqual({ id: "zzz", name: "Fixture" });
    expect(await json(await call(mock, "/me"))).toEqual({ id: "fixed" });
  });
});
