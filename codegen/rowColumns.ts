/**
 * The column kinds of the encoded tables (see codegen/rowEncoding.ts): for each, the text a
 * value is written as, the checks that make it read back the same, and the expression the
 * emitted decoder rebuilds it with.
 */
import { isObject, type JsonObject } from "./loadDocument.js";
import {
  type Column,
  EncodingError,
  fail,
  LIST_SEPARATOR,
  LISTS_SEPARATOR,
  safeText,
  UNSAFE_IN_FIELD,
  UNSAFE_IN_ITEM,
} from "./rowEncoding.js";

function expectString(value: unknown, id: string, key: string): string {
  if (typeof value !== "string") fail(id, key, `expected a string, got ${JSON.stringify(value)}`);
  return value;
}

function expectList(value: unknown, id: string, key: string): string[] {
  if (!Array.isArray(value)) fail(id, key, `expected a list, got ${JSON.stringify(value)}`);
  return value.map((item) => {
    const text = safeText(expectString(item, id, key), id, key, UNSAFE_IN_ITEM);
    // An empty item would vanish from a one-item list ("" reads back as []).
    if (text === "") fail(id, key, "list items must not be empty");
    return text;
  });
}

/** Wraps a required encoder so an absent value is an error, an optional one so it is `""`. */
function column(
  key: string,
  optional: boolean,
  encodePresent: (value: unknown, id: string) => string,
  decode: string,
  helpers: Column["helpers"] = [],
): Column {
  return {
    key,
    stored: true,
    optional,
    decode,
    helpers,
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

/** Column kinds. Each documents its text form. */
export const columns = {
  /** The string as is. */
  text: (key: string): Column =>
    column(
      key,
      false,
      (v, id) => safeText(expectString(v, id, key), id, key, UNSAFE_IN_FIELD),
      key,
    ),

  /** The string as is; empty when absent. */
  optionalText: (key: string): Column =>
    column(
      key,
      true,
      (v, id) => safeText(expectString(v, id, key), id, key, UNSAFE_IN_FIELD),
      `${key} || undefined`,
    ),

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
      `${key} || id`,
    ),

  /**
   * One base-36 digit: the value's index in `values` (which the decoder carries). Optional enums
   * are empty when absent; `parseInt("")` is NaN, which indexes nothing.
   */
  enumeration: (key: string, values: readonly string[], optional = false): Column => {
    if (values.length > 36) throw new EncodingError(`field ${key}: more than 36 distinct values`);
    return column(
      key,
      optional,
      (v, id) => {
        const index = values.indexOf(expectString(v, id, key));
        if (index < 0) fail(id, key, `${JSON.stringify(v)} is not one of ${values.join(", ")}`);
        return index.toString(36);
      },
      `${JSON.stringify(values)}[parseInt(${key}, 36)]`,
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
      `${key} === "1"`,
    ),

  /** Items joined by `,`; empty for an empty list. */
  list: (key: string): Column =>
    column(key, false, (v, id) => expectList(v, id, key).join(LIST_SEPARATOR), `list(${key})`, [
      "list",
    ]),

  /** Lists joined by `;`, their items by `,`; empty when absent. */
  optionalLists: (key: string): Column =>
    column(
      key,
      true,
      (v, id) => {
        if (!Array.isArray(v)) fail(id, key, `expected a list of lists, got ${JSON.stringify(v)}`);
        return v
          .map((inner) => expectList(inner, id, key).join(LIST_SEPARATOR))
          .join(LISTS_SEPARATOR);
      },
      `${key} ? ${key}.split(${JSON.stringify(LISTS_SEPARATOR)}).map(list) : undefined`,
      ["list"],
    ),

  /** JSON with object keys sorted; empty when absent. */
  optionalJson: (key: string): Column =>
    column(
      key,
      true,
      (v, id) => safeText(JSON.stringify(sortKeys(v)), id, key, UNSAFE_IN_FIELD),
      `${key} ? JSON.parse(${key}) : undefined`,
    ),

  /** `x-spotify-max-items` as `in,max,name` (e.g. `query,50,ids`); empty when absent. */
  optionalLimit: (key: string): Column =>
    column(
      key,
      true,
      (v, id) => {
        const shape = isObject(v) ? Object.keys(v).sort().join() : "";
        if (
          !isObject(v) ||
          shape !== "in,max,name" ||
          (v.in !== "query" && v.in !== "body") ||
          !Number.isSafeInteger(v.max) ||
          typeof v.name !== "string"
        ) {
          fail(
            id,
            key,
            `expected { in: "query" | "body", max: integer, name }, got ${JSON.stringify(v)}`,
          );
        }
        return [v.in, String(v.max), safeText(v.name, id, key, UNSAFE_IN_ITEM)].join(
          LIST_SEPARATOR,
        );
      },
      `limit(${key})`,
      ["limit"],
    ),

  /**
   * Not stored: the `{name}` segments of the row's `path`, in order. Generation fails for a row
   * whose value differs, so the derivation can never silently disagree with the document.
   */
  pathTemplateParams: (key: string, pathKey: string): Column => ({
    key,
    stored: false,
    optional: false,
    helpers: [],
    decode: `Array.from(${pathKey}.matchAll(/\\{([^}]+)\\}/g), (match) => match[1])`,
    encode(value, row, id) {
      const path = expectString(row[pathKey], id, pathKey);
      const derived = Array.from(path.matchAll(/\{([^}]+)\}/g), (match) => match[1]);
      if (JSON.stringify(derived) !== JSON.stringify(value)) {
        fail(
          id,
          key,
          `${JSON.stringify(value)} differs from the path's ${JSON.stringify(derived)}`,
        );
      }
      return "";
    },
  }),
};

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (!isObject(value)) return value;
  const sorted: JsonObject = {};
  for (const key of Object.keys(value).sort()) sorted[key] = sortKeys(value[key]);
  return sorted;
}
