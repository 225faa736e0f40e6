/**
 * The few operations whose inputs need more than the schema can say (rules carried over from the
 * Python spotify_sdk), and the friendlier parameter shapes they accept. Each rule checks and
 * rewrites the method's params object before validation; a violation is a
 * {@link SpotifyValidationError} and nothing is sent.
 */
import type { components } from "../../generated/openapi.js";
import { toSpotifyUri } from "../core/ids.js";
import { SpotifyValidationError } from "../errors.js";

type Schemas = components["schemas"];

/** Parameter shapes that differ from the generated ones, by operationId. */
export interface ParamOverrides {
  startPlayback: {
    device_id?: string;
    /** An album, artist, playlist or show to play; not together with `uris`. */
    context_uri?: string;
    /** Tracks or episodes to play; not together with `context_uri`. */
    uris?: string[];
    /** Where to start: a zero-based position, an item URI, or Spotify's own object form. */
    offset?: number | string | Schemas["PlaybackOffset"];
    position_ms?: number;
  };
  transferPlayback: {
    /** The one device to move playback to (a one-element array is accepted too). */
    device_ids: string | [string];
    play?: boolean;
  };
  removePlaylistItems: {
    /** URIs to remove; give this or `items`. */
    uris?: string[];
    /** Spotify's own form, `[{ uri }]`; give this or `uris`. */
    items?: Schemas["PlaylistItemUriObject"][];
    snapshot_id?: string;
  };
}

type Params = Record<string, unknown>;
type Rule = (params: Params) => Params;

function fail(path: string, message: string): never {
  throw new SpotifyValidationError(message, { path });
}

function defined(params: Params, key: string): boolean {
  return params[key] !== undefined;
}

function uriList(value: unknown): unknown {
  return Array.isArray(value) ? value.map((uri) => toSpotifyUri(uri as string)) : value;
}

const startPlayback: Rule = (params) => {
  if (defined(params, "context_uri") && defined(params, "uris")) {
    fail("body.context_uri", "startPlayback takes context_uri or uris, not both");
  }
  const out: Params = { ...params };
  if (typeof out.context_uri === "string") out.context_uri = toSpotifyUri(out.context_uri);
  if (defined(out, "uris")) out.uris = uriList(out.uris);
  const offset = out.offset;
  if (offset !== undefined) {
    if (!defined(out, "context_uri") && !defined(out, "uris")) {
      fail("body.offset", "startPlayback offset needs context_uri or uris");
    }
    if (typeof offset === "number") out.offset = { position: offset };
    else if (typeof offset === "string") out.offset = { uri: toSpotifyUri(offset) };
  }
  return out;
};

const transferPlayback: Rule = (params) => {
  const ids = params.device_ids;
  const list = typeof ids === "string" ? [ids] : ids;
  if (!Array.isArray(list) || list.length !== 1 || typeof list[0] !== "string" || !list[0]) {
    fail("body.device_ids", "transferPlayback takes exactly one device id");
  }
  return { ...params, device_ids: list };
};

const DETAIL_FIELDS = ["name", "public", "collaborative", "description"];

const changePlaylistDetails: Rule = (params) => {
  if (!DETAIL_FIELDS.some((field) => defined(params, field))) {
    fail("body", `changeDetails needs at least one of ${DETAIL_FIELDS.join(", ")}`);
  }
  if (params.collaborative === true && params.public !== false) {
    fail("body.collaborative", "a collaborative playlist must also be private: pass public: false");
  }
  return params;
};

const removePlaylistItems: Rule = (params) => {
  const { uris, ...rest } = params;
  if ((uris === undefined) === (params.items === undefined)) {
    fail("body.items", "removeItems takes uris or items (one of them)");
  }
  if (uris === undefined) return rest;
  if (!Array.isArray(uris)) fail("body.uris", "uris must be an array of URIs");
  return { ...rest, items: uris.map((uri) => ({ uri: toSpotifyUri(uri as string) })) };
};

const getRecentlyPlayed: Rule = (params) => {
  if (defined(params, "after") && defined(params, "before")) {
    fail("query.after", "getRecentlyPlayed takes after or before, not both");
  }
  return params;
};

/** The rule of each operation that has one. */
export const inputRules: Readonly<Record<string, Rule>> = {
  startPlayback,
  transferPlayback,
  changePlaylistDetails,
  removePlaylistItems,
  getRecentlyPlayed,
};
