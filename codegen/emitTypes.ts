/**
 * Emits `generated/openapi.ts` with openapi-typescript's Node API. The options are chosen so the
 * types read like hand-written ones and stay faithful to the document's required lists.
 */
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { isObject, type OpenApiDocument } from "./loadDocument.js";

/**
 * Turns the document text into the `paths` / `components` / `operations` declarations.
 *
 * @example const source = await emitTypes(parseDocument(readFileSync("openapi/spotify.yaml", "utf8")));
 */
export async function emitTypes(doc: OpenApiDocument): Promise<string> {
  const ast = await openapiTS(withoutDiscriminators(doc) as unknown as OpenAPI3, {
    // `export type` aliases rather than interfaces, plus `SchemaAlbumObject`-style root aliases.
    exportType: true,
    rootTypes: true,
    // Union-of-literals instead of TS enums: enums would be runtime code in a types-only file.
    enum: false,
    immutable: false,
    // openapi-typescript otherwise makes every property with a `default` required, which would
    // disagree with the document (and with the valibot schemas) about optional fields.
    defaultNonNullable: false,
    // `{}` schemas become Record<string, unknown>, matching v.looseObject({}).
    emptyObjectsUnknown: true,
    alphabetize: false,
    silent: true,
  });
  return astToString(ast);
}

/**
 * A deep copy without `discriminator` objects. Given a discriminator without a mapping,
 * openapi-typescript overwrites each member's `type` with the component name (`"TrackObject"`),
 * while Spotify sends `"track"`; the members' own `type` properties already say the right thing.
 */
export function withoutDiscriminators(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutDiscriminators);
  if (!isObject(value)) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key !== "discriminator") copy[key] = withoutDiscriminators(child);
  }
  return copy;
}
