/**
 * generated/serviceIndex.ts is all SpotifyClient knows about its methods until the operation
 * table arrives with the first call, so it must name exactly the table's methods, each marked
 * the way the table's row says (path parameter, pagination).
 */
import { describe, expect, it } from "vitest";
import { operationRows } from "../../codegen/emitOperations.js";
import { encodeServiceIndex } from "../../codegen/emitServiceIndex.js";
import { parseDocument } from "../../codegen/loadDocument.js";
import { operationTable } from "../../generated/operations.js";
import { serviceMethods, serviceNames } from "../../generated/serviceIndex.js";

describe("the service index", () => {
  it("lists every operation of the table exactly once, marked as its row says", () => {
    const fromTable = Object.values(operationTable)
      .map((row) => ({
        method: `${row.service}.${row.name}`,
        pathParam: row.pathParams.length > 0,
        pagination: "pagination" in row ? row.pagination : undefined,
      }))
      .sort((a, b) => a.method.localeCompare(b.method));
    const fromIndex = serviceNames
      .flatMap((service) =>
        serviceMethods(service).map(([name, shape]) => ({
          method: `${service}.${name}`,
          pathParam: shape.pathParam,
          pagination: shape.pagination,
        })),
      )
      .sort((a, b) => a.method.localeCompare(b.method));
    expect(fromIndex).toEqual(fromTable);
    expect(fromIndex).toHaveLength(97);
  });

  it("refuses a namespace it does not have", () => {
    expect(() => serviceMethods("albumz")).toThrow("serviceMethods: no namespace albumz");
  });

  it("refuses at generation time a method name the decoder could not read back", () => {
    const doc = parseDocument(`
openapi: 3.0.3
info: { title: index, version: "1" }
paths:
  /albums/{id}:
    get:
      operationId: getAlbum
      tags: [albums]
      x-sdk-method: "get-album"
      x-spotify-availability: all
      parameters: [{ name: id, in: path, required: true, schema: { type: string } }]
      responses: { "200": { description: ok } }
`);
    expect(() => encodeServiceIndex(operationRows(doc))).toThrow(
      'getAlbum: "get-album" is not an identifier',
    );
  });
});
