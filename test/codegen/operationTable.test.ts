import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, expectTypeOf, it } from "vitest";
import { emitOperationScopes } from "../../codegen/emitOperationScopes.js";
import {
  emitOperations,
  operationRow,
  operationRows,
  printConstType,
  SCOPE_KEYS,
  tableRows,
} from "../../codegen/emitOperations.js";
import { listOperations, parseDocument } from "../../codegen/loadDocument.js";
import { EncodingError } from "../../codegen/rowEncoding.js";
import { checkOutputs } from "../../codegen/writeOutputs.js";
import { operationScopes } from "../../generated/operationScopes.js";
import { type OperationSpec, operationTable } from "../../generated/operations.js";

const doc = parseDocument(`
openapi: 3.0.3
info: { title: rows, version: "1" }
security: [{ oauth_2_0: [] }]
paths:
  /playlists/{playlist_id}/items:
    put:
      operationId: reorderItems
      tags: [playlists]
      x-sdk-method: reorderItems
      x-spotify-availability: all
      x-spotify-idempotent: false
      security:
        - oauth_2_0: [playlist-modify-public]
        - oauth_2_0: [playlist-modify-private]
      parameters:
        - { name: playlist_id, in: path, required: true, schema: { type: string } }
        - { name: uris, in: query, style: form, explode: false, schema: { type: array, items: { type: string } } }
      requestBody:
        content: { application/json: { schema: { type: object } } }
      responses:
        "200": { description: ok, content: { application/json: { schema: { type: object } } } }
  /playlists/{playlist_id}/images:
    put:
      operationId: uploadCover
      tags: [playlists]
      x-spotify-availability: extended
      x-spotify-replacement: "PUT /somewhere/else"
      parameters:
        - { name: playlist_id, in: path, required: true, schema: { type: string } }
      requestBody:
        content: { image/jpeg: { schema: { type: string } } }
      responses:
        "202": { description: accepted }
  /me/player/pause:
    put:
      operationId: pause
      tags: [player]
      security: [{ oauth_2_0: [user-modify-playback-state] }]
      responses:
        "204": { description: paused }
`);
const rows = new Map(
  listOperations(doc).map((entry) => [entry.operationId, operationRow(doc, entry)]),
);

describe("operation rows", () => {
  it("treats several security requirements as alternatives, not as one combined list", () => {
    const row = rows.get("reorderItems");
    expect(row?.scopes).toEqual([]);
    expect(row?.scopeAlternatives).toEqual([
      ["playlist-modify-public"],
      ["playlist-modify-private"],
    ]);
    expect(rows.get("pause")?.scopes).toEqual(["user-modify-playback-state"]);
    expect(rows.get("pause")).not.toHaveProperty("scopeAlternatives");
  });

  it("reads idempotency from x-spotify-idempotent, else from the method", () => {
    expect(rows.get("reorderItems")?.idempotent).toBe(false);
    expect(rows.get("pause")?.idempotent).toBe(true);
  });

  it("classifies request bodies and responses", () => {
    expect(rows.get("reorderItems")).toMatchObject({ requestBody: "json", response: "json" });
    expect(rows.get("uploadCover")).toMatchObject({ requestBody: "image", response: "accepted" });
    expect(rows.get("pause")).toMatchObject({ requestBody: "none", response: "empty" });
  });

  it("lists path and query parameters and marks comma-joined lists", () => {
    expect(rows.get("reorderItems")).toMatchObject({
      pathParams: ["playlist_id"],
      queryParams: ["uris"],
      listParams: ["uris"],
    });
  });

  it("copies service, method name, tier and replacement from the document", () => {
    expect(rows.get("uploadCover")).toMatchObject({
      method: "PUT",
      service: "playlists",
      name: "uploadCover",
      availability: "extended",
      replacement: "PUT /somewhere/else",
    });
  });
});

describe("generate --check", () => {
  const dir = resolve(".tmp", `codegen-check-${process.pid}`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("lists stale, missing and extra files", () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, "same.ts"), "same\n");
    writeFileSync(join(dir, "old.ts"), "before\n");
    writeFileSync(join(dir, "leftover.ts"), "x\n");
    const expected = new Map([
      ["same.ts", "same\n"],
      ["old.ts", "after\n"],
      ["new.ts", "fresh\n"],
    ]);
    expect(checkOutputs(dir, expected)).toEqual({
      stale: ["old.ts"],
      missing: ["new.ts"],
      extra: ["leftover.ts"],
    });
  });
});

