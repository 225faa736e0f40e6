/**
 * App-only access with the client credentials grant: catalog data (albums, artists, search),
 * no user data. The SDK fetches the token, renews it before it expires and shares one token
 * request between concurrent calls.
 *
 * Run:
 *   npx tsx --tsconfig tsconfig.examples.json examples/client-credentials.ts
 *
 * With SPOTIFY_SDK_CLIENT_ID and SPOTIFY_SDK_CLIENT_SECRET set (from your app on
 * https://developer.spotify.com/dashboard), it calls the real Web API; the SDK reads both
 * variables itself. Without them, it runs against the embedded mock Spotify on 127.0.0.1.
 */
import { SpotifyClient } from "spotify-ts-sdk";
import { createMockSpotify } from "spotify-ts-sdk/testing";

const hasCredentials =
  Boolean(process.env.SPOTIFY_SDK_CLIENT_ID) && Boolean(process.env.SPOTIFY_SDK_CLIENT_SECRET);
await using mock = hasCredentials ? undefined : await createMockSpotify();

await using client = mock
  ? // The mock accepts exactly these credentials; accountsUrl points the token request at it.
    SpotifyClient.fromClientCredentials({
      clientId: "mock-client-id",
      clientSecret: "mock-client-secret",
      baseUrl: mock.baseUrl,
      accountsUrl: mock.accountsUrl,
    })
  : SpotifyClient.fromClientCredentials();
console.log(mock ? `Using the mock Spotify at ${mock.baseUrl}` : "Using the real Spotify Web API");

// Three calls at once: the first one fetches the token, the other two wait for it.
const [found, album, artist] = await Promise.all([
  client.search.search({ q: "kind of blue", type: ["album"], limit: 3 }),
  client.albums.get("4aawyAB9vmqN3uQ7FjRGTy"),
  client.artists.get("0kbYTNQb4Pb1rPbbaF0pT4"),
]);
for (const item of found.albums?.items ?? []) if (item) console.log(`Search hit: ${item.name}`);
console.log(`Album: ${album.name}`);
console.log(`Artist: ${artist.name}`);
if (mock) {
  const tokenRequests = mock.requests.filter((r) => r.operationId === "token").length;
  console.log(`Token requests: ${tokenRequests}`);
}
