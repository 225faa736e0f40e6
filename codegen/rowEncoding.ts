/**
 * Writes the operation table's rows as compact text and emits the small function that reads them
 * back at module load. A 97-row object literal minifies to ~18 KB, most of it repeated key names
 * and quotes; as `|`-separated fields, with small enums as an index and derivable fields left
 * out, the same data is well under half of that. The operation table is in every app's initial
 * bundle, where that saves ~0.3 KB gzipped over JSON text (which generated/operationDetails.ts
 * uses, see jsonTable.ts). The precise row types are emitted separately, type-only, so the
 * encoding costs no type information.
 *
 * Decoding runs once, cold, in every fresh process, so the decoder does little per row: one
 * `split` over the whole text (a split per row cost ~0.15 ms more), fields read by index, each
 * row built as one object literal with the optional fields added only when present,
 * dictionaries and helpers set up once. On Node 20 that is ~0.4 ms for 97 rows, against
 * ~1.3 ms for a split per row, regex matching and `Object.fromEntries` filtering.
 *
 * Safety rests on the encoder: a value that would not read back the same (it contains a
 * separator, or a present optional value would print as the empty "absent" text) throws at
 * generation time, naming the operation and field. The decoder still checks that every row's
 * name starts a line, so a separator smuggled into the text fails at module load instead of
 * shifting every later field. The column kinds are in rowColumns.ts.
 */

/** Between the fields of a row, and after a row's last field. */
export const FIELD_SEPARATOR = "|";

/**
 * Never allowed in a field: the field and row separators, and what a template literal would
 * interpret (the text is emitted between backticks, one row per line, so diffs stay readable).
 */
export const UNSAFE_IN_FIELD = ["|", "\n", "\r", "`", "\\", "${"];

/** How one row field is written into its row's text and rebuilt by the emitted decoder. */
export interface Column {
  key: string;
  /** False for fields rebuilt from other fields: they take no place in the text. */
  stored: boolean;
  /** Absent fields are written as empty text; the decoder leaves the key out of the row. */
  optional: boolean;
  /** The field's text; throws when the value would not read back the same. */
  encode(value: unknown, row: Readonly<Record<string, unknown>>, id: string): string;
  /**
   * TypeScript expression that rebuilds a present value; `field(key)` is the expression of a
   * stored field's text, the row's name is in `id`. Never evaluated for an absent optional field.
   */
  decode(field: (key: string) => string): string;
  /** Statements run once before the rows are read, e.g. an enum's dictionary. */
  setup?: readonly string[];
  /** Names of {@link DECODER_HELPERS} the expression calls. */
  helpers: readonly (keyof typeof DECODER_HELPERS)[];
}

/** Functions the emitted decoders share, emitted only when a column calls them. */
export const DECODER_HELPERS = {
  templateParams: [
    "/** The `{name}` segments of a path template, in order. */",
    "function templateParams(path: string): string[] {",
    "  const names: string[] = [];",
    '  for (let open = path.indexOf("{"); open !== -1; open = path.indexOf("{", open + 1)) {',
    '    names.push(path.slice(open + 1, path.indexOf("}", open)));',
    "  }",
    "  return names;",
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

/**
 * The text of a table: a line per row, the row's name first, every field (the last one too)
 * followed by `|`. The text starts with a line break, so each row's name follows one and one
 * `split("|")` cuts the whole table. Throws on unencodable values.
 */
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
    lines.push(`${fields.join(FIELD_SEPARATOR)}${FIELD_SEPARATOR}`);
  }
  return `\n${lines.join("\n")}\n`;
}

/** Names the emitted decoder itself uses; a column named like one of them would shadow it. */
const DECODER_NAMES = new Set(["id", "text", "table", "fields", "at", "head", "row"]);

/**
 * The source of `function <name>(text: string): <type>`, which turns {@link encodeRows} text back
 * into the table: row keys in column order, required ones first.
 */
export function decoderSource(name: string, type: string, table: readonly Column[]): string {
  for (const col of table) {
    if (DECODER_NAMES.has(col.key) || col.key in DECODER_HELPERS) {
      throw new EncodingError(`field ${col.key}: the name is taken by the decoder`);
    }
    // Absence is read from the field's own text, so an optional field must have one.
    if (col.optional && !col.stored) {
      throw new EncodingError(`field ${col.key}: an optional field must be stored`);
    }
  }
  const stored = table.filter((col) => col.stored).map((col) => col.key);
  const rowSize = stored.length + 1;
  const field = (key: string) => {
    const index = stored.indexOf(key);
    if (index < 0) throw new EncodingError(`field ${key}: not stored, so no column can read it`);
    return `fields[at + ${index + 1}]`;
  };
  const required = table.filter((col) => !col.optional);
  const optional = table.filter((col) => col.optional);
  const helpers = [...new Set(table.flatMap((col) => col.helpers))].sort();
  return [
    `/** Reads the encoded table back: fields split at \`${FIELD_SEPARATOR}\`, ${rowSize} per row (codegen/rowEncoding.ts). */`,
    "/* @__NO_SIDE_EFFECTS__ */",
    `function ${name}(text: string): ${type} {`,
    ...table.flatMap((col) => col.setup ?? []).map((line) => `  ${line}`),
    "  const table: Record<string, unknown> = {};",
    `  const fields = text.split(${JSON.stringify(FIELD_SEPARATOR)});`,
    `  for (let at = 0; at < fields.length - 1; at += ${rowSize}) {`,
    "    const head = fields[at] as string;",
    // Only a row's name follows a line break: anywhere else, some field held a separator.
    `    if (head.charCodeAt(0) !== 10) throw new Error(\`${name}: not a row: \${head}\`);`,
    "    const id = head.slice(1);",
    "    const row: Record<string, unknown> = {",
    ...required.map((col) => `      ${col.key}: ${col.decode(field)},`),
    "    };",
    ...optional.map(
      (col) => `    if (${field(col.key)} !== "") row.${col.key} = ${col.decode(field)};`,
    ),
    "    table[id] = row;",
    "  }",
    `  return table as ${type};`,
    "}",
    "",
    ...helpers.flatMap((helper) => [...DECODER_HELPERS[helper], ""]),
  ].join("\n");
}
