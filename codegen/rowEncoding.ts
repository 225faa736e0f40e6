/**
 * Writes table rows as compact text and emits the small function that reads them back at module
 * load. A 97-row object literal minifies to ~31 KB, most of it repeated key names and quotes; as
 * one line of `|`-separated fields per row, with small enums as one character and derivable
 * fields left out, the same data is well under half of that. (Gzip already squeezed the repeated
 * keys, so the gzipped gain is much smaller; the minified size is what engines parse.) The
 * precise row types are emitted separately, type-only, so the encoding costs no type information.
 *
 * Safety rests on the encoder: a value that would not read back the same (it contains a
 * separator, or a present optional value would print as the empty "absent" text) throws at
 * generation time, naming the operation and field. The column kinds are in rowColumns.ts.
 */

/** Between the fields of a row. */
export const FIELD_SEPARATOR = "|";
/** Between the items of a list field. */
export const LIST_SEPARATOR = ",";
/** Between the lists of a list-of-lists field. */
export const LISTS_SEPARATOR = ";";

/**
 * Never allowed in a field: the field and row separators, and what a template literal would
 * interpret (the text is emitted between backticks, one row per line, so diffs stay readable).
 */
export const UNSAFE_IN_FIELD = ["|", "\n", "\r", "`", "\\", "${"];
export const UNSAFE_IN_ITEM = [...UNSAFE_IN_FIELD, LIST_SEPARATOR, LISTS_SEPARATOR];

/** How one row field is written into its row's text and rebuilt by the emitted decoder. */
export interface Column {
  key: string;
  /** False for fields rebuilt from other fields: they take no place in the text. */
  stored: boolean;
  optional: boolean;
  /** The field's text; throws when the value would not read back the same. */
  encode(value: unknown, row: Readonly<Record<string, unknown>>, id: string): string;
  /**
   * TypeScript expression that rebuilds the value. Stored fields are in variables named after
   * their key, the row's name in `id`. Optional fields yield `undefined` when absent.
   */
  decode: string;
  /** Names of {@link DECODER_HELPERS} the expression calls. */
  helpers: readonly (keyof typeof DECODER_HELPERS)[];
}

/** Functions the emitted decoders share, emitted only when a column calls them. */
export const DECODER_HELPERS = {
  list: [
    "function list(text: string): string[] {",
    `  return text === "" ? [] : text.split(${JSON.stringify(LIST_SEPARATOR)});`,
    "}",
  ],
  limit: [
    "function limit(text: string): { in: string; max: number; name: string } | undefined {",
    `  const [at = "", max = "", name = ""] = text.split(${JSON.stringify(LIST_SEPARATOR)});`,
    '  return text === "" ? undefined : { in: at, max: Number(max), name };',
    "}",
  ],
} as const;

/** Thrown for a value the encoding cannot carry; the message names operation and field. */
export class EncodingError extends Error {
  override name = "EncodingError";
}

/** Throws an {@link EncodingError} naming the operation and field. */
export function fail(id: string, key: string, problem: string): never {
  throw new EncodingError(`operation ${id}, field ${key}: ${problem}`);
}

/** `text`, if it contains none of `unsafe`. */
export function safeText(text: string, id: string, key: string, unsafe: readonly string[]): string {
  const found = unsafe.find((part) => text.includes(part));
  if (found !== undefined) {
    fail(
      id,
      key,
      `${JSON.stringify(text)} contains ${JSON.stringify(found)}, which the encoded table reserves`,
    );
  }
  return text;
}

/** The text of a table: one line per row, the row's name first. Throws on unencodable values. */
export function encodeRows(
  rows: ReadonlyMap<string, Readonly<Record<string, unknown>>>,
  table: readonly Column[],
): string {
  const lines: string[] = [];
  for (const [id, row] of rows) {
    const fields = [safeText(id, id, "operationId", UNSAFE_IN_FIELD)];
    for (const col of table) {
      const text = col.encode(row[col.key], row, id);
      if (col.stored) fields.push(text);
    }
    lines.push(fields.join(FIELD_SEPARATOR));
  }
  return lines.join("\n");
}

/** Names the emitted decoder itself uses; a column named like one of them would shadow it. */
const DECODER_NAMES = new Set(["id", "text", "table", "line", "fields", "row", "value", "match"]);

/**
 * The source of `function <name>(text: string): <type>`, which turns {@link encodeRows} text back
 * into the table. It checks each row's field count, so a value that smuggled in a separator
 * fails at module load instead of shifting every later field.
 */
export function decoderSource(name: string, type: string, table: readonly Column[]): string {
  const stored = table.filter((col) => col.stored);
  for (const col of table) {
    if (DECODER_NAMES.has(col.key) || col.key in DECODER_HELPERS) {
      throw new EncodingError(`field ${col.key}: the name is taken by the decoder`);
    }
  }
  const fieldCount = stored.length + 1;
  const names = ["id", ...stored.map((col) => col.key)];
  const tuple = `[${names.map(() => "string").join(", ")}]`;
  const helpers = [...new Set(table.flatMap((col) => col.helpers))].sort();
  const anyOptional = table.some((col) => col.optional);
  const rowValue = anyOptional
    ? "Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined))"
    : "row";
  return [
    `/** Reads the encoded table back: one line per row, fields split at \`${FIELD_SEPARATOR}\` (codegen/rowEncoding.ts). */`,
    "/* @__NO_SIDE_EFFECTS__ */",
    `function ${name}(text: string): ${type} {`,
    "  const table: Record<string, unknown> = {};",
    '  for (const line of text.split("\\n")) {',
    '    if (line === "") continue;',
    `    const fields = line.split(${JSON.stringify(FIELD_SEPARATOR)});`,
    `    if (fields.length !== ${fieldCount}) throw new Error(\`${name}: not ${fieldCount} fields: \${line}\`);`,
    `    const [${names.join(", ")}] = fields as ${tuple};`,
    "    const row: Record<string, unknown> = {",
    ...table.map(
      (col) => `      ${col.decode === col.key ? col.key : `${col.key}: ${col.decode}`},`,
    ),
    "    };",
    `    table[id] = ${rowValue};`,
    "  }",
    `  return table as ${type};`,
    "}",
    "",
    ...helpers.flatMap((helper) => [...DECODER_HELPERS[helper], ""]),
  ].join("\n");
}
