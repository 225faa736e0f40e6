import { describe, expect, it } from "vitest";
import { emitTypes } from "../../codegen/emitTypes.js";
import { parseDocument } from "../../codegen/loadDocument.js";
import { compileSchema, undeclaredRequired } from "../../codegen/schemaCompiler.js";

const doc = parseDocument(`
openapi: 3.0.3
info: { title: regressions, version: "1" }
paths: {}
components:
  schemas:
    Track:
      type: object
      required: [type]
      properties: { type: { type: string, enum: [track] } }
    Episode:
      type: object
      required: [type]
      properties: { type: { type: string, enum: [episode] } }
    Playable:
      oneOf: [{ $ref: "#/components/schemas/Track" }, { $ref: "#/components/schemas/Episode" }]
      discriminator: { propertyName: type }
    Page:
      type: object
      required: [total, items]
      properties: { total: { type: integer } }
`);

describe("regressions", () => {
  it("keeps Spotify's lower-case `type` values although a discriminator has no mapping", async () => {
    // openapi-typescript would otherwise type Track.type as the component name "Track".
    const types = await emitTypes(doc);
    expect(types).toMatch(/type: "track"/);
    expect(types).not.toMatch(/type: "Track"/);
  });

  it("ignores (and reports) required names that no property declares, like openapi-typescript", () => {
    const ctx = {
      doc,
      constName: (n: string) => `${n}Schema`,
      isLazy: () => false,
      plainObjects: new Set<string>(),
    };
    expect(compileSchema(doc.components?.schemas?.Page, ctx)).not.toContain("items");
    expect(undeclaredRequired(doc)).toEqual(["#/components/schemas/Page: items"]);
  });

  it("uses v.variant for a discriminated oneOf of plain objects", () => {
    const plain = new Set(["Track", "Episode"]);
    const ctx = {
      doc,
      constName: (n: string) => `${n}Schema`,
      isLazy: () => false,
      plainObjects: plain,
    };
    expect(compileSchema(doc.components?.schemas?.Playable, ctx)).toBe(
      'v.variant("type", [TrackSchema, EpisodeSchema])',
    );
  });
});
