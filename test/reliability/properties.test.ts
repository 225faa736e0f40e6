/**
 * Property-based tests over what comes back and what goes out.
 *
 * Responses: valid mock bodies are mutated (fields dropped, types changed, JSON truncated, random
 * bytes, random statuses and content types) and served to the SDK, 10,000 times through an
 * injected `fetch` (a `new Response(...)` per call, far faster than HTTP) and a few hundred times
 * over real loopback HTTP. The SDK must resolve to valid data (matching the schema when
 * `validateResponses` is on) or throw a SpotifyError subclass, never a TypeError or SyntaxError.
 *
 * Inputs: 10,000 random ids (slashes, dots, `?`, `#`, unicode, huge), limits and markets, through
 * the services, `client.request` and `client.raw`. The SDK must refuse before sending
 * (SpotifyValidationError) or send one request whose path stays under the operation's path with
 * exactly its segment count, the id encoded into one segment.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import fc from "fast-check";
import * as v from "valibot";
import { beforeAll, describe, expect, it } from "vitest";
import { responseSchemas } from "../../generated/schemaTable.js";
import { SpotifyClient } from "../../src/client.js";
import { toSpotifyId } from "../../src/core/ids.js";
import { SpotifyError, SpotifyValidationError } from "../../src/errors.js";
import type { DataWithResponse } from "../../src/http/apiPromise.js";
import { createMockSpotify } from "../../src/testing/index.js";
import {
  type Answer,
  answerFor,
  contentTypeArb,
  mutationArb,
  statusArb,
  toResponse,
} from "./mutations.js";
import {
  ALBUM_ID,
  ALBUM_URI,
  guardProcess,
  PLAYLIST_ID,
  recordingSleep,
  TRACK_URI,
} from "./support.js";

guardProcess();

const ARTIST_ID = "0OdUWJ0sBjDrqHygGUXeCF";

interface ResponseCase {
  operationId: string;
  /** Request path of the seed body on the mock. */
  seedPath: string;
  seedMethod: "GET" | "POST" | "PUT";
  call(client: SpotifyClient): Promise<DataWithResponse<unknown>>;
}

const RESPONSE_CASES: readonly ResponseCase[] = [
  {
    operationId: "getAlbum",
    seedPath: `/albums/${ALBUM_ID}`,
    seedMethod: "GET",
    call: (client) => client.albums.get(ALBUM_ID).withResponse(),
  },
  {
    operationId: "getArtist",
    seedPath: `/artists/${ARTIST_ID}`,
    seedMethod: "GET",
    call: (client) => client.artists.get(ARTIST_ID).withResponse(),
  },
  {
    operationId: "getPlaylist",
    seedPath: `/playlists/${PLAYLIST_ID}`,
    seedMethod: "GET",
    call: (client) => client.playlists.get(PLAYLIST_ID).withResponse(),
  },
  {
    operationId: "addPlaylistItems",
    seedPath: `/playlists/${PLAYLIST_ID}/items`,
    seedMethod: "POST",
    call: (client) => client.playlists.addItems(PLAYLIST_ID, { uris: [TRACK_URI] }).withResponse(),
  },
  {
    operationId: "saveLibraryItems",
    seedPath: `/me/library?uris=${encodeURIComponent(ALBUM_URI)}`,
    seedMethod: "PUT",
    call: (client) => client.library.saveItems({ uris: [ALBUM_URI] }).withResponse(),
  },
];

/** Valid bodies from the mock, by operationId (undefined: the operation answers no body). */
const seeds = new Map<string, unknown>();

beforeAll(async () => {
  // Small collections keep each mutation (clone, walk, validate) cheap.
  await using mock = await createMockSpotify({
    seed: 5,
    sizes: { playlistItems: 3 },
    collectionSize: { getAlbum: 3 },
  });
  const token = mock.issueToken();
  for (const c of RESPONSE_CASES) {
    const response = await fetch(`${mock.baseUrl}${c.seedPath}`, {
      method: c.seedMethod,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      ...(c.seedMethod === "POST" ? { body: JSON.stringify({ uris: [TRACK_URI] }) } : {}),
    });
    const text = await response.text();
    seeds.set(c.operationId, text === "" ? undefined : JSON.parse(text));
  }
});

