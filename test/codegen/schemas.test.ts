import * as v from "valibot";
import { describe, expect, it } from "vitest";
import {
  AlbumObjectSchema,
  ArtistObjectSchema,
  getPlaylistItemsResponses,
  PagingSavedTrackObjectSchema,
  PlaybackStateObjectSchema,
  PlaylistObjectSchema,
  SearchResponseSchema,
  TrackObjectSchema,
} from "../../generated/schemas.js";
import * as body from "./fixtures/bodies.js";

/** `items[3].track.album.id: <message>` for the first issue, as the SDK reports it. */
function firstProblem(schema: v.GenericSchema, value: unknown): string {
  const result = v.safeParse(schema, value);
  if (result.success) return "accepted";
  const issue = result.issues[0];
  return `${v.getDotPath(issue) ?? "(root)"}: ${issue.message}`;
}

describe("generated schemas accept Development Mode shapes", () => {
  it("accepts an album without available_markets, label, popularity and genres", () => {
    const album = body.album(false);
    expect(album).not.toHaveProperty("label");
    expect(v.safeParse(AlbumObjectSchema, album).success).toBe(true);
  });

  it("accepts an artist without followers, popularity and genres", () => {
    expect(v.safeParse(ArtistObjectSchema, body.artist(false)).success).toBe(true);
  });

  it("accepts a track whose preview_url is null", () => {
    const parsed = v.parse(TrackObjectSchema, body.track(false));
    expect(parsed.preview_url).toBeNull();
  });
});

describe("generated schemas accept Extended Quota shapes", () => {
  it("keeps the fields only Extended Quota apps receive", () => {
    const parsed = v.parse(AlbumObjectSchema, body.album(true));
    expect(parsed.popularity).toBe(71);
    expect(parsed.available_markets).toEqual(["SE", "US"]);
  });

  it("accepts an artist with followers and popularity", () => {
    expect(v.parse(ArtistObjectSchema, body.artist(true)).followers?.total).toBe(1204);
  });

  it("keeps unknown fields Spotify may add later (objects are loose)", () => {
    const parsed = v.parse(TrackObjectSchema, { ...body.track(false), brand_new_field: 1 });
    expect(parsed).toHaveProperty("brand_new_field", 1);
  });
});

describe("playlists", () => {
  it("accepts a playlist without a cover (images: null)", () => {
    expect(v.parse(PlaylistObjectSchema, body.playlist([], null)).images).toBeNull();
  });

  it("accepts a playlist the user does not own (no items member)", () => {
    expect(v.parse(PlaylistObjectSchema, body.playlist(undefined)).items).toBeUndefined();
  });

  it("accepts local files and episodes next to tracks", () => {
    const entries = [
      body.playlistEntry(body.track(false)),
      body.playlistEntry(body.localTrack(), true),
      body.playlistEntry(body.episode()),
    ];
    const parsed = v.parse(PlaylistObjectSchema, body.playlist(entries, [body.image(null)]));
    expect(parsed.items?.items.map((entry) => entry.is_local)).toEqual([false, true, false]);
  });

  it("accepts an entry whose content is gone (item: null)", () => {
    const page = body.page("/playlists/x/items", [body.playlistEntry(null)]);
    expect(v.safeParse(getPlaylistItemsResponses["200"], page).success).toBe(true);
  });
});

describe("pages and player", () => {
  it("accepts empty pages", () => {
    expect(v.safeParse(PagingSavedTrackObjectSchema, body.page("/me/tracks", [])).success).toBe(
      true,
    );
    const search = { tracks: body.page("/search", []), artists: body.page("/search", []) };
    expect(v.safeParse(SearchResponseSchema, search).success).toBe(true);
  });

  it("accepts a playback state with a null context", () => {
    expect(v.parse(PlaybackStateObjectSchema, body.playbackState()).context).toBeNull();
  });
});

describe("generated schemas reject wrong types, naming the field", () => {
  it("names the nested field of a wrong album id", () => {
    const album = body.album(false);
    const broken = {
      ...album,
      tracks: { ...album.tracks, items: [{ ...album.tracks.items[0], id: 42 }] },
    };
    expect(firstProblem(AlbumObjectSchema, broken)).toMatch(/^tracks\.items\.0\.id: .*string.*42/);
  });

  it("names a missing required field", () => {
    const { name: _name, ...nameless } = body.artist(false);
    expect(firstProblem(ArtistObjectSchema, nameless)).toMatch(/^name: /);
  });

  it("uses the schema's own message for a broken constraint", () => {
    const state = body.playbackState();
    const loud = { ...state, device: { ...state.device, volume_percent: 101 } };
    expect(firstProblem(PlaybackStateObjectSchema, loud)).toBe(
      "device.volume_percent: must be at most 100",
    );
  });
});
