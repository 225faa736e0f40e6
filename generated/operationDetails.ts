/**
 * What input checks and the mock server read about each operation, keyed by operationId.
 *
 * Generated from openapi/spotify.yaml by `npm run generate` (codegen/generate.ts).
 * Do not edit by hand: change the document or the generator, then regenerate.
 */

/**
 * The shape every row of {@link operationDetails} has; {@link OperationDetailsTable} has the
 * exact value of each.
 */
export interface OperationDetails {
  /** Scopes needed whichever security alternative applies (all of them are required). */
  readonly scopes: readonly string[];
  /** Present when the document lists several alternatives: a token must satisfy one of them. */
  readonly scopeAlternatives?: readonly (readonly string[])[];
  /** The scope each URI type in `parameter` needs; replaces `scopes` for those calls. */
  readonly scopeRule?: {
    readonly parameter: string;
    readonly byType: Readonly<Record<string, string>>;
  };
  /** A list input Spotify caps per request (`x-spotify-max-items`); longer lists go in batches. */
  readonly maxItems?: {
    readonly in: "query" | "body";
    readonly max: number;
    readonly name: string;
  };
  /** What a success answers with: a JSON body, no body, or no body and 202 Accepted. */
  readonly response: "json" | "empty" | "accepted";
  /** The names of the query parameters. */
  readonly queryParams: readonly string[];
  /** Query parameters sent as one comma-joined value (`style: form, explode: false` arrays). */
  readonly listParams: readonly string[];
  /** JSON body fields; a name that is also an optional query parameter goes in the body. */
  readonly bodyParams: readonly string[];
}

/**
 * The exact type of every row of {@link operationDetails}: literal values, readonly tuples,
 * optional fields only where present. Type-only, so the precision costs nothing in a bundle.
 */
