/**
 * Exporting the signed-in user's saved tracks to a JSON file. Awaiting a list call gives its
 * first page (with the total); `for await` over the same call then yields every item across all
 * pages, with later pages fetched a few at a time.
 *
 * Run:
 *   npx tsx --tsconfig tsconfig.examples.json examples/export-library.ts [output.json]
 *
 * The file defaults to ./saved-tracks.json. With SPOTIFY_ACCESS_TOKEN set to a user token with
 * the `user-library-read` scope (e.g. from `authorize-local.ts`), it exports that user's library.
 * Without it, it runs against the embedded mock Spotify on 127.0.0.1, with 120 saved tracks.
 */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { SpotifyClient } from "spotify-ts-sdk";
import { createMockSpotify } from "spotify-ts-sdk/testing";

/** One line of the export. */
interface ExportedTrack {
  addedAt: string;
  uri: string;
  name: string;
  artists: string[];
  album: string;
  durationMs: number;
}

const output = resolve(process.argv[2] ?? "saved-tracks.json");

const envToken = process.env.SPOTIFY_ACCESS_TOKEN;
await using mock = envToken ? undefined : await createMockSpotify({ sizes: { savedTracks: 120 } });
const accessToken = envToken ?? mock?.issueToken({ scope: "user-library-read" }) ?? "";
await using client = new SpotifyClient({ accessToken, baseUrl: mock?.baseUrl });

// 50 is the largest page Spotify serves here: fewer round trips.
const saved = client.tracks.getSaved({ limit: 50 });
const firstPage = await saved;
console.log(`Exporting ${firstPage.total} saved tracks...`);

const rows: ExportedTrack[] = [];
// The first page is not fetched again: iteration starts from the one awaited above.
for await (const { added_at, track } of saved) {
  rows.push({
    addedAt: added_at,
    uri: track.uri,
    name: track.name,
    artists: track.artists.map((artist) => artist.name),
    album: track.album.name,
    durationMs: track.duration_ms,
  });
}

await writeFile(output, `${JSON.stringify(rows, null, 2)}\n`, "utf8");
console.log(`Wrote ${rows.length} tracks to ${output}`);
if (mock) {
  const pages = mock.requests.filter((r) => r.operationId === "getSavedTracks").length;
  console.log(`Pages requested: ${pages}`);
}
