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

/**
 * The details of every operation, read by the preflight module on a client's first service
 * call. One line of text per operation (fields split at `|`, in the order of
 * {@link OperationDetailsTable}'s members), decoded once when the module loads.
 */
export const operationDetails: OperationDetailsTable = /* @__PURE__ */ decodeOperationDetails(`
addPlaylistItems||playlist-modify-public;playlist-modify-private||body,100,uris|2|position,uris|uris|uris,position
addPlaylistTracks||playlist-modify-public;playlist-modify-private||body,100,uris|2|position,uris|uris|uris,position
addToQueue|user-modify-playback-state||||1|uri,device_id||
changePlaylistDetails||playlist-modify-public;playlist-modify-private|||1|||name,public,collaborative,description
checkFollowing|user-follow-read|||query,50,ids|2|type,ids|ids|
checkLibraryContains|playlist-read-private,user-follow-read,user-library-read||{"byType":{"album":"user-library-read","artist":"user-follow-read","audiobook":"user-library-read","episode":"user-library-read","playlist":"playlist-read-private","show":"user-library-read","track":"user-library-read","user":"user-follow-read"},"parameter":"uris"}|query,40,uris|2|uris|uris|
checkPlaylistFollowers||||query,1,ids|2|ids|ids|
checkSavedAlbums|user-library-read|||query,20,ids|2|ids|ids|
checkSavedAudiobooks|user-library-read|||query,50,ids|2|ids|ids|
checkSavedEpisodes|user-library-read|||query,50,ids|2|ids|ids|
checkSavedShows|user-library-read|||query,50,ids|2|ids|ids|
checkSavedTracks|user-library-read|||query,50,ids|2|ids|ids|
createPlaylist||playlist-modify-public;playlist-modify-private|||2|||name,public,collaborative,description
createPlaylistForUser||playlist-modify-public;playlist-modify-private|||2|||name,public,collaborative,description
followArtistsOrUsers|user-follow-modify|||query,50,ids|1|type,ids|ids|
followPlaylist||playlist-modify-public;playlist-modify-private|||1|||public
getAlbum|||||2|market||
getAlbumTracks|||||2|market,limit,offset||
getArtist|||||2|||
getArtistAlbums|||||2|include_groups,market,limit,offset|include_groups|
getArtistTopTracks|||||2|market||
getAudioAnalysis|||||2|||
getAudioFeatures|||||2|||
getAudiobook|||||2|market||
getAudiobookChapters|||||2|market,limit,offset||
getAvailableDevices|user-read-playback-state||||2|||
getAvailableMarkets|||||2|||
getCategories|||||2|locale,limit,offset||
getCategory|||||2|locale||
getCategoryPlaylists|||||2|limit,offset||
getChapter|||||2|market||
getCurrentUserPlaylists|playlist-read-private||||2|limit,offset||
getCurrentUserProfile|||||2|||
getCurrentlyPlaying|user-read-currently-playing||||2|market,additional_types|additional_types|
getEpisode|||||2|market||
getFeaturedPlaylists|||||2|locale,limit,offset||
getFollowedArtists|user-follow-read||||2|type,after,limit||
getGenreSeeds|||||2|||
getNewReleases|||||2|limit,offset||
getPlaybackState|user-read-playback-state||||2|market,additional_types|additional_types|
getPlaylist|||||2|market,fields,additional_types|additional_types|
getPlaylistCoverImage|||||2|||
getPlaylistItems|playlist-read-private||||2|market,fields,limit,offset,additional_types|additional_types|
getPlaylistTracks|playlist-read-private||||2|market,fields,limit,offset,additional_types|additional_types|
getQueue|user-read-currently-playing,user-read-playback-state||||2|||
getRecentlyPlayed|user-read-recently-played||||2|limit,after,before||
getRecommendations|||||2|limit,market,seed_artists,seed_genres,seed_tracks,min_acousticness,max_acousticness,target_acousticness,min_danceability,max_danceability,target_danceability,min_duration_ms,max_duration_ms,target_duration_ms,min_energy,max_energy,target_energy,min_instrumentalness,max_instrumentalness,target_instrumentalness,min_key,max_key,target_key,min_liveness,max_liveness,target_liveness,min_loudness,max_loudness,target_loudness,min_mode,max_mode,target_mode,min_popularity,max_popularity,target_popularity,min_speechiness,max_speechiness,target_speechiness,min_tempo,max_tempo,target_tempo,min_time_signature,max_time_signature,target_time_signature,min_valence,max_valence,target_valence|seed_artists,seed_genres,seed_tracks|
getRelatedArtists|||||2|||
getSavedAlbums|user-library-read||||2|limit,offset,market||
getSavedAudiobooks|user-library-read||||2|limit,offset||
getSavedEpisodes|user-library-read||||2|market,limit,offset||
getSavedShows|user-library-read||||2|limit,offset||
getSavedTracks|user-library-read||||2|market,limit,offset||
getSeveralAlbums||||query,20,ids|2|ids,market|ids|
getSeveralArtists||||query,50,ids|2|ids|ids|
getSeveralAudioFeatures||||query,100,ids|2|ids|ids|
getSeveralAudiobooks||||query,50,ids|2|ids,market|ids|
getSeveralChapters||||query,50,ids|2|ids,market|ids|
getSeveralEpisodes||||query,50,ids|2|ids,market|ids|
getSeveralShows||||query,50,ids|2|ids,market|ids|
getSeveralTracks||||query,50,ids|2|market,ids|ids|
getShow|||||2|market||
getShowEpisodes|||||2|market,limit,offset||
getTopArtists|user-top-read||||2|time_range,limit,offset||
getTopTracks|user-top-read||||2|time_range,limit,offset||
getTrack|||||2|market||
getUserPlaylists|||||2|limit,offset||
getUserProfile|||||2|||
pausePlayback|user-modify-playback-state||||1|device_id||
removeLibraryItems|playlist-modify-public,user-follow-modify,user-library-modify||{"byType":{"album":"user-library-modify","artist":"user-follow-modify","audiobook":"user-library-modify","episode":"user-library-modify","playlist":"playlist-modify-public","show":"user-library-modify","track":"user-library-modify","user":"user-follow-modify"},"parameter":"uris"}|query,40,uris|1|uris|uris|
removePlaylistItems||playlist-modify-public;playlist-modify-private||body,100,items|2|||items,snapshot_id
removePlaylistTracks||playlist-modify-public;playlist-modify-private||body,100,tracks|2|||tracks,snapshot_id
removeSavedAlbums|user-library-modify|||query,20,ids|1|ids|ids|
removeSavedAudiobooks|user-library-modify|||query,50,ids|1|ids|ids|
removeSavedEpisodes|user-library-modify|||query,50,ids|1|ids|ids|
removeSavedShows|user-library-modify|||query,50,ids|1|ids,market|ids|
removeSavedTracks|user-library-modify|||query,50,ids|1|ids|ids|
reorderOrReplacePlaylistItems||playlist-modify-public;playlist-modify-private|||2|uris|uris|uris,range_start,insert_before,range_length,snapshot_id
reorderOrReplacePlaylistTracks||playlist-modify-public;playlist-modify-private|||2|uris|uris|uris,range_start,insert_before,range_length,snapshot_id
saveAlbums|user-library-modify|||query,20,ids|1|ids|ids|
saveAudiobooks|user-library-modify|||query,50,ids|1|ids|ids|
saveEpisodes|user-library-modify|||query,50,ids|1|ids|ids|
saveLibraryItems|playlist-modify-public,user-follow-modify,user-library-modify||{"byType":{"album":"user-library-modify","artist":"user-follow-modify","audiobook":"user-library-modify","episode":"user-library-modify","playlist":"playlist-modify-public","show":"user-library-modify","track":"user-library-modify","user":"user-follow-modify"},"parameter":"uris"}|query,40,uris|1|uris|uris|
saveShows|user-library-modify|||query,50,ids|1|ids|ids|
saveTracks|user-library-modify|||body,50,ids|1|||ids,timestamped_ids
search|||||2|q,type,market,limit,offset,include_external|type|
seekToPosition|user-modify-playback-state||||1|position_ms,device_id||
setPlaybackVolume|user-modify-playback-state||||1|volume_percent,device_id||
setRepeatMode|user-modify-playback-state||||1|state,device_id||
setShuffle|user-modify-playback-state||||1|state,device_id||
skipToNext|user-modify-playback-state||||1|device_id||
skipToPrevious|user-modify-playback-state||||1|device_id||
startPlayback|user-modify-playback-state||||1|device_id||context_uri,uris,offset,position_ms
transferPlayback|user-modify-playback-state||||1|||device_ids,play
unfollowArtistsOrUsers|user-follow-modify|||query,50,ids|1|type,ids|ids|
unfollowPlaylist||playlist-modify-public;playlist-modify-private|||1|||
uploadPlaylistCoverImage|ugc-image-upload|playlist-modify-public,ugc-image-upload;playlist-modify-private,ugc-image-upload|||0|||
`);