const caseArb = fc.record({
  index: fc.nat({ max: RESPONSE_CASES.length - 1 }),
  mutation: mutationArb,
  status: statusArb,
  contentType: contentTypeArb,
  validate: fc.boolean(),
});

/** The documented success schema of an operation, if it answers JSON. */
function successSchema(operationId: string): v.GenericSchema | undefined {
  const byStatus = (responseSchemas as unknown as Record<string, Record<string, v.GenericSchema>>)[
    operationId
  ];
  const key = Object.keys(byStatus ?? {}).find((status) => /^2\d\d$/.test(status));
  return key === undefined ? undefined : byStatus?.[key];
}

/**
 * The property: a SpotifyError subclass, or a 2xx whose data is what the body said (and matches
 * the schema when validation is on; a bodiless 204 is the one documented exception).
 */
async function checkOutcome(
  c: ResponseCase,
  client: SpotifyClient,
  answer: Answer,
  validate: boolean,
): Promise<void> {
  const outcome = await c.call(client).then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if ("error" in outcome) {
    expect(outcome.error).toBeInstanceOf(SpotifyError);
    return;
  }
  const { data, response } = outcome.value;
  expect(response.status).toBeGreaterThanOrEqual(200);
  expect(response.status).toBeLessThan(300);
  // Response.text() decodes UTF-8 with replacement characters, as TextDecoder does.
  const text = answer.body === null ? "" : new TextDecoder().decode(answer.body);
  expect(data).toEqual(text === "" ? undefined : JSON.parse(text));
  const schema = successSchema(c.operationId);
  if (validate && schema !== undefined && !(response.status === 204 && data === undefined)) {
    expect(v.is(schema, data)).toBe(true);
  }
}

function clientWith(fetchImpl: typeof fetch, validate: boolean, baseUrl: string): SpotifyClient {
  return new SpotifyClient({
    accessToken: "property-token",
    baseUrl,
    env: {},
    logLevel: "silent",
    fetch: fetchImpl,
    sleep: recordingSleep(),
    random: () => 0,
    maxRetries: 1,
    validateResponses: validate,
  });
}

/**
 * The property both transports share: each generated answer is served (`serve` makes it the next
 * one the transport returns) to a client with or without response validation, and the outcome is
 * checked.
 */
async function assertMutatedResponses(
  fetchImpl: typeof fetch,
  baseUrl: string,
  serve: (answer: Answer) => void,
  runs: { numRuns: number; seed: number },
): Promise<void> {
  const clients = {
    on: clientWith(fetchImpl, true, baseUrl),
    off: clientWith(fetchImpl, false, baseUrl),
  };
  try {
    await fc.assert(
      fc.asyncProperty(caseArb, async (generated) => {
        const c = RESPONSE_CASES[generated.index] as ResponseCase;
        const answer = answerFor(seeds.get(c.operationId), generated);
        serve(answer);
        await checkOutcome(
          c,
          generated.validate ? clients.on : clients.off,
          answer,
          generated.validate,
        );
      }),
      runs,
    );
  } finally {
    await clients.on.close();
    await clients.off.close();
  }
}

