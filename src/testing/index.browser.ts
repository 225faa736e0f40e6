/**
 * `spotify-ts-sdk/testing` as bundlers resolve it for browsers (the `browser` export condition).
 *
 * The mock is a local HTTP server, so it exists only under Node. Without this module a browser
 * bundle would fail on an unresolvable `node:http` import that names neither this package nor
 * the fix; here loading fails with a message that does. The names match the Node entry's runtime
 * exports (the package smoke test checks that), so bundlers resolve every import and the error
 * comes from this module.
 *
 * @module
 */

/** Why `spotify-ts-sdk/testing` cannot load here. */
const MESSAGE =
  "spotify-ts-sdk/testing runs only under Node (it starts a local HTTP server): import it from tests or scripts, not from browser code";

function nodeOnly(): never {
  throw new Error(MESSAGE);
}

nodeOnly();

export {
  nodeOnly as CURRENT_USER_ID,
  nodeOnly as createMockSpotify,
  nodeOnly as DEFAULT_SIZES,
  nodeOnly as EPISODE_EVERY,
  nodeOnly as indexedId,
  nodeOnly as indexFromId,
  nodeOnly as LOCAL_EVERY,
  nodeOnly as pkceChallenge,
};
