import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { operationRow } from "../../codegen/emitOperations.js";
import { listOperations, parseDocument } from "../../codegen/loadDocument.js";
import { checkOutputs } from "../../codegen/writeOutputs.js";

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
