/**
 * A deterministic album JSON of about 11 KB, shaped like `GET /v1/albums/{id}` (14 tracks with
 * artists, images, external URLs), so every client parses the same realistic payload.
 */

const BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

/** A 22-character Spotify-like ID, derived from `seed` (no randomness: runs are comparable). */
function fakeId(seed: number): string {
  let value = seed * 2_654_435_761;
  let id = "";
  for (let i = 0; i < 22; i++) {
    value = (value * 1_103_515_245 + 12_345) % 2_147_483_648;
    id += BASE62[value % 62];
  }
  return id;
}

function artist(seed: number) {
  const id = fakeId(seed);
  return {
    external_urls: { spotify: `https://open.spotify.com/artist/${id}` },
    href: `https://api.spotify.com/v1/artists/${id}`,
    id,
    name: `Artist ${seed}`,
    type: "artist",
    uri: `spotify:artist:${id}`,
  };
}

function image(size: number, seed: number) {
  return {
    url: `https://i.scdn.co/image/ab67616d0000${fakeId(seed).slice(0, 20)}${size}`,
    height: size,
    width: size,
  };
}

/** The album body the bench server answers with. */
export function albumFixture(albumId: string): Record<string, unknown> {
  const mainArtist = artist(1);
  const tracks = Array.from({ length: 14 }, (_, index) => {
    const id = fakeId(100 + index);
    return {
      artists: index % 3 === 0 ? [mainArtist, artist(10 + index)] : [mainArtist],
      disc_number: 1,
      duration_ms: 180_000 + index * 7_919,
      explicit: index % 4 === 0,
      external_urls: { spotify: `https://open.spotify.com/track/${id}` },
      href: `https://api.spotify.com/v1/tracks/${id}`,
      id,
      is_playable: true,
      name: `Track number ${index + 1}`,
      track_number: index + 1,
      type: "track",
      uri: `spotify:track:${id}`,
      is_local: false,
    };
  });
  return {
    album_type: "album",
    total_tracks: tracks.length,
    external_urls: { spotify: `https://open.spotify.com/album/${albumId}` },
    href: `https://api.spotify.com/v1/albums/${albumId}`,
    id: albumId,
    images: [image(640, 2), image(300, 3), image(64, 4)],
    name: "A Benchmark Album",
    release_date: "2026-05-29",
    release_date_precision: "day",
    type: "album",
    uri: `spotify:album:${albumId}`,
    artists: [mainArtist],
    tracks: {
      href: `https://api.spotify.com/v1/albums/${albumId}/tracks?offset=0&limit=50`,
      limit: 50,
      next: null,
      offset: 0,
      previous: null,
      total: tracks.length,
      items: tracks,
    },
    copyrights: [
      { text: "(C) 2026 Bench Records", type: "C" },
      { text: "(P) 2026 Bench Records", type: "P" },
    ],
    external_ids: { upc: "00602445790852" },
  };
}
