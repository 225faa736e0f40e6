/**
 * Turns a service method's arguments into the `{ path, query, body }` input of an operation:
 * IDs given as URIs or links become IDs, links become URIs where Spotify wants URIs, lists given
 * as comma-joined strings become arrays, and each key goes where the operation declares it.
 */
import { type SpotifyObjectType, toSpotifyId, toSpotifyUri } from "../core/ids.js";
import { SpotifyValidationError } from "../errors.js";

/** The table fields the normaliser reads. */
export interface InputRow {
  readonly path: string;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  readonly listParams: readonly string[];
  readonly requestBody: "none" | "json" | "image";
  readonly bodyParams: readonly string[];
}

/** An operation's input by location, as openapi-fetch takes it. */
export interface OperationInputParts {
  path?: Record<string, string>;
  query?: Record<string, unknown>;
  body?: unknown;
}

// The object type each path segment's IDs name; `audio-features/{id}` takes a track ID.
const SEGMENT_TYPES: Readonly<Record<string, SpotifyObjectType>> = {
  albums: "album",
  artists: "artist",
  audiobooks: "audiobook",
  chapters: "chapter",
  episodes: "episode",
  shows: "show",
  tracks: "track",
  playlists: "playlist",
  users: "user",
  "audio-features": "track",
  "audio-analysis": "track",
  followers: "user",
};

const SEED_TYPES: Readonly<Record<string, SpotifyObjectType>> = {
  seed_artists: "artist",
  seed_tracks: "track",
};

const URI_KEYS = new Set(["uri", "uris", "context_uri"]);

interface RowFacts {
  pathType: SpotifyObjectType | undefined;
  /** Undefined where it depends on the call (`/me/following` reads its `type` parameter). */
  idsType: SpotifyObjectType | undefined;
}

// Derived once per operation rather than on every call.
const FACTS = new WeakMap<InputRow, RowFacts>();

function factsOf(row: InputRow): RowFacts {
  let facts = FACTS.get(row);
  if (facts === undefined) {
    const [pathParam] = row.pathParams;
    facts = {
      pathType: pathParam === undefined ? undefined : pathParamType(row.path, pathParam),
      idsType: row.path.startsWith("/me/following") ? undefined : idsType(row.path, {}),
    };
    FACTS.set(row, facts);
  }
  return facts;
}

/** The object type the `ids` of this route name (the last resource segment of the path). */
function idsType(path: string, query: Record<string, unknown>): SpotifyObjectType | undefined {
  if (path.startsWith("/me/following")) {
    return query.type === "user" ? "user" : query.type === "artist" ? "artist" : undefined;
  }
  const segments = path.split("/").filter((s) => s !== "" && !s.startsWith("{"));
  for (let i = segments.length - 1; i >= 0; i--) {
    const type = SEGMENT_TYPES[segments[i] as string];
    if (type) return type;
  }
  return undefined;
}

function pathParamType(path: string, name: string): SpotifyObjectType | undefined {
  const segments = path.split("/");
  const at = segments.indexOf(`{${name}}`);
  return at > 0 ? SEGMENT_TYPES[segments[at - 1] as string] : undefined;
}

function asList(value: unknown): unknown {
  return typeof value === "string" ? value.split(",").map((part) => part.trim()) : value;
}

function normaliseValue(
  key: string,
  value: unknown,
  idType: SpotifyObjectType | undefined,
): unknown {
  if (URI_KEYS.has(key)) {
    if (Array.isArray(value)) return value.map((uri) => toSpotifyUri(uri as string));
    return typeof value === "string" ? toSpotifyUri(value) : value;
  }
  const type = key === "ids" ? idType : SEED_TYPES[key];
  if (type && Array.isArray(value)) {
    return value.map((id, index) =>
      typeof id === "string" ? toSpotifyId(id, type, `${key}[${index}]`) : id,
    );
  }
  return value;
}

/**
 * Splits `params` into query and body by the operation's declared parameters (a key declared for
 * both, like `uris` when adding playlist items, goes into the JSON body), normalising IDs and URIs.
 */
export function buildInput(
  row: InputRow,
  pathValue: unknown,
  params: unknown,
): OperationInputParts {
  const input: OperationInputParts = {};
  const [pathParam] = row.pathParams;
  if (pathParam !== undefined) {
    if (typeof pathValue !== "string") {
      throw new SpotifyValidationError(`${pathParam} must be a string`, {
        path: `path.${pathParam}`,
      });
    }
    const type = factsOf(row).pathType;
    const id = type ? toSpotifyId(pathValue, type, pathParam) : pathValue;
    // `.` and `..` survive percent-encoding and would move the request to another path.
    if (id === "" || id === "." || id === "..") {
      throw new SpotifyValidationError(`${pathParam} must not be empty, "." or ".."`, {
        path: `path.${pathParam}`,
      });
    }
    input.path = { [pathParam]: id };
  }
  if (row.requestBody === "image") {
    input.body = params;
    return input;
  }
  if (params === undefined || params === null) return input;
  if (typeof params !== "object" || Array.isArray(params)) {
    throw new SpotifyValidationError("parameters must be an object", { path: "params" });
  }
  const query: Record<string, unknown> = {};
  const body: Record<string, unknown> = {};
  const source = params as Record<string, unknown>;
  const idType = factsOf(row).idsType ?? idsType(row.path, source);
  for (const [key, raw] of Object.entries(source)) {
    if (raw === undefined) continue;
    const isList = row.listParams.includes(key) || key === "ids" || key === "uris";
    const value = normaliseValue(key, isList ? asList(raw) : raw, idType);
    if (
      row.requestBody === "json" &&
      (row.bodyParams.includes(key) || !row.queryParams.includes(key))
    ) {
      body[key] = value;
    } else if (row.queryParams.includes(key)) {
      query[key] = value;
    } else {
      throw new SpotifyValidationError(
        `unknown parameter "${key}"; this operation takes ${[...row.queryParams].join(", ") || "no parameters"}`,
        { path: `query.${key}` },
      );
    }
  }
  if (Object.keys(query).length > 0) input.query = query;
  if (Object.keys(body).length > 0) input.body = body;
  return input;
}
