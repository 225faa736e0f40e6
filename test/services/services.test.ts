import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { operationDetails } from "../../generated/operationDetails.js";
import { type OperationId, operationTable } from "../../generated/operations.js";
import { inputSchemas } from "../../generated/schemaTable.js";
import { SpotifyClient } from "../../src/index.js";
import { createMockSpotify, type MockSpotify } from "../../src/testing/index.js";
import { sampleFor } from "./sampleInput.js";

let mock: MockSpotify;
let client: SpotifyClient;

beforeAll(async () => {
  mock = await createMockSpotify({ seed: 7, acceptAnyToken: true });
  client = new SpotifyClient({
    accessToken: "test-token",
    baseUrl: mock.baseUrl,
    validateResponses: true,
  });
});

afterAll(async () => {
  await client.close();
  await mock.close();
});

/** Inputs the schema cannot express (at least one field of several optional ones). */
const EXTRA: Partial<Record<OperationId, Record<string, unknown>>> = {
  changePlaylistDetails: { name: "Renamed" },
};

type Sample = { path?: Record<string, unknown>; query?: Record<string, unknown>; body?: unknown };

/** The method, and the arguments that call it with the sample input. */
function callFor(id: OperationId): { run: () => PromiseLike<unknown>; sample: Sample } {
  const row = operationTable[id];
  const sample = sampleFor(inputSchemas[id] as never) as Sample;
  const service = (
    client as unknown as Record<string, Record<string, (...a: unknown[]) => PromiseLike<unknown>>>
  )[row.service];
  const method = service?.[row.name];
  if (!method) throw new Error(`no method ${row.service}.${row.name} for ${id}`);
  const params =
    row.requestBody === "image"
      ? "aGVsbG8="
      : { ...sample.query, ...(typeof sample.body === "object" ? sample.body : {}), ...EXTRA[id] };
  const pathValue = row.pathParams.length > 0 ? Object.values(sample.path ?? {})[0] : undefined;
  const run = () =>
    pathValue === undefined
      ? method.call(service, params)
      : method.call(service, pathValue, params);
  return { run, sample };
}

const ids = Object.keys(operationTable) as OperationId[];

describe("every operation is reachable by exactly one named method", () => {
  it("maps 97 operations onto distinct service.method names", () => {
    const names = ids.map((id) => `${operationTable[id].service}.${operationTable[id].name}`);
    expect(ids).toHaveLength(97);
    expect(new Set(names).size).toBe(97);
    for (const id of ids) {
      const row = operationTable[id];
      const service = (client as unknown as Record<string, Record<string, unknown>>)[row.service];
      expect(typeof service?.[row.name], `${row.service}.${row.name}`).toBe("function");
    }
  });
});

describe("table-driven: each method sends its operation", () => {
  it.each(ids)("%s", async (id) => {
    const row = operationTable[id];
    const details = operationDetails[id];
    const { run, sample } = callFor(id);
    const before = mock.requests.length;
    const data = await run();
    const sent = mock.requests.slice(before);
    expect(sent).toHaveLength(1);
    const request = sent[0]!;
    expect(request.operationId).toBe(id);
    expect(request.method).toBe(row.method);
    const expectedPath = row.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(String(sample.path?.[name])),
    );
    expect(request.path).toBe(`/v1${expectedPath}`);
    for (const [key, value] of Object.entries(sample.query ?? {})) {
      if (row.requestBody === "json" && (details.bodyParams as readonly string[]).includes(key))
        continue;
      expect(request.query[key], `query ${key}`).toBe(
        Array.isArray(value) ? value.join(",") : String(value),
      );
    }
    if (row.requestBody === "json" && sample.body && typeof sample.body === "object") {
      expect(request.body).toMatchObject(sample.body as Record<string, unknown>);
    }
    if (details.response === "json") expect(data).toBeDefined();
    else expect(data).toBeUndefined();
  });
});
