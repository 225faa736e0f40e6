/**
 * Saving items to the signed-in user's library with the unified `PUT /me/library` endpoint:
 * tracks, albums, episodes, shows and audiobooks in one call. Spotify URIs and open.spotify.com
 * links are both accepted; the SDK turns links into URIs, and splits long lists into batches of
 * the size Spotify allows.
 *
 * Run:
 *   npx tsx --tsconfig tsconfig.examples.json examples/save-to-library.ts [uri-or-link ...]
 *
 * With SPOTIFY_ACCESS_TOKEN set to a user token with the `user-library-modify` scope (e.g. from
 * `authorize-local.ts`), it changes that user's real library. Without it, it runs against the
 * embedded mock Spotify on 127.0.0.1.
 */
import { ForbiddenError, SpotifyClient } from "spotify-ts-sdk";
import { createMockSpotify } from "spotify-ts-sdk/testing";

const DEFAULT_ITEMS = [
  "spotify:track:4uLU6hMCjMI75M1A2tKUQC",
  "https://open.spotify.com/album/4aawyAB9vmqN3uQ7FjRGTy?si=shared-link",
];
const items = process.argv.length > 2 ? process.argv.slice(2) : DEFAULT_ITEMS;

const envToken = process.env.SPOTIFY_ACCESS_TOKEN;
await using mock = envToken ? undefined : await createMockSpotify();
const accessToken = envToken ?? mock?.issueToken({ scope: "user-library-modify" }) ?? "";
await using client = new SpotifyClient({ accessToken, baseUrl: mock?.baseUrl });

try {
  await client.library.saveItems({ uris: items });
  console.log(`Saved ${items.length} items to the library:`);
  for (const item of items) console.log(`  ${item}`);
} catch (error) {
  if (!(error instanceof ForbiddenError)) throw error;
  console.error(`Spotify refused (${error.message}); does the token have user-library-modify?`);
  process.exitCode = 1;
}

if (mock) {
  // What went over the wire: links became URIs in the query string.
  const sent = mock.requests.find((r) => r.operationId === "saveLibraryItems");
  console.log(`Sent: ${sent?.method} ${sent?.path}?uris=${sent?.query.uris}`);
}