describe("the encoded operation table", () => {
  const curated = operationRows(
    parseDocument(readFileSync("openapi/spotify.yaml", "utf8"), "openapi/spotify.yaml"),
  );

  it("decodes to exactly the rows the generator computed, for all 97 operations", () => {
    const expected = Object.fromEntries(tableRows(curated));
    expect(Object.keys(operationTable)).toHaveLength(97);
    expect(Object.keys(operationTable)).toEqual(Object.keys(expected));
    expect(operationTable).toStrictEqual(expected);
  });

  it("keeps the fields of each row in reading order", () => {
    for (const [id, row] of tableRows(curated)) {
      expect(Object.keys(operationTable[id as keyof typeof operationTable]), id).toEqual(
        Object.keys(row),
      );
    }
  });

  it("puts every operation's scopes in operationScopes, shaped as in the rows", () => {
    const expected = Object.fromEntries(
      [...curated].map(([id, row]) => [
        id,
        Object.fromEntries(SCOPE_KEYS.flatMap((key) => (key in row ? [[key, row[key]]] : []))),
      ]),
    );
    expect(operationScopes).toStrictEqual(expected);
    expect(operationScopes.uploadPlaylistCoverImage).toStrictEqual({
      scopes: ["ugc-image-upload"],
      scopeAlternatives: [
        ["playlist-modify-public", "ugc-image-upload"],
        ["playlist-modify-private", "ugc-image-upload"],
      ],
    });
    expect(operationScopes.checkLibraryContains.scopeRule?.byType.artist).toBe("user-follow-read");
  });

  it("derives pathParams from the path template instead of storing them", () => {
    expect(operationTable.getPlaylistItems.pathParams).toEqual(["playlist_id"]);
    expect(operationTable.getAvailableMarkets.pathParams).toEqual([]);
  });

  it("keeps each value's literal type (the table is typed as if written `as const`)", () => {
    expectTypeOf<OperationSpec<"addPlaylistItems">["method"]>().toEqualTypeOf<"POST">();
    expectTypeOf<OperationSpec<"addPlaylistItems">>().not.toHaveProperty("scopes");
    expectTypeOf<OperationSpec<"addPlaylistItems">["maxItems"]>().toEqualTypeOf<{
      readonly in: "body";
      readonly max: 100;
      readonly name: "uris";
    }>();
    expectTypeOf<OperationSpec<"getAlbum">["pathParams"]>().toEqualTypeOf<readonly ["id"]>();
    expectTypeOf<OperationSpec<"getAlbum">>().not.toHaveProperty("replacement");
    expect(printConstType({ b: [1, "x", []], a: { c: true } })).toBe(
      '{ readonly a: { readonly c: true }; readonly b: readonly [1, "x", readonly []] }',
    );
  });
});

describe("encoding safety", () => {
  const withOperation = (operation: string) =>
    parseDocument(`
openapi: 3.0.3
info: { title: unsafe, version: "1" }
paths:
  /things/{thing_id}/parts/{part_id}:
    get:
${operation
  .trim()
  .split("\n")
  .map((line) => `      ${line}`)
  .join("\n")}
      responses:
        "200": { description: ok }
`);
  const pathParams = `
parameters:
  - { name: thing_id, in: path, required: true, schema: { type: string } }
  - { name: part_id, in: path, required: true, schema: { type: string } }`;

  it("refuses at generation time a value that contains the field separator", () => {
    const doc = withOperation(`operationId: getPart\nx-sdk-method: "get|part"${pathParams}`);
    expect(() => emitOperations(doc)).toThrow(EncodingError);
    expect(() => emitOperations(doc)).toThrow(/getPart, field name: "get\|part" contains "\|"/);
  });

  it("refuses a list item that contains the list separator", () => {
    const doc = withOperation(`
operationId: getPart
parameters:
  - { name: thing_id, in: path, required: true, schema: { type: string } }
  - { name: part_id, in: path, required: true, schema: { type: string } }
  - { name: "a,b", in: query, schema: { type: string } }`);
    expect(() => emitOperations(doc)).toThrow(/getPart, field queryParams: "a,b" contains ","/);
  });

  it("refuses a scope that would split a scope set", () => {
    const doc = withOperation(
      `operationId: getPart\nsecurity: [{ oauth: ["a;b"] }, { oauth: [c] }]${pathParams}`,
    );
    expect(() => emitOperationScopes(operationRows(doc))).toThrow(
      /field scopeAlternatives: "a;b" contains ";"/,
    );
  });

  it("refuses path parameters listed in another order than the path, which would be derived wrongly", () => {
    const doc = withOperation(`
operationId: getPart
parameters:
  - { name: part_id, in: path, required: true, schema: { type: string } }
  - { name: thing_id, in: path, required: true, schema: { type: string } }`);
    expect(() => emitOperations(doc)).toThrow(/field pathParams: .* differs from the path's/);
  });

  it("refuses an x-spotify-max-items it cannot write as in,max,name", () => {
    const doc = withOperation(
      `operationId: getPart\nx-spotify-max-items: { in: header, max: 5, name: ids }${pathParams}`,
    );
    expect(() => emitOperations(doc)).toThrow(/field maxItems: expected \{ in: "query" \| "body"/);
  });

  describe("the emitted decoder", () => {
    const dir = resolve(".tmp", `operation-decoder-${process.pid}`);
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    let loads = 0;
    // A new file per load: imports are cached by URL.
    async function load(source: string): Promise<Record<string, unknown>> {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `operations-${++loads}.ts`);
      writeFileSync(file, source);
      return (await import(pathToFileURL(file).href)).operationTable;
    }

    const { source } = emitOperations(withOperation(`operationId: getPart${pathParams}`));

    it("reads back the rows it was emitted with", async () => {
      expect(await load(source)).toStrictEqual({
        getPart: expect.objectContaining({
          method: "GET",
          path: "/things/{thing_id}/parts/{part_id}",
          pathParams: ["thing_id", "part_id"],
        }),
      });
    });

    it("fails at module load on a row with a separator smuggled into a value", async () => {
      const tampered = source.replace("getPart|GET|/things/", "getPart|GET|/th|ings/");
      expect(tampered).not.toBe(source);
      await expect(load(tampered)).rejects.toThrow(
        /decodeOperationTable: not \d+ fields: getPart\|/,
      );
    });
  });
});
