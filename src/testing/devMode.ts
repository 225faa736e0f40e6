/**
 * Development Mode shapes: since February/March 2026 Spotify omits these fields for apps without
 * Extended Quota. Keys are the objects' `type`; the walk is generic so nested objects (a track's
 * album, an album's artists) are covered wherever they appear.
 */
const REMOVED: Readonly<Record<string, readonly string[]>> = {
  track: ["available_markets", "popularity", "linked_from"],
  album: ["available_markets", "popularity", "label", "album_group", "genres"],
  artist: ["followers", "popularity"],
  user: ["country", "email", "explicit_content", "followers", "product"],
  show: ["publisher", "available_markets"],
  audiobook: ["publisher", "available_markets"],
};

/** A copy of `value` without the fields Development Mode apps do not receive. */
export function stripDevelopmentModeFields(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripDevelopmentModeFields);
  if (typeof value !== "object" || value === null) return value;
  const type = "type" in value && typeof value.type === "string" ? value.type : undefined;
  const removed = type === undefined ? undefined : REMOVED[type];
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (removed?.includes(key)) continue;
    copy[key] = stripDevelopmentModeFields(field);
  }
  return copy;
}
