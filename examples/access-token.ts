/**
 * The shortest way in: an access token you already have (from your backend, the Spotify console,
 * or `authorize-local.ts`). The SDK cannot renew such a token; when it expires, calls fail with
 * AuthenticationError.
 *
 * Run:
 *   npx tsx --tsconfig tsconfig.examples.json examples/access-token.ts
 *
 * With SPOTIFY_ACCESS_TOKEN set, it calls the real Web API. Without it, it starts the embedded
 * mock Spotify (`spotify-ts-sdk/testing`) on 127.0.0.1 and uses a token issued by the mock.
 */
import { AuthenticationError, SpotifyClient } from "spotify-ts-sdk";
import { createMockSpotify } from "spotify-ts-sdk/testing";

const ALBUM_ID = "4aawyAB9vmqN3uQ7FjRGTy";

const envToken = process.env.SPOTIFY_ACCESS_TOKEN;
// `await using` closes the mock (and below, the client) when the module finishes.
await using mock = envToken ? undefined : await createMockSpotify();
const accessToken = envToken ?? mock?.issueToken() ?? "";
console.log(mock ? `Using the mock Spotify at ${mock.baseUrl}` : "Using the real Spotify Web API");

// `baseUrl` undefined means the default, https://api.spotify.com/v1.
await using client = new SpotifyClient({ accessToken, baseUrl: mock?.baseUrl });

try {
  const album = await client.albums.get(ALBUM_ID);
  const artists = album.artists.map((artist) => artist.name).join(", ");
  console.log(`Album: ${album.name} by ${artists} (${album.id})`);
  console.log(`Tracks: ${album.tracks.total}, released ${album.release_date}`);
} catch (error) {
  if (error instanceof AuthenticationError) {
    console.error(`The token was refused (${error.message}); get a fresh one and try again.`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
