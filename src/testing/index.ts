/**
 * `spotify-ts-sdk/testing`: a local, deterministic mock of the Spotify Web API and accounts
 * service for tests, demos and benchmarks. Node only; it binds 127.0.0.1 and nothing else.
 *
 * @example
 * import { createMockSpotify } from "spotify-ts-sdk/testing";
 * await using mock = await createMockSpotify({ seed: 42 });
 * const album = await fetch(`${mock.baseUrl}/albums/abc`, {
 *   headers: { authorization: `Bearer ${mock.issueToken()}` },
 * }).then((r) => r.json()); // album.id === "abc"
 *
 * Conventions a test can rely on:
 * - Same `seed`, same bytes (apart from `href`s, which carry the port, and issued tokens).
 * - Requested ids come back: `GET /albums/{id}` has that `id`; several-ids endpoints answer one
 *   object per id in request order, and `null` for ids starting with `missing`.
 * - Collection members have ids that encode their position: `indexFromId(seed, scope, id)`
 *   returns it, with scope `playlist:<playlistId>` (tracks of a playlist), `followed-artists`,
 *   `saved:track` / `saved:album` / `saved:episode` / `saved:show` / `saved:audiobook`,
 *   `album:<albumId>` (album tracks) or `show:<showId>` (show episodes).
 * - In playlists, every {@link EPISODE_EVERY}th item is an episode (track form unless the request
 *   says `additional_types=episode`) and every {@link LOCAL_EVERY}th a local file with null ids.
 * - Empty successes: player commands and follow/unfollow answer 204, other edits 200 with an
 *   empty body, the cover upload 202.
 * - Requests with an `Origin` get CORS headers and preflights a 204 (left out of `requests`),
 *   so a page in a real browser can run against the mock.
 *
 * @module spotify-ts-sdk/testing
 */
export { EPISODE_EVERY, LOCAL_EVERY } from "./builders/playlist.js";
export { CURRENT_USER_ID } from "./builders/user.js";
export type { FaultRule, FaultSpec } from "./faults.js";
export { indexedId, indexFromId } from "./ids.js";
export { createMockSpotify, DEFAULT_SIZES } from "./server.js";
export { s256 as pkceChallenge } from "./tokens.js";
export type {
  ActiveFault,
  CollectionSizes,
  IssueTokenOptions,
  MockFixture,
  MockFixtureRequest,
  MockOperation,
  MockOperationKey,
  MockRequestRecord,
  MockSpotify,
  MockSpotifyOptions,
  ScopeRule,
} from "./types.js";
