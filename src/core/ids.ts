/**
 * Spotify identifiers in the three spellings users paste: a bare ID, a `spotify:` URI and an
 * `open.spotify.com` link. The services normalise whichever they get before validation.
 */
import { SpotifyValidationError } from "../errors.js";

/** The kinds of object a Spotify URI can name. */
export type SpotifyObjectType =
  | "album"
  | "artist"
  | "audiobook"
  | "chapter"
  | "episode"
  | "playlist"
  | "show"
  | "track"
  | "user"
  | "category";

/** A URI or link split into its type and ID. */
export interface ParsedSpotifyRef {
  type: string;
  id: string;
}

const URI_PREFIX = "spotify:";
// Links may carry a locale segment (`/intl-de/`) or the embed prefix before the type.
const LINK_SKIPPED_SEGMENTS = /^(intl-[a-z]{2}(-[a-z]{2,4})?|embed)$/i;

/**
 * Splits a `spotify:type:id` URI or an `https://open.spotify.com/type/id` link.
 * Returns `undefined` for anything else (a bare ID, say).
 *
 * @example parseSpotifyRef("spotify:track:4uLU6hMCjMI75M1A2tKUQC") // { type: "track", id: "4uLU6hMCjMI75M1A2tKUQC" }
 */
export function parseSpotifyRef(input: string): ParsedSpotifyRef | undefined {
  const text = input.trim();
  if (text.startsWith(URI_PREFIX)) {
    const parts = text.slice(URI_PREFIX.length).split(":");
    // The old playlist form `spotify:user:{owner}:playlist:{id}` names the playlist last.
    if (parts.length === 4 && parts[0] === "user" && parts[2] === "playlist") {
      return { type: "playlist", id: parts[3] ?? "" };
    }
    if (parts.length === 2 && parts[0] && parts[1]) return { type: parts[0], id: parts[1] };
    return undefined;
  }
  if (!/^(https?:\/\/)?open\.spotify\.com\//i.test(text)) return undefined;
  let url: URL;
  try {
    url = new URL(text.includes("://") ? text : `https://${text}`);
  } catch {
    return undefined;
  }
  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  while (segments.length > 0 && LINK_SKIPPED_SEGMENTS.test(segments[0] ?? "")) segments.shift();
  if (segments.length === 4 && segments[0] === "user" && segments[2] === "playlist") {
    return { type: "playlist", id: decodeURIComponent(segments[3] ?? "") };
  }
  if (segments.length !== 2) return undefined;
  const [type, id] = segments as [string, string];
  return { type, id: decodeURIComponent(id) };
}

/**
 * Returns the ID for a bare ID, a URI or a link of the expected type.
 * A URI or link of another type is a {@link SpotifyValidationError} naming `parameter`.
 *
 * @example toSpotifyId("https://open.spotify.com/intl-de/album/4aawyAB9vmqN3uQ7FjRGTy?si=x", "album", "id")
 */
export function toSpotifyId(input: string, type: SpotifyObjectType, parameter: string): string {
  if (typeof input !== "string") {
    throw new SpotifyValidationError(`${parameter} must be a string, got ${typeof input}`, {
      path: parameter,
    });
  }
  const ref = parseSpotifyRef(input);
  if (ref === undefined) return input;
  if (ref.type !== type) {
    throw new SpotifyValidationError(
      `${parameter} expects a ${type} ID, URI or link, but was given a ${ref.type} URI or link`,
      { path: parameter },
    );
  }
  return ref.id;
}

/**
 * Returns a `spotify:type:id` URI for a URI or a link; anything else is returned unchanged so
 * that schema validation reports it.
 */
export function toSpotifyUri(input: string): string {
  if (typeof input !== "string") return input;
  const ref = parseSpotifyRef(input);
  return ref === undefined ? input : `${URI_PREFIX}${ref.type}:${ref.id}`;
}