describe("mutated responses", () => {
  it("resolve to valid data or throw a SpotifyError: 10,000 served through an injected fetch", async () => {
    let answer: Answer = { status: 200, contentType: "", body: null };
    const fetchImpl: typeof fetch = async () => toResponse(answer);
    await assertMutatedResponses(
      fetchImpl,
      "http://127.0.0.1:9/v1",
      (next) => {
        answer = next;
      },
      { numRuns: 10_000, seed: 20_261_128 },
    );
  });

  it("resolve to valid data or throw a SpotifyError: 300 served over loopback HTTP", async () => {
    let answer: Answer = { status: 200, contentType: "", body: null };
    const server: Server = createServer((req, res) => {
      req.resume();
      req.on("end", () => {
        const headers: Record<string, string> =
          answer.contentType === "" ? {} : { "content-type": answer.contentType };
        res.writeHead(answer.status, headers);
        res.end(answer.body === null ? undefined : answer.body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const fetchImpl: typeof fetch = (input, init) => globalThis.fetch(input, init);
    try {
      await assertMutatedResponses(
        fetchImpl,
        `http://127.0.0.1:${port}/v1`,
        (next) => {
          answer = next;
        },
        { numRuns: 300, seed: 20_261_129 },
      );
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

/** Ids that try to escape their segment, plus ordinary and enormous ones. */
const idArb: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({
    unit: fc.constantFrom("a", "Z", "9", "/", ".", "?", "#", "%", "&", "=", " ", "é", "😀", "\\"),
    maxLength: 12,
  }),
  fc.constantFrom(
    "..",
    ".",
    "",
    "../..",
    "./tracks",
    "a/../b",
    "%2e%2e",
    "?x=1",
    "#frag",
    "spotify:album:4aawyAB9vmqN3uQ7FjRGTy",
    "spotify:track:4aawyAB9vmqN3uQ7FjRGTy",
    "https://open.spotify.com/album/4aawyAB9vmqN3uQ7FjRGTy?si=abc",
    ALBUM_ID,
  ),
  fc.string({ unit: fc.constantFrom("a", "b", "/"), minLength: 2_000, maxLength: 6_000 }),
);

const limitArb = fc.option(
  fc.oneof(fc.integer({ min: -5, max: 80 }), fc.double(), fc.constant(Number.NaN)),
  { nil: undefined },
);
const marketArb = fc.option(
  fc.oneof(fc.constantFrom("SE", "US", "from_token", "se", ""), fc.string({ maxLength: 4 })),
  { nil: undefined },
);

type Way = "service" | "request" | "raw";

describe("random inputs", () => {
  it("are refused before sending or stay one encoded segment under the operation's path: 10,000 inputs", async () => {
    const sent: string[] = [];
    const client = new SpotifyClient({
      accessToken: "input-token",
      baseUrl: "http://127.0.0.1:9/v1",
      env: {},
      logLevel: "silent",
      maxRetries: 0,
      fetch: async (input) => {
        sent.push(input instanceof Request ? input.url : String(input));
        return new Response(
          '{"items":[],"limit":1,"offset":0,"total":0,"next":null,"previous":null,"href":"x"}',
          {
            status: 200,
            headers: { "content-type": "application/json" },
          },
        );
      },
    });
    await fc.assert(
      fc.asyncProperty(
        idArb,
        limitArb,
        marketArb,
        fc.constantFrom<Way>("service", "request", "raw"),
        async (id, limit, market, way) => {
          sent.length = 0;
          const query = {
            ...(limit === undefined ? {} : { limit }),
            ...(market === undefined ? {} : { market }),
          };
          const call =
            way === "service"
              ? client.albums.getTracks(id, query)
              : way === "request"
                ? client.request("getAlbumTracks", { path: { id }, query })
                : client.raw.GET("/albums/{id}/tracks", { params: { path: { id }, query } });
          const outcome = await Promise.resolve(call).then(
            () => undefined,
            (error: unknown) => error,
          );
          if (sent.length === 0) {
            expect(outcome).toBeInstanceOf(SpotifyValidationError);
            return;
          }
          expect(outcome).toBeUndefined();
          expect(sent).toHaveLength(1);
          const url = new URL(sent[0] ?? "");
          const segments = url.pathname.split("/");
          expect(segments).toHaveLength(5);
          expect(segments.slice(0, 3)).toEqual(["", "v1", "albums"]);
          expect(segments[4]).toBe("tracks");
          const expectedId = way === "service" ? toSpotifyId(id, "album", "id") : id;
          expect(decodeURIComponent(segments[3] ?? "")).toBe(expectedId);
          expect(url.hash).toBe("");
          if (limit !== undefined) expect(url.searchParams.get("limit")).toBe(String(limit));
          if (market !== undefined) expect(url.searchParams.get("market")).toBe(market);
        },
      ),
      { numRuns: 10_000, seed: 20_261_130 },
    );
    await client.close();
  });
});