/** Reads the encoded table back: one line per row, fields split at `|` (codegen/rowEncoding.ts). */
/* @__NO_SIDE_EFFECTS__ */
function decodeOperationDetails(text: string): OperationDetailsTable {
  const table: Record<string, unknown> = {};
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const fields = line.split("|");
    if (fields.length !== 9) throw new Error(`decodeOperationDetails: not 9 fields: ${line}`);
    const [
      id,
      scopes,
      scopeAlternatives,
      scopeRule,
      maxItems,
      response,
      queryParams,
      listParams,
      bodyParams,
    ] = fields as [string, string, string, string, string, string, string, string, string];
    const row: Record<string, unknown> = {
      scopes: list(scopes),
      scopeAlternatives: scopeAlternatives ? scopeAlternatives.split(";").map(list) : undefined,
      scopeRule: scopeRule ? JSON.parse(scopeRule) : undefined,
      maxItems: limit(maxItems),
      response: ["accepted", "empty", "json"][parseInt(response, 36)],
      queryParams: list(queryParams),
      listParams: list(listParams),
      bodyParams: list(bodyParams),
    };
    table[id] = Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
  }
  return table as OperationDetailsTable;
}

function limit(text: string): { in: string; max: number; name: string } | undefined {
  const [at = "", max = "", name = ""] = text.split(",");
  return text === "" ? undefined : { in: at, max: Number(max), name };
}

function list(text: string): string[] {
  return text === "" ? [] : text.split(",");
}
