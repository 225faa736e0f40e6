import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, expectTypeOf, it } from "vitest";
import { DetailShapeError, emitOperationDetails } from "../../codegen/emitOperationDetails.js";
import {
  DETAIL_KEYS,
  detailRows,
  emitOperations,
  operationRow,
  operationRows,
  printConstType,
  tableRows,
} from "../../codegen/emitOperations.js";
import { listOperations, parseDocument } from "../../codegen/loadDocument.js";
import { EncodingError } from "../../codegen/rowEncoding.js";
import { checkOutputs } from "../../codegen/writeOutputs.js";
import {
  type OperationDetails,
  type OperationDetailsTable,
  operationDetails,
  operationDetailsOf,
} from "../../generated/operationDetails.js";
import { type OperationSpec, operationTable } from "../../generated/operations.js";

const doc = parseDocument(`
openapi: 3.0.3
info:
  title: rows
  version: "1"
  x-spotify-availability-notes: { extended: "only for   extended apps" }
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

  it("copies service, method name, tier, the tier's note and replacement from the document", () => {
    expect(rows.get("uploadCover")).toMatchObject({
      method: "PUT",
      service: "playlists",
      name: "uploadCover",
      availability: "extended",
      availabilityNote: "only for extended apps",
      replacement: "PUT /somewhere/else",
    });
    expect(rows.get("reorderItems")?.availabilityNote).toBeUndefined();
  });

  it("refuses a tier the document has no note for", () => {
    const noNotes = parseDocument(
      JSON.stringify({ ...doc, info: { title: "rows", version: "1" } }),
    );
    expect(() => operationRows(noNotes)).toThrow(
      'uploadCover: x-spotify-availability is "extended" but info.x-spotify-availability-notes has no text for it',
    );
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

  it("parses operationDetails to exactly the rows the generator computed, fields in order", () => {
    const expected = Object.fromEntries(detailRows(curated));
    expect(operationDetails).toStrictEqual(expected);
    for (const [id, row] of detailRows(curated)) {
      expect(Object.keys(operationDetails[id as keyof typeof operationDetails]), id).toEqual(
        Object.keys(row),
      );
    }
  });

  it("splits each row between the two modules without losing or repeating a field", () => {
    // Read by the generator for the service interfaces' JSDoc, never printed into either module.
    const generatorOnly = new Set(["summary", "description", "deprecated"]);
    for (const [id, fullRow] of curated) {
      const row = Object.fromEntries(
        Object.entries(fullRow).filter(([key]) => !generatorOnly.has(key)),
      );
      const key = id as keyof typeof operationTable;
      const main = Object.keys(operationTable[key]);
      const details = Object.keys(operationDetails[key]);
      expect(
        main.filter((field) => details.includes(field)),
        id,
      ).toEqual([]);
      expect({ ...operationTable[key], ...operationDetails[key] }, id).toStrictEqual(row);
    }
  });

  it("keeps scopes, parameter lists, batching limits and response kinds out of operationTable", () => {
    for (const row of Object.values(operationTable)) {
      for (const key of DETAIL_KEYS) expect(row).not.toHaveProperty(key);
    }
    expect(operationDetails.uploadPlaylistCoverImage).toMatchObject({
      scopes: ["ugc-image-upload"],
      scopeAlternatives: [
        ["playlist-modify-public", "ugc-image-upload"],
        ["playlist-modify-private", "ugc-image-upload"],
      ],
      response: "accepted",
    });
    expect(operationDetails.checkLibraryContains.scopeRule.byType.artist).toBe("user-follow-read");
    expect(operationDetails.addPlaylistItems).toMatchObject({
      maxItems: { in: "body", max: 100, name: "uris" },
      queryParams: ["position", "uris"],
      listParams: ["uris"],
      bodyParams: ["uris", "position"],
    });
  });

  it("derives pathParams from the path template instead of storing them", () => {
    expect(operationTable.getPlaylistItems.pathParams).toEqual(["playlist_id"]);
    expect(operationTable.getAvailableMarkets.pathParams).toEqual([]);
  });

  it("keeps each value's literal type (the table is typed as if written `as const`)", () => {
    expectTypeOf<OperationSpec<"addPlaylistItems">["method"]>().toEqualTypeOf<"POST">();
    expectTypeOf<OperationSpec<"getAlbum">["pathParams"]>().toEqualTypeOf<readonly ["id"]>();
    expectTypeOf<OperationSpec<"getAlbum">>().not.toHaveProperty("replacement");
    expectTypeOf<OperationSpec<"addPlaylistItems">>().not.toHaveProperty("scopes");
    expectTypeOf<OperationSpec<"addPlaylistItems">>().not.toHaveProperty("maxItems");
    expectTypeOf<OperationSpec<"addPlaylistItems">>().not.toHaveProperty("queryParams");
    expectTypeOf<OperationSpec<"addPlaylistItems">>().not.toHaveProperty("response");
    expect(printConstType({ b: [1, "x", []], a: { c: true } })).toBe(
      '{ readonly a: { readonly c: true }; readonly b: readonly [1, "x", readonly []] }',
    );
  });
});

describe("operationDetailsOf", () => {
  it("parses one operation's line to exactly its row of operationDetails, for all 97", () => {
    const ids = Object.keys(operationDetails) as (keyof OperationDetailsTable)[];
    expect(ids).toHaveLength(97);
    for (const id of ids) expect(operationDetailsOf(id)).toEqual(operationDetails[id]);
    expect(operationDetailsOf("getAlbum")).toBe(operationDetailsOf("getAlbum"));
  });

  it("refuses an operationId the table does not have", () => {
    expect(() => operationDetailsOf("getAlbumz" as "getAlbum")).toThrow(
      "operationDetailsOf: no operation getAlbumz",
    );
  });
});

describe("the operation details' types", () => {
  it("keeps each value's literal type, with optional fields only where present", () => {
    type AddItems = OperationDetailsTable["addPlaylistItems"];
    expectTypeOf<AddItems["maxItems"]>().toEqualTypeOf<{
      readonly in: "body";
      readonly max: 100;
      readonly name: "uris";
    }>();
    expectTypeOf<AddItems["listParams"]>().toEqualTypeOf<readonly ["uris"]>();
    expectTypeOf<AddItems["response"]>().toEqualTypeOf<"json">();
    expectTypeOf<OperationDetailsTable["getAlbum"]["scopes"]>().toEqualTypeOf<readonly []>();
    expectTypeOf<OperationDetailsTable["getAlbum"]>().not.toHaveProperty("maxItems");
    expectTypeOf<OperationDetailsTable["getAlbum"]>().not.toHaveProperty("scopeRule");
  });

  it("gives every row the documented OperationDetails shape", () => {
    expectTypeOf<OperationDetailsTable[keyof OperationDetailsTable]>().toExtend<OperationDetails>();
  });
});

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
const part = withOperation(`operationId: getPart${pathParams}`);

const scratch = resolve(".tmp", `operation-modules-${process.pid}`);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let loads = 0;
/** Imports emitted module source; a new file per load, as imports are cached by URL. */
async function load(source: string, name: string): Promise<unknown> {
  mkdirSync(scratch, { recursive: true });
  const file = join(scratch, `module-${++loads}.ts`);
  writeFileSync(file, source);
  return (await import(pathToFileURL(file).href))[name];
}

describe("encoding safety", () => {
  it("refuses at generation time a value that contains the field separator", () => {
    const doc = withOperation(`operationId: getPart\nx-sdk-method: "get|part"${pathParams}`);
    expect(() => emitOperations(doc)).toThrow(EncodingError);
    expect(() => emitOperations(doc)).toThrow(/getPart, field name: "get\|part" contains "\|"/);
  });

  it("refuses path parameters listed in another order than the path, which would be derived wrongly", () => {
    const doc = withOperation(`
operationId: getPart
parameters:
  - { name: part_id, in: path, required: true, schema: { type: string } }
  - { name: thing_id, in: path, required: true, schema: { type: string } }`);
    expect(() => emitOperations(doc)).toThrow(/field pathParams: .* differs from the path's/);
  });

  describe("the emitted decoder", () => {
    const { source } = emitOperations(part);

    it("reads back the rows it was emitted with", async () => {
      expect(await load(source, "operationTable")).toStrictEqual({
        getPart: {
          method: "GET",
          path: "/things/{thing_id}/parts/{part_id}",
          service: "default",
          name: "getPart",
          availability: "all",
          idempotent: true,
          requestBody: "none",
          pathParams: ["thing_id", "part_id"],
        },
      });
    });

    it("fails at module load on a row with a separator smuggled into a value", async () => {
      const tampered = source.replace("getPart|GET|/things/", "getPart|GET|/th|ings/");
      expect(tampered).not.toBe(source);
      await expect(load(tampered, "operationTable")).rejects.toThrow(
        /decodeOperationTable: not a row: /,
      );
    });
  });
});

describe("the operation details' JSON text", () => {
  it("reads back the details it was emitted with", async () => {
    const details = emitOperationDetails(operationRows(part));
    expect(details).toContain("const OPERATION_DETAILS_TEXT = `{\n");
    expect(await load(details, "operationDetails")).toStrictEqual({
      getPart: {
        scopes: [],
        response: "empty",
        queryParams: [],
        listParams: [],
        bodyParams: [],
      },
    });
  });

  it("carries values holding JSON and template-literal syntax unchanged", async () => {
    // Backslashes, backticks, `${` and quotes would end or change the text if left unescaped;
    // `|`, `,` and `;` were separators of the text format the details used before.
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the literal `${x}` is the point.
    const names = ["a`b", "${x}", "c\\nd", '"quoted"', "e|f,g;h"];
    const doc = withOperation(`
operationId: getPart
security: [{ oauth: ["scope;one"] }, { oauth: ["scope,two"] }]
parameters:
  - { name: thing_id, in: path, required: true, schema: { type: string } }
  - { name: part_id, in: path, required: true, schema: { type: string } }
${names.map((name) => `  - { name: ${JSON.stringify(name)}, in: query, schema: { type: string } }`).join("\n")}`);
    const source = emitOperationDetails(operationRows(doc));
    const details = (await load(source, "operationDetails")) as Record<string, unknown>;
    expect(details.getPart).toMatchObject({
      queryParams: names,
      scopeAlternatives: [["scope;one"], ["scope,two"]],
    });
    // One line parsed alone reads back the same, escapes and all.
    const detailsOf = (await load(source, "operationDetailsOf")) as (id: string) => unknown;
    expect(detailsOf("getPart")).toEqual(details.getPart);
  });

  it("refuses an x-spotify-max-items other than the documented { in, max, name }", () => {
    const doc = withOperation(
      `operationId: getPart\nx-spotify-max-items: { in: header, max: 5, name: ids }${pathParams}`,
    );
    expect(() => emitOperationDetails(operationRows(doc))).toThrow(DetailShapeError);
    expect(() => emitOperationDetails(operationRows(doc))).toThrow(
      /getPart, field maxItems: expected \{ in: "query" \| "body"/,
    );
  });

  it("refuses an x-spotify-scope-rule other than the documented { parameter, byType }", () => {
    const doc = withOperation(
      `operationId: getPart\nx-spotify-scope-rule: { parameter: ids, byType: { artist: 3 } }${pathParams}`,
    );
    expect(() => emitOperationDetails(operationRows(doc))).toThrow(
      /getPart, field scopeRule: expected \{ parameter, byType/,
    );
  });
});
