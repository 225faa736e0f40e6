/**
 * Deterministic Spotify-style ids (22 base-62 characters).
 *
 * Collection members get ids that *encode their index* so a test can check order and uniqueness
 * without trusting a hash: `indexedId(seed, "playlist:abc", 7)` always differs from index 8, and
 * {@link indexFromId} reads the 7 back (the mock uses that to resume cursor pages).
 */
import { hashString, rngFor } from "./prng.js";

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
/** Width of the index field inside an indexed id: 62^6 is far beyond any collection size. */
const INDEX_WIDTH = 6;
const SCOPE_WIDTH = 4;
const ID_LENGTH = 22;

function toBase62(value: number, width: number): string {
  let text = "";
  let rest = Math.floor(value);
  for (let i = 0; i < width; i++) {
    text = BASE62[rest % 62] + text;
    rest = Math.floor(rest / 62);
  }
  return text;
}

function fromBase62(text: string): number | undefined {
  let value = 0;
  for (const char of text) {
    const digit = BASE62.indexOf(char);
    if (digit < 0) return undefined;
    value = value * 62 + digit;
  }
  return value;
}

function filler(seed: number, length: number, ...scope: readonly (string | number)[]): string {
  const rng = rngFor(seed, "id", ...scope);
  let text = "";
  for (let i = 0; i < length; i++) text += BASE62[rng.int(0, 61)];
  return text;
}

/** A free-standing deterministic id for `scope` (e.g. the album of a track). */
export function spotifyId(seed: number, ...scope: readonly (string | number)[]): string {
  return filler(seed, ID_LENGTH, ...scope);
}

/** The id of member `index` of the collection named `scope`; unique per (scope, index). */
export function indexedId(seed: number, scope: string, index: number): string {
  const scopePart = toBase62(hashString(`${seed}:${scope}`), SCOPE_WIDTH);
  const rest = ID_LENGTH - SCOPE_WIDTH - INDEX_WIDTH;
  return `${scopePart}${toBase62(index, INDEX_WIDTH)}${filler(seed, rest, scope, index)}`;
}

/** Reads the index back out of an {@link indexedId}; undefined for ids it did not make. */
export function indexFromId(seed: number, scope: string, id: string): number | undefined {
  if (id.length !== ID_LENGTH) return undefined;
  if (id.slice(0, SCOPE_WIDTH) !== toBase62(hashString(`${seed}:${scope}`), SCOPE_WIDTH)) {
    return undefined;
  }
  return fromBase62(id.slice(SCOPE_WIDTH, SCOPE_WIDTH + INDEX_WIDTH));
}

/** Hex digest-like string for image URLs and snapshot ids. */
export function hexId(
  seed: number,
  length: number,
  ...scope: readonly (string | number)[]
): string {
  const rng = rngFor(seed, "hex", ...scope);
  let text = "";
  for (let i = 0; i < length; i++) text += rng.int(0, 15).toString(16);
  return text;
}
