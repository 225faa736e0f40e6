/**
 * `npm run demo`: the quickstart, run end to end.
 *
 * Without credentials it starts the embedded mock Spotify (`spotify-ts-sdk/testing`) and runs
 * against it; with SPOTIFY_SDK_CLIENT_ID and SPOTIFY_SDK_CLIENT_SECRET set it runs the
 * client-credentials part against the real API instead.
 */
import {
  ForbiddenError,
  NotFoundError,
  SpotifyClient,
  SpotifyError,
  SpotifyValidationError,
} from "../src/index.js";
import { createMockSpotify, type MockSpotify } from "../src/testing/index.js";

const ALBUM_ID = "4aawyAB9vmqN3uQ7FjRGTy";
const PLAYLIST_ID = "37i9dQZF1DXcBWIGoYBM5M";

function line(text = ""): void {
  process.stdout.write(`${text}\n`);
}

async function quickstart(client: SpotifyClient): Promise<void> {
  line("1. An album and its tracks");
  const album = await client.albums.get(`https://open.spotify.com/album/${ALBUM_ID}?si=demo`);
  line(
    `   ${album.name} (${album.release_date}) by ${album.artists.map((a) => a.name).join(", ")}`,
  );
  const tracks = await client.albums.getTracks(album.id, { limit: 5 });
  for (const track of tracks.items) line(`   ${track.track_number}. ${track.name}`);
  line(`   ... ${tracks.total} tracks in all`);

  line("\n2. A search");
  const found = await client.search.search({
    q: "kind of blue",
    type: ["album", "artist"],
    limit: 3,
  });
  for (const item of found.albums?.items ?? []) if (item) line(`   album:  ${item.name}`);
  for (const item of found.artists?.items ?? []) if (item) line(`   artist: ${item.name}`);
}

async function mockOnly(client: SpotifyClient, mock: MockSpotify): Promise<void> {
  line("\n3. Every item of a 730-item playlist, pages fetched four at a time");
  let count = 0;
  let last = "";
  for await (const entry of client.playlists.getItems(PLAYLIST_ID, { limit: 50 })) {
    count += 1;
    last = entry.item?.name ?? entry.track?.name ?? "(unavailable)";
    // A live progress line on a terminal; a few plain lines when piped.
    if (process.stdout.isTTY && count % 50 === 0) process.stdout.write(`\r   ${count} items...`);
    else if (!process.stdout.isTTY && count % 250 === 0) line(`   ${count} items...`);
  }
  line(`${process.stdout.isTTY ? "\r" : ""}   ${count} items, the last one "${last}"`);

  line("\n4. Errors are typed");
  try {
    await client.albums.get("../me");
  } catch (error) {
    if (error instanceof SpotifyValidationError) {
      line(`   SpotifyValidationError before sending (${error.path}): ${error.message}`);
    }
  }
  mock.fault("getAlbum", { kind: "status", status: 404, times: 1 });
  try {
    await client.albums.get(ALBUM_ID);
  } catch (error) {
    if (error instanceof NotFoundError) line(`   NotFoundError ${error.status}: ${error.message}`);
  }
  mock.fault("getNewReleases", { kind: "status", status: 403, times: 1 });
  try {
    await client.browse.getNewReleases();
  } catch (error) {
    if (error instanceof ForbiddenError) line(`   ForbiddenError: ${error.message}`);
  }
}

async function main(): Promise<void> {
  const clientId = process.env.SPOTIFY_SDK_CLIENT_ID;
  const clientSecret = process.env.SPOTIFY_SDK_CLIENT_SECRET;
  if (clientId && clientSecret) {
    line("Credentials found: running against the real Spotify Web API.\n");
    await using client = SpotifyClient.fromClientCredentials({ clientId, clientSecret });
    await quickstart(client);
    return;
  }
  await using mock = await createMockSpotify({ seed: 2026, sizes: { playlistItems: 730 } });
  line(`No credentials set: running against the embedded mock Spotify at ${mock.baseUrl}\n`);
  await using client = SpotifyClient.fromClientCredentials({
    clientId: "mock-client-id",
    clientSecret: "mock-client-secret",
    baseUrl: mock.baseUrl,
    accountsUrl: mock.accountsUrl,
  });
  await quickstart(client);
  await mockOnly(client, mock);
  const tokenCalls = mock.requests.filter((r) => r.service === "accounts").length;
  line(`\nDone: ${mock.requests.length} requests, ${tokenCalls} of them for a token.`);
}

main().catch((error: unknown) => {
  const text = error instanceof SpotifyError ? `${error.name}: ${error.message}` : String(error);
  process.stderr.write(`demo failed: ${text}\n`);
  process.exitCode = 1;
});
