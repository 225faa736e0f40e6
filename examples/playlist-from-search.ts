/**
 * Building a playlist from search results: page through a track search (Spotify returns at most
 * 10 results per type and call), create a private playlist for the signed-in user and add the
 * tracks to it.
 *
 * Run:
 *   npx tsx --tsconfig tsconfig.examples.json examples/playlist-from-search.ts ["search words"] [count]
 *
 * With SPOTIFY_ACCESS_TOKEN set to a user token with the `playlist-modify-private` scope (e.g.
 * from `authorize-local.ts`), it creates the playlist in that user's account. Without it, it runs
 * against the embedded mock Spotify on 127.0.0.1.
 */
import { SpotifyClient } from "spotify-ts-sdk";
import { createMockSpotify } from "spotify-ts-sdk/testing";

// Spotify's cap on `limit` for search since 2026.
const SEARCH_PAGE_SIZE = 10;

const query = process.argv[2] ?? "kind of blue";
const wanted = Number(process.argv[3] ?? 25);
if (!Number.isInteger(wanted) || wanted < 1) {
  throw new RangeError(`count must be a whole number above 0, got ${process.argv[3]}`);
}

const envToken = process.env.SPOTIFY_ACCESS_TOKEN;
await using mock = envToken ? undefined : await createMockSpotify();
const accessToken = envToken ?? mock?.issueToken({ scope: "playlist-modify-private" }) ?? "";
await using client = new SpotifyClient({ accessToken, baseUrl: mock?.baseUrl });

// Search answers one page per type rather than a single list, so it is paged by hand here.
const uris = new Set<string>();
for (let offset = 0; uris.size < wanted; offset += SEARCH_PAGE_SIZE) {
  const page = await client.search.search({
    q: query,
    type: ["track"],
    limit: SEARCH_PAGE_SIZE,
    offset,
  });
  const tracks = page.tracks?.items ?? [];
  for (const track of tracks) if (track && uris.size < wanted) uris.add(track.uri);
  if (!page.tracks?.next || tracks.length === 0) break;
}
console.log(`Found ${uris.size} tracks for "${query}"`);

const playlist = await client.playlists.create({
  name: `${query} (from search)`,
  description: `The first ${uris.size} tracks Spotify found for "${query}".`,
  public: false,
});
console.log(`Created playlist "${playlist.name}" (${playlist.id})`);

// Lists longer than Spotify's 100 per request are sent in batches by the SDK.
const added = await client.playlists.addItems(playlist.id, { uris: [...uris] });
console.log(`Added ${uris.size} tracks; snapshot ${added.snapshot_id}`);
console.log(`Open it: ${playlist.external_urls.spotify}`);
