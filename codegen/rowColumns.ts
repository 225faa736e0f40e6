/**
 * The column kinds of the encoded operation table (see codegen/rowEncoding.ts): for each, the
 * text a value is written as, the checks that make it read back the same, and the expression the
 * emitted decoder rebuilds it with.
 */
import { type Column, EncodingError, fail, safeText, UNSAFE_IN_FIELD } from "./rowEncoding.js";

function expectString(value: unknown, id: string, key: string): string {
  if (typeof value !== "string") fail(id, key, `expected a string, got ${JSON.stringify(value)}`);
  return value;
}

/** The `{name}` segments of a path template: the same loop as the emitted `templateParams`. */
function templateParams(path: string): string[] {
  const names: string[] = [];
  for (let open = path.indexOf("{"); open !== -1; open = path.indexOf("{", open + 1)) {
    names.push(path.slice(open + 1, path.indexOf("}", open)));
  }
  return names;
}

/** Wraps a required encoder so an absent value is an error, an optional one so it is `""`. */
function column(
  key: string,
  optional: boolean,
  encodePresent: (value: unknown, id: string) => string,
  decode: Column["decode"],
  extra: Pick<Column, "helpers" | "setup"> = { helpers: [] },
): Column {
  return {
    key,
    stored: true,
    optional,
    decode,
    ...extra,
    encode(value, _row, id) {
      if (value === undefined) {
        if (optional) return "";
        fail(id, key, "is required");
      }
      const text = encodePresent(value, id);
      if (optional && text === "") fail(id, key, "a present value must not encode as empty text");
      return text;
    },
  };
}

/** A string column written as is (`optional`: empty when absent). */
function plainText(key: string, optional: boolean): Column {
  return column(
    key,
    optional,
    (v, id) => safeText(expectString(v, id, key), id, key, UNSAFE_IN_FIELD),
    (field) => field(key),
  );
}

/** Column kinds. Each documents its text form. */
export const columns = {
  /** The string as is. */
  text: (key: string): Column => plainText(key, false),

  /** The string as is; empty when absent. */
  optionalText: (key: string): Column => plainText(key, true),

  /** The string, or empty when it equals the operationId (a method named like its operation). */
  textOrId: (key: string): Column =>
    column(
      key,
      false,
      (v, id) => {
        const text = safeText(expectString(v, id, key), id, key, UNSAFE_IN_FIELD);
        if (text === "") fail(id, key, "must not be empty (empty text means the operationId)");
        return text === id ? "" : text;
      },
      (field) => `${field(key)} || id`,
    ),

  /**
   * The value's index in `values` (decimal), which the decoder keeps in a dictionary built once.
   * Optional enums are empty when absent.
   */
  enumeration: (key: string, values: readonly string[], optional = false): Column => {
    const dictionary = `${key}Values`;
    return column(
      key,
      optional,
      (v, id) => {
        const index = values.indexOf(expectString(v, id, key));
        if (index < 0) fail(id, key, `${JSON.stringify(v)} is not one of ${values.join(", ")}`);
        return String(index);
      },
      (field) => `${dictionary}[+(${field(key)} as string)]`,
      { helpers: [], setup: [`const ${dictionary} = ${JSON.stringify(values)};`] },
    );
  },

  /** `1` or `0`. */
  flag: (key: string): Column =>
    column(
      key,
      false,
      (v, id) => {
        if (typeof v !== "boolean")
          fail(id, key, `expected true or false, got ${JSON.stringify(v)}`);
        return v ? "1" : "0";
      },
      (field) => `${field(key)} === "1"`,
    ),

  /**
   * Not stored: the `{name}` segments of the row's `path`, in order. Generation fails for a row
   * whose value differs, so the derivation can never silently disagree with the document.
   */
  pathTemplateParams: (key: string, pathKey: string): Column => {
    if (key === pathKey) throw new EncodingError(`field ${key}: cannot derive from itself`);
    return {
      key,
      stored: false,
      optional: false,
      helpers: ["templateParams"],
      decode: (field) => `templateParams(${field(pathKey)} as string)`,
      encode(value, row, id) {
        const path = expectString(row[pathKey], id, pathKey);
        const derived = templateParams(path);
        if (JSON.stringify(derived) !== JSON.stringify(value)) {
          fail(
            id,
            key,
            `${JSON.stringify(value)} differs from the path's ${JSON.stringify(derived)}`,
          );
        }
        return "";
      },
    };
  },
};