export type OperationDetailsTable = {
  readonly addPlaylistItems: {
    readonly scopes: readonly [];
    readonly scopeAlternatives: readonly [
      readonly ["playlist-modify-public"],
      readonly ["playlist-modify-private"],
    ];
    readonly maxItems: { readonly in: "body"; readonly max: 100; readonly name: "uris" };
    readonly response: "json";
    readonly queryParams: readonly ["position", "uris"];
    readonly listParams: readonly ["uris"];
    readonly bodyParams: readonly ["uris", "position"];
  };
  readonly addPlaylistTracks: {
    readonly scopes: readonly [];
    readonly scopeAlternatives: readonly [
      readonly ["playlist-modify-public"],
      readonly ["playlist-modify-private"],
    ];
    readonly maxItems: { readonly in: "body"; readonly max: 100; readonly name: "uris" };
    readonly response: "json";
    readonly queryParams: readonly ["position", "uris"];
    readonly listParams: readonly ["uris"];
    readonly bodyParams: readonly ["uris", "position"];
  };
  readonly addToQueue: {
    readonly scopes: readonly ["user-modify-playback-state"];
    readonly response: "empty";
    readonly queryParams: readonly ["uri", "device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly changePlaylistDetails: {
    readonly scopes: readonly [];
    readonly scopeAlternatives: readonly [
      readonly ["playlist-modify-public"],
      readonly ["playlist-modify-private"],
    ];
    readonly response: "empty";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["name", "public", "collaborative", "description"];
  };
  readonly checkFollowing: {
    readonly scopes: readonly ["user-follow-read"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["type", "ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly checkLibraryContains: {
    readonly scopes: readonly ["playlist-read-private", "user-follow-read", "user-library-read"];
    readonly scopeRule: {
      readonly byType: {
        readonly album: "user-library-read";
        readonly artist: "user-follow-read";
        readonly audiobook: "user-library-read";
        readonly episode: "user-library-read";
        readonly playlist: "playlist-read-private";
        readonly show: "user-library-read";
        readonly track: "user-library-read";
        readonly user: "user-follow-read";
      };
      readonly parameter: "uris";
    };
    readonly maxItems: { readonly in: "query"; readonly max: 40; readonly name: "uris" };
    readonly response: "json";
    readonly queryParams: readonly ["uris"];
    readonly listParams: readonly ["uris"];
    readonly bodyParams: readonly [];
  };
  readonly checkPlaylistFollowers: {
    readonly scopes: readonly [];
    readonly maxItems: { readonly in: "query"; readonly max: 1; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly checkSavedAlbums: {
    readonly scopes: readonly ["user-library-read"];
    readonly maxItems: { readonly in: "query"; readonly max: 20; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly checkSavedAudiobooks: {
    readonly scopes: readonly ["user-library-read"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly checkSavedEpisodes: {
    readonly scopes: readonly ["user-library-read"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly checkSavedShows: {
    readonly scopes: readonly ["user-library-read"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly checkSavedTracks: {
    readonly scopes: readonly ["user-library-read"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly createPlaylist: {
    readonly scopes: readonly [];
    readonly scopeAlternatives: readonly [
      readonly ["playlist-modify-public"],
      readonly ["playlist-modify-private"],
    ];
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["name", "public", "collaborative", "description"];
  };
  readonly createPlaylistForUser: {
    readonly scopes: readonly [];
    readonly scopeAlternatives: readonly [
      readonly ["playlist-modify-public"],
      readonly ["playlist-modify-private"],
    ];
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["name", "public", "collaborative", "description"];
  };
  readonly followArtistsOrUsers: {
    readonly scopes: readonly ["user-follow-modify"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "empty";
    readonly queryParams: readonly ["type", "ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly followPlaylist: {
    readonly scopes: readonly [];
    readonly scopeAlternatives: readonly [
      readonly ["playlist-modify-public"],
      readonly ["playlist-modify-private"],
    ];
    readonly response: "empty";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["public"];
  };
  readonly getAlbum: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAlbumTracks: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["market", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getArtist: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getArtistAlbums: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["include_groups", "market", "limit", "offset"];
    readonly listParams: readonly ["include_groups"];
    readonly bodyParams: readonly [];
  };
  readonly getArtistTopTracks: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAudioAnalysis: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAudioFeatures: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAudiobook: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAudiobookChapters: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["market", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAvailableDevices: {
    readonly scopes: readonly ["user-read-playback-state"];
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAvailableMarkets: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getCategories: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["locale", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getCategory: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["locale"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getCategoryPlaylists: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getChapter: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getCurrentUserPlaylists: {
    readonly scopes: readonly ["playlist-read-private"];
    readonly response: "json";
    readonly queryParams: readonly ["limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getCurrentUserProfile: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getCurrentlyPlaying: {
    readonly scopes: readonly ["user-read-currently-playing"];
    readonly response: "json";
    readonly queryParams: readonly ["market", "additional_types"];
    readonly listParams: readonly ["additional_types"];
    readonly bodyParams: readonly [];
  };
  readonly getEpisode: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getFeaturedPlaylists: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["locale", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getFollowedArtists: {
    readonly scopes: readonly ["user-follow-read"];
    readonly response: "json";
    readonly queryParams: readonly ["type", "after", "limit"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getGenreSeeds: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getNewReleases: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getPlaybackState: {
    readonly scopes: readonly ["user-read-playback-state"];
    readonly response: "json";
    readonly queryParams: readonly ["market", "additional_types"];
    readonly listParams: readonly ["additional_types"];
    readonly bodyParams: readonly [];
  };
  readonly getPlaylist: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["market", "fields", "additional_types"];
    readonly listParams: readonly ["additional_types"];
    readonly bodyParams: readonly [];
  };
  readonly getPlaylistCoverImage: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getPlaylistItems: {
    readonly scopes: readonly ["playlist-read-private"];
    readonly response: "json";
    readonly queryParams: readonly ["market", "fields", "limit", "offset", "additional_types"];
    readonly listParams: readonly ["additional_types"];
    readonly bodyParams: readonly [];
  };
  readonly getPlaylistTracks: {
    readonly scopes: readonly ["playlist-read-private"];
    readonly response: "json";
    readonly queryParams: readonly ["market", "fields", "limit", "offset", "additional_types"];
    readonly listParams: readonly ["additional_types"];
    readonly bodyParams: readonly [];
  };
  readonly getQueue: {
    readonly scopes: readonly ["user-read-currently-playing", "user-read-playback-state"];
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getRecentlyPlayed: {
    readonly scopes: readonly ["user-read-recently-played"];
    readonly response: "json";
    readonly queryParams: readonly ["limit", "after", "before"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getRecommendations: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly [
      "limit",
      "market",
      "seed_artists",
      "seed_genres",
      "seed_tracks",
      "min_acousticness",
      "max_acousticness",
      "target_acousticness",
      "min_danceability",
      "max_danceability",
      "target_danceability",
      "min_duration_ms",
      "max_duration_ms",
      "target_duration_ms",
      "min_energy",
      "max_energy",
      "target_energy",
      "min_instrumentalness",
      "max_instrumentalness",
      "target_instrumentalness",
      "min_key",
      "max_key",
      "target_key",
      "min_liveness",
      "max_liveness",
      "target_liveness",
      "min_loudness",
      "max_loudness",
      "target_loudness",
      "min_mode",
      "max_mode",
      "target_mode",
      "min_popularity",
      "max_popularity",
      "target_popularity",
      "min_speechiness",
      "max_speechiness",
      "target_speechiness",
      "min_tempo",
      "max_tempo",
      "target_tempo",
      "min_time_signature",
      "max_time_signature",
      "target_time_signature",
      "min_valence",
      "max_valence",
      "target_valence",
    ];
    readonly listParams: readonly ["seed_artists", "seed_genres", "seed_tracks"];
    readonly bodyParams: readonly [];
  };
  readonly getRelatedArtists: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getSavedAlbums: {
    readonly scopes: readonly ["user-library-read"];
    readonly response: "json";
    readonly queryParams: readonly ["limit", "offset", "market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getSavedAudiobooks: {
    readonly scopes: readonly ["user-library-read"];
    readonly response: "json";
    readonly queryParams: readonly ["limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getSavedEpisodes: {
    readonly scopes: readonly ["user-library-read"];
    readonly response: "json";
    readonly queryParams: readonly ["market", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getSavedShows: {
    readonly scopes: readonly ["user-library-read"];
    readonly response: "json";
    readonly queryParams: readonly ["limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getSavedTracks: {
    readonly scopes: readonly ["user-library-read"];
    readonly response: "json";
    readonly queryParams: readonly ["market", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralAlbums: {
    readonly scopes: readonly [];
    readonly maxItems: { readonly in: "query"; readonly max: 20; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["ids", "market"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralArtists: {
    readonly scopes: readonly [];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralAudioFeatures: {
    readonly scopes: readonly [];
    readonly maxItems: { readonly in: "query"; readonly max: 100; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralAudiobooks: {
    readonly scopes: readonly [];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["ids", "market"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralChapters: {
    readonly scopes: readonly [];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["ids", "market"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralEpisodes: {
    readonly scopes: readonly [];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["ids", "market"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralShows: {
    readonly scopes: readonly [];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["ids", "market"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralTracks: {
    readonly scopes: readonly [];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "json";
    readonly queryParams: readonly ["market", "ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getShow: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getShowEpisodes: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["market", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getTopArtists: {
    readonly scopes: readonly ["user-top-read"];
    readonly response: "json";
    readonly queryParams: readonly ["time_range", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getTopTracks: {
    readonly scopes: readonly ["user-top-read"];
    readonly response: "json";
    readonly queryParams: readonly ["time_range", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getTrack: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getUserPlaylists: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getUserProfile: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly pausePlayback: {
    readonly scopes: readonly ["user-modify-playback-state"];
    readonly response: "empty";
    readonly queryParams: readonly ["device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly removeLibraryItems: {
    readonly scopes: readonly [
      "playlist-modify-public",
      "user-follow-modify",
      "user-library-modify",
    ];
    readonly scopeRule: {
      readonly byType: {
        readonly album: "user-library-modify";
        readonly artist: "user-follow-modify";
        readonly audiobook: "user-library-modify";
        readonly episode: "user-library-modify";
        readonly playlist: "playlist-modify-public";
        readonly show: "user-library-modify";
        readonly track: "user-library-modify";
        readonly user: "user-follow-modify";
      };
      readonly parameter: "uris";
    };
    readonly maxItems: { readonly in: "query"; readonly max: 40; readonly name: "uris" };
    readonly response: "empty";
    readonly queryParams: readonly ["uris"];
    readonly listParams: readonly ["uris"];
    readonly bodyParams: readonly [];
  };
  readonly removePlaylistItems: {
    readonly scopes: readonly [];
    readonly scopeAlternatives: readonly [
      readonly ["playlist-modify-public"],
      readonly ["playlist-modify-private"],
    ];
    readonly maxItems: { readonly in: "body"; readonly max: 100; readonly name: "items" };
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["items", "snapshot_id"];
  };
  readonly removePlaylistTracks: {
    readonly scopes: readonly [];
    readonly scopeAlternatives: readonly [
      readonly ["playlist-modify-public"],
      readonly ["playlist-modify-private"],
    ];
    readonly maxItems: { readonly in: "body"; readonly max: 100; readonly name: "tracks" };
    readonly response: "json";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["tracks", "snapshot_id"];
  };
  readonly removeSavedAlbums: {
    readonly scopes: readonly ["user-library-modify"];
    readonly maxItems: { readonly in: "query"; readonly max: 20; readonly name: "ids" };
    readonly response: "empty";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly removeSavedAudiobooks: {
    readonly scopes: readonly ["user-library-modify"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "empty";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly removeSavedEpisodes: {
    readonly scopes: readonly ["user-library-modify"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "empty";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly removeSavedShows: {
    readonly scopes: readonly ["user-library-modify"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "empty";
    readonly queryParams: readonly ["ids", "market"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly removeSavedTracks: {
    readonly scopes: readonly ["user-library-modify"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "empty";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly reorderOrReplacePlaylistItems: {
    readonly scopes: readonly [];
    readonly scopeAlternatives: readonly [
      readonly ["playlist-modify-public"],
      readonly ["playlist-modify-private"],
    ];
    readonly response: "json";
    readonly queryParams: readonly ["uris"];
    readonly listParams: readonly ["uris"];
    readonly bodyParams: readonly [
      "uris",
      "range_start",
      "insert_before",
      "range_length",
      "snapshot_id",
    ];
  };
  readonly reorderOrReplacePlaylistTracks: {
    readonly scopes: readonly [];
    readonly scopeAlternatives: readonly [
      readonly ["playlist-modify-public"],
      readonly ["playlist-modify-private"],
    ];
    readonly response: "json";
    readonly queryParams: readonly ["uris"];
    readonly listParams: readonly ["uris"];
    readonly bodyParams: readonly [
      "uris",
      "range_start",
      "insert_before",
      "range_length",
      "snapshot_id",
    ];
  };
  readonly saveAlbums: {
    readonly scopes: readonly ["user-library-modify"];
    readonly maxItems: { readonly in: "query"; readonly max: 20; readonly name: "ids" };
    readonly response: "empty";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly saveAudiobooks: {
    readonly scopes: readonly ["user-library-modify"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "empty";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly saveEpisodes: {
    readonly scopes: readonly ["user-library-modify"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "empty";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly saveLibraryItems: {
    readonly scopes: readonly [
      "playlist-modify-public",
      "user-follow-modify",
      "user-library-modify",
    ];
    readonly scopeRule: {
      readonly byType: {
        readonly album: "user-library-modify";
        readonly artist: "user-follow-modify";
        readonly audiobook: "user-library-modify";
        readonly episode: "user-library-modify";
        readonly playlist: "playlist-modify-public";
        readonly show: "user-library-modify";
        readonly track: "user-library-modify";
        readonly user: "user-follow-modify";
      };
      readonly parameter: "uris";
    };
    readonly maxItems: { readonly in: "query"; readonly max: 40; readonly name: "uris" };
    readonly response: "empty";
    readonly queryParams: readonly ["uris"];
    readonly listParams: readonly ["uris"];
    readonly bodyParams: readonly [];
  };
  readonly saveShows: {
    readonly scopes: readonly ["user-library-modify"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "empty";
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly saveTracks: {
    readonly scopes: readonly ["user-library-modify"];
    readonly maxItems: { readonly in: "body"; readonly max: 50; readonly name: "ids" };
    readonly response: "empty";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["ids", "timestamped_ids"];
  };
  readonly search: {
    readonly scopes: readonly [];
    readonly response: "json";
    readonly queryParams: readonly ["q", "type", "market", "limit", "offset", "include_external"];
    readonly listParams: readonly ["type"];
    readonly bodyParams: readonly [];
  };
  readonly seekToPosition: {
    readonly scopes: readonly ["user-modify-playback-state"];
    readonly response: "empty";
    readonly queryParams: readonly ["position_ms", "device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly setPlaybackVolume: {
    readonly scopes: readonly ["user-modify-playback-state"];
    readonly response: "empty";
    readonly queryParams: readonly ["volume_percent", "device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly setRepeatMode: {
    readonly scopes: readonly ["user-modify-playback-state"];
    readonly response: "empty";
    readonly queryParams: readonly ["state", "device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly setShuffle: {
    readonly scopes: readonly ["user-modify-playback-state"];
    readonly response: "empty";
    readonly queryParams: readonly ["state", "device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly skipToNext: {
    readonly scopes: readonly ["user-modify-playback-state"];
    readonly response: "empty";
    readonly queryParams: readonly ["device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly skipToPrevious: {
    readonly scopes: readonly ["user-modify-playback-state"];
    readonly response: "empty";
    readonly queryParams: readonly ["device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly startPlayback: {
    readonly scopes: readonly ["user-modify-playback-state"];
    readonly response: "empty";
    readonly queryParams: readonly ["device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["context_uri", "uris", "offset", "position_ms"];
  };
  readonly transferPlayback: {
    readonly scopes: readonly ["user-modify-playback-state"];
    readonly response: "empty";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["device_ids", "play"];
  };
  readonly unfollowArtistsOrUsers: {
    readonly scopes: readonly ["user-follow-modify"];
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly response: "empty";
    readonly queryParams: readonly ["type", "ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly unfollowPlaylist: {
    readonly scopes: readonly [];
    readonly scopeAlternatives: readonly [
      readonly ["playlist-modify-public"],
      readonly ["playlist-modify-private"],
    ];
    readonly response: "empty";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly uploadPlaylistCoverImage: {
    readonly scopes: readonly ["ugc-image-upload"];
    readonly scopeAlternatives: readonly [
      readonly ["playlist-modify-public", "ugc-image-upload"],
      readonly ["playlist-modify-private", "ugc-image-upload"],
    ];
    readonly response: "accepted";
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
};

/** The details of every operation as JSON text, one line per operation (codegen/jsonTable.ts). */
const OPERATION_DETAILS_TEXT = `{
"addPlaylistItems":{"scopes":[],"scopeAlternatives":[["playlist-modify-public"],["playlist-modify-private"]],"maxItems":{"in":"body","name":"uris","max":100},"response":"json","queryParams":["position","uris"],"listParams":["uris"],"bodyParams":["uris","position"]},
"addPlaylistTracks":{"scopes":[],"scopeAlternatives":[["playlist-modify-public"],["playlist-modify-private"]],"maxItems":{"in":"body","name":"uris","max":100},"response":"json","queryParams":["position","uris"],"listParams":["uris"],"bodyParams":["uris","position"]},
"addToQueue":{"scopes":["user-modify-playback-state"],"response":"empty","queryParams":["uri","device_id"],"listParams":[],"bodyParams":[]},
"changePlaylistDetails":{"scopes":[],"scopeAlternatives":[["playlist-modify-public"],["playlist-modify-private"]],"response":"empty","queryParams":[],"listParams":[],"bodyParams":["name","public","collaborative","description"]},
"checkFollowing":{"scopes":["user-follow-read"],"maxItems":{"in":"query","name":"ids","max":50},"response":"json","queryParams":["type","ids"],"listParams":["ids"],"bodyParams":[]},
"checkLibraryContains":{"scopes":["playlist-read-private","user-follow-read","user-library-read"],"scopeRule":{"parameter":"uris","byType":{"track":"user-library-read","album":"user-library-read","episode":"user-library-read","show":"user-library-read","audiobook":"user-library-read","artist":"user-follow-read","user":"user-follow-read","playlist":"playlist-read-private"}},"maxItems":{"in":"query","name":"uris","max":40},"response":"json","queryParams":["uris"],"listParams":["uris"],"bodyParams":[]},
"checkPlaylistFollowers":{"scopes":[],"maxItems":{"in":"query","name":"ids","max":1},"response":"json","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"checkSavedAlbums":{"scopes":["user-library-read"],"maxItems":{"in":"query","name":"ids","max":20},"response":"json","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"checkSavedAudiobooks":{"scopes":["user-library-read"],"maxItems":{"in":"query","name":"ids","max":50},"response":"json","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"checkSavedEpisodes":{"scopes":["user-library-read"],"maxItems":{"in":"query","name":"ids","max":50},"response":"json","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"checkSavedShows":{"scopes":["user-library-read"],"maxItems":{"in":"query","name":"ids","max":50},"response":"json","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"checkSavedTracks":{"scopes":["user-library-read"],"maxItems":{"in":"query","name":"ids","max":50},"response":"json","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"createPlaylist":{"scopes":[],"scopeAlternatives":[["playlist-modify-public"],["playlist-modify-private"]],"response":"json","queryParams":[],"listParams":[],"bodyParams":["name","public","collaborative","description"]},
"createPlaylistForUser":{"scopes":[],"scopeAlternatives":[["playlist-modify-public"],["playlist-modify-private"]],"response":"json","queryParams":[],"listParams":[],"bodyParams":["name","public","collaborative","description"]},
"followArtistsOrUsers":{"scopes":["user-follow-modify"],"maxItems":{"in":"query","name":"ids","max":50},"response":"empty","queryParams":["type","ids"],"listParams":["ids"],"bodyParams":[]},
"followPlaylist":{"scopes":[],"scopeAlternatives":[["playlist-modify-public"],["playlist-modify-private"]],"response":"empty","queryParams":[],"listParams":[],"bodyParams":["public"]},
"getAlbum":{"scopes":[],"response":"json","queryParams":["market"],"listParams":[],"bodyParams":[]},
"getAlbumTracks":{"scopes":[],"response":"json","queryParams":["market","limit","offset"],"listParams":[],"bodyParams":[]},
"getArtist":{"scopes":[],"response":"json","queryParams":[],"listParams":[],"bodyParams":[]},
"getArtistAlbums":{"scopes":[],"response":"json","queryParams":["include_groups","market","limit","offset"],"listParams":["include_groups"],"bodyParams":[]},
"getArtistTopTracks":{"scopes":[],"response":"json","queryParams":["market"],"listParams":[],"bodyParams":[]},
"getAudioAnalysis":{"scopes":[],"response":"json","queryParams":[],"listParams":[],"bodyParams":[]},
"getAudioFeatures":{"scopes":[],"response":"json","queryParams":[],"listParams":[],"bodyParams":[]},
"getAudiobook":{"scopes":[],"response":"json","queryParams":["market"],"listParams":[],"bodyParams":[]},
"getAudiobookChapters":{"scopes":[],"response":"json","queryParams":["market","limit","offset"],"listParams":[],"bodyParams":[]},
"getAvailableDevices":{"scopes":["user-read-playback-state"],"response":"json","queryParams":[],"listParams":[],"bodyParams":[]},
"getAvailableMarkets":{"scopes":[],"response":"json","queryParams":[],"listParams":[],"bodyParams":[]},
"getCategories":{"scopes":[],"response":"json","queryParams":["locale","limit","offset"],"listParams":[],"bodyParams":[]},
"getCategory":{"scopes":[],"response":"json","queryParams":["locale"],"listParams":[],"bodyParams":[]},
"getCategoryPlaylists":{"scopes":[],"response":"json","queryParams":["limit","offset"],"listParams":[],"bodyParams":[]},
"getChapter":{"scopes":[],"response":"json","queryParams":["market"],"listParams":[],"bodyParams":[]},
"getCurrentUserPlaylists":{"scopes":["playlist-read-private"],"response":"json","queryParams":["limit","offset"],"listParams":[],"bodyParams":[]},
"getCurrentUserProfile":{"scopes":[],"response":"json","queryParams":[],"listParams":[],"bodyParams":[]},
"getCurrentlyPlaying":{"scopes":["user-read-currently-playing"],"response":"json","queryParams":["market","additional_types"],"listParams":["additional_types"],"bodyParams":[]},
"getEpisode":{"scopes":[],"response":"json","queryParams":["market"],"listParams":[],"bodyParams":[]},
"getFeaturedPlaylists":{"scopes":[],"response":"json","queryParams":["locale","limit","offset"],"listParams":[],"bodyParams":[]},
"getFollowedArtists":{"scopes":["user-follow-read"],"response":"json","queryParams":["type","after","limit"],"listParams":[],"bodyParams":[]},
"getGenreSeeds":{"scopes":[],"response":"json","queryParams":[],"listParams":[],"bodyParams":[]},
"getNewReleases":{"scopes":[],"response":"json","queryParams":["limit","offset"],"listParams":[],"bodyParams":[]},
"getPlaybackState":{"scopes":["user-read-playback-state"],"response":"json","queryParams":["market","additional_types"],"listParams":["additional_types"],"bodyParams":[]},
"getPlaylist":{"scopes":[],"response":"json","queryParams":["market","fields","additional_types"],"listParams":["additional_types"],"bodyParams":[]},
"getPlaylistCoverImage":{"scopes":[],"response":"json","queryParams":[],"listParams":[],"bodyParams":[]},
"getPlaylistItems":{"scopes":["playlist-read-private"],"response":"json","queryParams":["market","fields","limit","offset","additional_types"],"listParams":["additional_types"],"bodyParams":[]},
"getPlaylistTracks":{"scopes":["playlist-read-private"],"response":"json","queryParams":["market","fields","limit","offset","additional_types"],"listParams":["additional_types"],"bodyParams":[]},
"getQueue":{"scopes":["user-read-currently-playing","user-read-playback-state"],"response":"json","queryParams":[],"listParams":[],"bodyParams":[]},
"getRecentlyPlayed":{"scopes":["user-read-recently-played"],"response":"json","queryParams":["limit","after","before"],"listParams":[],"bodyParams":[]},
"getRecommendations":{"scopes":[],"response":"json","queryParams":["limit","market","seed_artists","seed_genres","seed_tracks","min_acousticness","max_acousticness","target_acousticness","min_danceability","max_danceability","target_danceability","min_duration_ms","max_duration_ms","target_duration_ms","min_energy","max_energy","target_energy","min_instrumentalness","max_instrumentalness","target_instrumentalness","min_key","max_key","target_key","min_liveness","max_liveness","target_liveness","min_loudness","max_loudness","target_loudness","min_mode","max_mode","target_mode","min_popularity","max_popularity","target_popularity","min_speechiness","max_speechiness","target_speechiness","min_tempo","max_tempo","target_tempo","min_time_signature","max_time_signature","target_time_signature","min_valence","max_valence","target_valence"],"listParams":["seed_artists","seed_genres","seed_tracks"],"bodyParams":[]},
"getRelatedArtists":{"scopes":[],"response":"json","queryParams":[],"listParams":[],"bodyParams":[]},
"getSavedAlbums":{"scopes":["user-library-read"],"response":"json","queryParams":["limit","offset","market"],"listParams":[],"bodyParams":[]},
"getSavedAudiobooks":{"scopes":["user-library-read"],"response":"json","queryParams":["limit","offset"],"listParams":[],"bodyParams":[]},
"getSavedEpisodes":{"scopes":["user-library-read"],"response":"json","queryParams":["market","limit","offset"],"listParams":[],"bodyParams":[]},
"getSavedShows":{"scopes":["user-library-read"],"response":"json","queryParams":["limit","offset"],"listParams":[],"bodyParams":[]},
"getSavedTracks":{"scopes":["user-library-read"],"response":"json","queryParams":["market","limit","offset"],"listParams":[],"bodyParams":[]},
"getSeveralAlbums":{"scopes":[],"maxItems":{"in":"query","name":"ids","max":20},"response":"json","queryParams":["ids","market"],"listParams":["ids"],"bodyParams":[]},
"getSeveralArtists":{"scopes":[],"maxItems":{"in":"query","name":"ids","max":50},"response":"json","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"getSeveralAudioFeatures":{"scopes":[],"maxItems":{"in":"query","name":"ids","max":100},"response":"json","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"getSeveralAudiobooks":{"scopes":[],"maxItems":{"in":"query","name":"ids","max":50},"response":"json","queryParams":["ids","market"],"listParams":["ids"],"bodyParams":[]},
"getSeveralChapters":{"scopes":[],"maxItems":{"in":"query","name":"ids","max":50},"response":"json","queryParams":["ids","market"],"listParams":["ids"],"bodyParams":[]},
"getSeveralEpisodes":{"scopes":[],"maxItems":{"in":"query","name":"ids","max":50},"response":"json","queryParams":["ids","market"],"listParams":["ids"],"bodyParams":[]},
"getSeveralShows":{"scopes":[],"maxItems":{"in":"query","name":"ids","max":50},"response":"json","queryParams":["ids","market"],"listParams":["ids"],"bodyParams":[]},
"getSeveralTracks":{"scopes":[],"maxItems":{"in":"query","name":"ids","max":50},"response":"json","queryParams":["market","ids"],"listParams":["ids"],"bodyParams":[]},
"getShow":{"scopes":[],"response":"json","queryParams":["market"],"listParams":[],"bodyParams":[]},
"getShowEpisodes":{"scopes":[],"response":"json","queryParams":["market","limit","offset"],"listParams":[],"bodyParams":[]},
"getTopArtists":{"scopes":["user-top-read"],"response":"json","queryParams":["time_range","limit","offset"],"listParams":[],"bodyParams":[]},
"getTopTracks":{"scopes":["user-top-read"],"response":"json","queryParams":["time_range","limit","offset"],"listParams":[],"bodyParams":[]},
"getTrack":{"scopes":[],"response":"json","queryParams":["market"],"listParams":[],"bodyParams":[]},
"getUserPlaylists":{"scopes":[],"response":"json","queryParams":["limit","offset"],"listParams":[],"bodyParams":[]},
"getUserProfile":{"scopes":[],"response":"json","queryParams":[],"listParams":[],"bodyParams":[]},
"pausePlayback":{"scopes":["user-modify-playback-state"],"response":"empty","queryParams":["device_id"],"listParams":[],"bodyParams":[]},
"removeLibraryItems":{"scopes":["playlist-modify-public","user-follow-modify","user-library-modify"],"scopeRule":{"parameter":"uris","byType":{"track":"user-library-modify","album":"user-library-modify","episode":"user-library-modify","show":"user-library-modify","audiobook":"user-library-modify","artist":"user-follow-modify","user":"user-follow-modify","playlist":"playlist-modify-public"}},"maxItems":{"in":"query","name":"uris","max":40},"response":"empty","queryParams":["uris"],"listParams":["uris"],"bodyParams":[]},
"removePlaylistItems":{"scopes":[],"scopeAlternatives":[["playlist-modify-public"],["playlist-modify-private"]],"maxItems":{"in":"body","name":"items","max":100},"response":"json","queryParams":[],"listParams":[],"bodyParams":["items","snapshot_id"]},
"removePlaylistTracks":{"scopes":[],"scopeAlternatives":[["playlist-modify-public"],["playlist-modify-private"]],"maxItems":{"in":"body","name":"tracks","max":100},"response":"json","queryParams":[],"listParams":[],"bodyParams":["tracks","snapshot_id"]},
"removeSavedAlbums":{"scopes":["user-library-modify"],"maxItems":{"in":"query","name":"ids","max":20},"response":"empty","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"removeSavedAudiobooks":{"scopes":["user-library-modify"],"maxItems":{"in":"query","name":"ids","max":50},"response":"empty","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"removeSavedEpisodes":{"scopes":["user-library-modify"],"maxItems":{"in":"query","name":"ids","max":50},"response":"empty","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"removeSavedShows":{"scopes":["user-library-modify"],"maxItems":{"in":"query","name":"ids","max":50},"response":"empty","queryParams":["ids","market"],"listParams":["ids"],"bodyParams":[]},
"removeSavedTracks":{"scopes":["user-library-modify"],"maxItems":{"in":"query","name":"ids","max":50},"response":"empty","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"reorderOrReplacePlaylistItems":{"scopes":[],"scopeAlternatives":[["playlist-modify-public"],["playlist-modify-private"]],"response":"json","queryParams":["uris"],"listParams":["uris"],"bodyParams":["uris","range_start","insert_before","range_length","snapshot_id"]},
"reorderOrReplacePlaylistTracks":{"scopes":[],"scopeAlternatives":[["playlist-modify-public"],["playlist-modify-private"]],"response":"json","queryParams":["uris"],"listParams":["uris"],"bodyParams":["uris","range_start","insert_before","range_length","snapshot_id"]},
"saveAlbums":{"scopes":["user-library-modify"],"maxItems":{"in":"query","name":"ids","max":20},"response":"empty","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"saveAudiobooks":{"scopes":["user-library-modify"],"maxItems":{"in":"query","name":"ids","max":50},"response":"empty","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"saveEpisodes":{"scopes":["user-library-modify"],"maxItems":{"in":"query","name":"ids","max":50},"response":"empty","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"saveLibraryItems":{"scopes":["playlist-modify-public","user-follow-modify","user-library-modify"],"scopeRule":{"parameter":"uris","byType":{"track":"user-library-modify","album":"user-library-modify","episode":"user-library-modify","show":"user-library-modify","audiobook":"user-library-modify","artist":"user-follow-modify","user":"user-follow-modify","playlist":"playlist-modify-public"}},"maxItems":{"in":"query","name":"uris","max":40},"response":"empty","queryParams":["uris"],"listParams":["uris"],"bodyParams":[]},
"saveShows":{"scopes":["user-library-modify"],"maxItems":{"in":"query","name":"ids","max":50},"response":"empty","queryParams":["ids"],"listParams":["ids"],"bodyParams":[]},
"saveTracks":{"scopes":["user-library-modify"],"maxItems":{"in":"body","name":"ids","max":50},"response":"empty","queryParams":[],"listParams":[],"bodyParams":["ids","timestamped_ids"]},
"search":{"scopes":[],"response":"json","queryParams":["q","type","market","limit","offset","include_external"],"listParams":["type"],"bodyParams":[]},
"seekToPosition":{"scopes":["user-modify-playback-state"],"response":"empty","queryParams":["position_ms","device_id"],"listParams":[],"bodyParams":[]},
"setPlaybackVolume":{"scopes":["user-modify-playback-state"],"response":"empty","queryParams":["volume_percent","device_id"],"listParams":[],"bodyParams":[]},
"setRepeatMode":{"scopes":["user-modify-playback-state"],"response":"empty","queryParams":["state","device_id"],"listParams":[],"bodyParams":[]},
"setShuffle":{"scopes":["user-modify-playback-state"],"response":"empty","queryParams":["state","device_id"],"listParams":[],"bodyParams":[]},
"skipToNext":{"scopes":["user-modify-playback-state"],"response":"empty","queryParams":["device_id"],"listParams":[],"bodyParams":[]},
"skipToPrevious":{"scopes":["user-modify-playback-state"],"response":"empty","queryParams":["device_id"],"listParams":[],"bodyParams":[]},
"startPlayback":{"scopes":["user-modify-playback-state"],"response":"empty","queryParams":["device_id"],"listParams":[],"bodyParams":["context_uri","uris","offset","position_ms"]},
"transferPlayback":{"scopes":["user-modify-playback-state"],"response":"empty","queryParams":[],"listParams":[],"bodyParams":["device_ids","play"]},
"unfollowArtistsOrUsers":{"scopes":["user-follow-modify"],"maxItems":{"in":"query","name":"ids","max":50},"response":"empty","queryParams":["type","ids"],"listParams":["ids"],"bodyParams":[]},
"unfollowPlaylist":{"scopes":[],"scopeAlternatives":[["playlist-modify-public"],["playlist-modify-private"]],"response":"empty","queryParams":[],"listParams":[],"bodyParams":[]},
"uploadPlaylistCoverImage":{"scopes":["ugc-image-upload"],"scopeAlternatives":[["playlist-modify-public","ugc-image-upload"],["playlist-modify-private","ugc-image-upload"]],"response":"accepted","queryParams":[],"listParams":[],"bodyParams":[]}
}`;

/** Every operation's details, parsed at load; bundles that use only operationDetailsOf drop it. */
export const operationDetails: OperationDetailsTable =
  /* @__PURE__ */ JSON.parse(OPERATION_DETAILS_TEXT);

const parsedDetails = /* @__PURE__ */ new Map<string, unknown>();

/**
 * The details of one operation, parsing only its line of the text: the services' first call
 * reads one operation's details, and parsing all 97 cost ~0.3 ms of a fresh process's start.
 */
/* @__NO_SIDE_EFFECTS__ */
export function operationDetailsOf<Id extends keyof OperationDetailsTable>(
  id: Id,
): OperationDetailsTable[Id] {
  let details = parsedDetails.get(id);
  if (details === undefined) {
    const key = `\n${JSON.stringify(id)}:`;
    const start = OPERATION_DETAILS_TEXT.indexOf(key);
    if (start < 0) throw new Error(`operationDetailsOf: no operation ${String(id)}`);
    const from = start + key.length;
    const line = OPERATION_DETAILS_TEXT.slice(from, OPERATION_DETAILS_TEXT.indexOf("\n", from));
    details = JSON.parse(line.endsWith(",") ? line.slice(0, -1) : line);
    parsedDetails.set(id, details);
  }
  return details as OperationDetailsTable[Id];
}
