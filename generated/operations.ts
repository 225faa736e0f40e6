/**
 * The operation table of the Spotify Web API, keyed by operationId.
 *
 * Generated from openapi/spotify.yaml by `npm run generate` (codegen/generate.ts).
 * Do not edit by hand: change the document or the generator, then regenerate.
 */

import type { operations } from "./openapi.js";

/**
 * The exact type of every row of {@link operationTable}: literal values, readonly tuples.
 * Type-only, so the precision costs nothing in a bundle.
 */
export type OperationTable = {
  readonly addPlaylistItems: {
    readonly method: "POST";
    readonly path: "/playlists/{playlist_id}/items";
    readonly service: "playlists";
    readonly name: "addItems";
    readonly availability: "all";
    readonly maxItems: { readonly in: "body"; readonly max: 100; readonly name: "uris" };
    readonly idempotent: false;
    readonly requestBody: "json";
    readonly response: "json";
    readonly pathParams: readonly ["playlist_id"];
    readonly queryParams: readonly ["position", "uris"];
    readonly listParams: readonly ["uris"];
    readonly bodyParams: readonly ["uris", "position"];
  };
  readonly addPlaylistTracks: {
    readonly method: "POST";
    readonly path: "/playlists/{playlist_id}/tracks";
    readonly service: "playlists";
    readonly name: "addTracks";
    readonly availability: "extended";
    readonly replacement: "POST /playlists/{playlist_id}/items";
    readonly maxItems: { readonly in: "body"; readonly max: 100; readonly name: "uris" };
    readonly idempotent: false;
    readonly requestBody: "json";
    readonly response: "json";
    readonly pathParams: readonly ["playlist_id"];
    readonly queryParams: readonly ["position", "uris"];
    readonly listParams: readonly ["uris"];
    readonly bodyParams: readonly ["uris", "position"];
  };
  readonly addToQueue: {
    readonly method: "POST";
    readonly path: "/me/player/queue";
    readonly service: "player";
    readonly name: "addToQueue";
    readonly availability: "all";
    readonly idempotent: false;
    readonly requestBody: "none";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["uri", "device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly changePlaylistDetails: {
    readonly method: "PUT";
    readonly path: "/playlists/{playlist_id}";
    readonly service: "playlists";
    readonly name: "changeDetails";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly ["playlist_id"];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["name", "public", "collaborative", "description"];
  };
  readonly checkFollowing: {
    readonly method: "GET";
    readonly path: "/me/following/contains";
    readonly service: "users";
    readonly name: "checkFollowing";
    readonly availability: "extended";
    readonly replacement: "GET /me/library/contains";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["type", "ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly checkLibraryContains: {
    readonly method: "GET";
    readonly path: "/me/library/contains";
    readonly service: "library";
    readonly name: "checkContains";
    readonly availability: "all";
    readonly maxItems: { readonly in: "query"; readonly max: 40; readonly name: "uris" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["uris"];
    readonly listParams: readonly ["uris"];
    readonly bodyParams: readonly [];
  };
  readonly checkPlaylistFollowers: {
    readonly method: "GET";
    readonly path: "/playlists/{playlist_id}/followers/contains";
    readonly service: "playlists";
    readonly name: "checkFollowers";
    readonly availability: "extended";
    readonly replacement: "GET /me/library/contains";
    readonly maxItems: { readonly in: "query"; readonly max: 1; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["playlist_id"];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly checkSavedAlbums: {
    readonly method: "GET";
    readonly path: "/me/albums/contains";
    readonly service: "albums";
    readonly name: "checkSaved";
    readonly availability: "extended";
    readonly replacement: "GET /me/library/contains";
    readonly maxItems: { readonly in: "query"; readonly max: 20; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly checkSavedAudiobooks: {
    readonly method: "GET";
    readonly path: "/me/audiobooks/contains";
    readonly service: "audiobooks";
    readonly name: "checkSaved";
    readonly availability: "extended";
    readonly replacement: "GET /me/library/contains";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly checkSavedEpisodes: {
    readonly method: "GET";
    readonly path: "/me/episodes/contains";
    readonly service: "episodes";
    readonly name: "checkSaved";
    readonly availability: "extended";
    readonly replacement: "GET /me/library/contains";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly checkSavedShows: {
    readonly method: "GET";
    readonly path: "/me/shows/contains";
    readonly service: "shows";
    readonly name: "checkSaved";
    readonly availability: "extended";
    readonly replacement: "GET /me/library/contains";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly checkSavedTracks: {
    readonly method: "GET";
    readonly path: "/me/tracks/contains";
    readonly service: "tracks";
    readonly name: "checkSaved";
    readonly availability: "extended";
    readonly replacement: "GET /me/library/contains";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly createPlaylist: {
    readonly method: "POST";
    readonly path: "/me/playlists";
    readonly service: "playlists";
    readonly name: "create";
    readonly availability: "all";
    readonly idempotent: false;
    readonly requestBody: "json";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["name", "public", "collaborative", "description"];
  };
  readonly createPlaylistForUser: {
    readonly method: "POST";
    readonly path: "/users/{user_id}/playlists";
    readonly service: "playlists";
    readonly name: "createForUser";
    readonly availability: "extended";
    readonly replacement: "POST /me/playlists";
    readonly idempotent: false;
    readonly requestBody: "json";
    readonly response: "json";
    readonly pathParams: readonly ["user_id"];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["name", "public", "collaborative", "description"];
  };
  readonly followArtistsOrUsers: {
    readonly method: "PUT";
    readonly path: "/me/following";
    readonly service: "users";
    readonly name: "follow";
    readonly availability: "extended";
    readonly replacement: "PUT /me/library";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["type", "ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly followPlaylist: {
    readonly method: "PUT";
    readonly path: "/playlists/{playlist_id}/followers";
    readonly service: "playlists";
    readonly name: "follow";
    readonly availability: "extended";
    readonly replacement: "PUT /me/library";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly ["playlist_id"];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["public"];
  };
  readonly getAlbum: {
    readonly method: "GET";
    readonly path: "/albums/{id}";
    readonly service: "albums";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAlbumTracks: {
    readonly method: "GET";
    readonly path: "/albums/{id}/tracks";
    readonly service: "albums";
    readonly name: "getTracks";
    readonly availability: "all";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly ["market", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getArtist: {
    readonly method: "GET";
    readonly path: "/artists/{id}";
    readonly service: "artists";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getArtistAlbums: {
    readonly method: "GET";
    readonly path: "/artists/{id}/albums";
    readonly service: "artists";
    readonly name: "getAlbums";
    readonly availability: "all";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly ["include_groups", "market", "limit", "offset"];
    readonly listParams: readonly ["include_groups"];
    readonly bodyParams: readonly [];
  };
  readonly getArtistTopTracks: {
    readonly method: "GET";
    readonly path: "/artists/{id}/top-tracks";
    readonly service: "artists";
    readonly name: "getTopTracks";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAudioAnalysis: {
    readonly method: "GET";
    readonly path: "/audio-analysis/{id}";
    readonly service: "audio";
    readonly name: "getAnalysis";
    readonly availability: "legacy";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAudioFeatures: {
    readonly method: "GET";
    readonly path: "/audio-features/{id}";
    readonly service: "audio";
    readonly name: "getFeatures";
    readonly availability: "legacy";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAudiobook: {
    readonly method: "GET";
    readonly path: "/audiobooks/{id}";
    readonly service: "audiobooks";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAudiobookChapters: {
    readonly method: "GET";
    readonly path: "/audiobooks/{id}/chapters";
    readonly service: "audiobooks";
    readonly name: "getChapters";
    readonly availability: "all";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly ["market", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAvailableDevices: {
    readonly method: "GET";
    readonly path: "/me/player/devices";
    readonly service: "player";
    readonly name: "getDevices";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getAvailableMarkets: {
    readonly method: "GET";
    readonly path: "/markets";
    readonly service: "markets";
    readonly name: "getAvailable";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getCategories: {
    readonly method: "GET";
    readonly path: "/browse/categories";
    readonly service: "browse";
    readonly name: "getCategories";
    readonly availability: "extended";
    readonly pagination: "offset";
    readonly pageKey: "categories";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["locale", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getCategory: {
    readonly method: "GET";
    readonly path: "/browse/categories/{category_id}";
    readonly service: "browse";
    readonly name: "getCategory";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["category_id"];
    readonly queryParams: readonly ["locale"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getCategoryPlaylists: {
    readonly method: "GET";
    readonly path: "/browse/categories/{category_id}/playlists";
    readonly service: "browse";
    readonly name: "getCategoryPlaylists";
    readonly availability: "legacy";
    readonly pagination: "offset";
    readonly pageKey: "playlists";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["category_id"];
    readonly queryParams: readonly ["limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getChapter: {
    readonly method: "GET";
    readonly path: "/chapters/{id}";
    readonly service: "chapters";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getCurrentUserPlaylists: {
    readonly method: "GET";
    readonly path: "/me/playlists";
    readonly service: "playlists";
    readonly name: "getForCurrentUser";
    readonly availability: "all";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getCurrentUserProfile: {
    readonly method: "GET";
    readonly path: "/me";
    readonly service: "users";
    readonly name: "getCurrentProfile";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getCurrentlyPlaying: {
    readonly method: "GET";
    readonly path: "/me/player/currently-playing";
    readonly service: "player";
    readonly name: "getCurrentlyPlaying";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["market", "additional_types"];
    readonly listParams: readonly ["additional_types"];
    readonly bodyParams: readonly [];
  };
  readonly getEpisode: {
    readonly method: "GET";
    readonly path: "/episodes/{id}";
    readonly service: "episodes";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getFeaturedPlaylists: {
    readonly method: "GET";
    readonly path: "/browse/featured-playlists";
    readonly service: "browse";
    readonly name: "getFeaturedPlaylists";
    readonly availability: "legacy";
    readonly pagination: "offset";
    readonly pageKey: "playlists";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["locale", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getFollowedArtists: {
    readonly method: "GET";
    readonly path: "/me/following";
    readonly service: "users";
    readonly name: "getFollowedArtists";
    readonly availability: "all";
    readonly pagination: "cursor";
    readonly pageKey: "artists";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["type", "after", "limit"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getGenreSeeds: {
    readonly method: "GET";
    readonly path: "/recommendations/available-genre-seeds";
    readonly service: "recommendations";
    readonly name: "getGenreSeeds";
    readonly availability: "legacy";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getNewReleases: {
    readonly method: "GET";
    readonly path: "/browse/new-releases";
    readonly service: "browse";
    readonly name: "getNewReleases";
    readonly availability: "extended";
    readonly pagination: "offset";
    readonly pageKey: "albums";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getPlaybackState: {
    readonly method: "GET";
    readonly path: "/me/player";
    readonly service: "player";
    readonly name: "getPlaybackState";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["market", "additional_types"];
    readonly listParams: readonly ["additional_types"];
    readonly bodyParams: readonly [];
  };
  readonly getPlaylist: {
    readonly method: "GET";
    readonly path: "/playlists/{playlist_id}";
    readonly service: "playlists";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["playlist_id"];
    readonly queryParams: readonly ["market", "fields", "additional_types"];
    readonly listParams: readonly ["additional_types"];
    readonly bodyParams: readonly [];
  };
  readonly getPlaylistCoverImage: {
    readonly method: "GET";
    readonly path: "/playlists/{playlist_id}/images";
    readonly service: "playlists";
    readonly name: "getCoverImage";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["playlist_id"];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getPlaylistItems: {
    readonly method: "GET";
    readonly path: "/playlists/{playlist_id}/items";
    readonly service: "playlists";
    readonly name: "getItems";
    readonly availability: "all";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["playlist_id"];
    readonly queryParams: readonly ["market", "fields", "limit", "offset", "additional_types"];
    readonly listParams: readonly ["additional_types"];
    readonly bodyParams: readonly [];
  };
  readonly getPlaylistTracks: {
    readonly method: "GET";
    readonly path: "/playlists/{playlist_id}/tracks";
    readonly service: "playlists";
    readonly name: "getTracks";
    readonly availability: "extended";
    readonly replacement: "GET /playlists/{playlist_id}/items";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["playlist_id"];
    readonly queryParams: readonly ["market", "fields", "limit", "offset", "additional_types"];
    readonly listParams: readonly ["additional_types"];
    readonly bodyParams: readonly [];
  };
  readonly getQueue: {
    readonly method: "GET";
    readonly path: "/me/player/queue";
    readonly service: "player";
    readonly name: "getQueue";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getRecentlyPlayed: {
    readonly method: "GET";
    readonly path: "/me/player/recently-played";
    readonly service: "player";
    readonly name: "getRecentlyPlayed";
    readonly availability: "all";
    readonly pagination: "cursor";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["limit", "after", "before"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getRecommendations: {
    readonly method: "GET";
    readonly path: "/recommendations";
    readonly service: "recommendations";
    readonly name: "get";
    readonly availability: "legacy";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
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
    readonly method: "GET";
    readonly path: "/artists/{id}/related-artists";
    readonly service: "artists";
    readonly name: "getRelatedArtists";
    readonly availability: "legacy";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getSavedAlbums: {
    readonly method: "GET";
    readonly path: "/me/albums";
    readonly service: "albums";
    readonly name: "getSaved";
    readonly availability: "all";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["limit", "offset", "market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getSavedAudiobooks: {
    readonly method: "GET";
    readonly path: "/me/audiobooks";
    readonly service: "audiobooks";
    readonly name: "getSaved";
    readonly availability: "all";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getSavedEpisodes: {
    readonly method: "GET";
    readonly path: "/me/episodes";
    readonly service: "episodes";
    readonly name: "getSaved";
    readonly availability: "all";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["market", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getSavedShows: {
    readonly method: "GET";
    readonly path: "/me/shows";
    readonly service: "shows";
    readonly name: "getSaved";
    readonly availability: "all";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getSavedTracks: {
    readonly method: "GET";
    readonly path: "/me/tracks";
    readonly service: "tracks";
    readonly name: "getSaved";
    readonly availability: "all";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["market", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralAlbums: {
    readonly method: "GET";
    readonly path: "/albums";
    readonly service: "albums";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly replacement: "GET /albums/{id}";
    readonly maxItems: { readonly in: "query"; readonly max: 20; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids", "market"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralArtists: {
    readonly method: "GET";
    readonly path: "/artists";
    readonly service: "artists";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly replacement: "GET /artists/{id}";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralAudioFeatures: {
    readonly method: "GET";
    readonly path: "/audio-features";
    readonly service: "audio";
    readonly name: "getSeveralFeatures";
    readonly availability: "legacy";
    readonly maxItems: { readonly in: "query"; readonly max: 100; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralAudiobooks: {
    readonly method: "GET";
    readonly path: "/audiobooks";
    readonly service: "audiobooks";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly replacement: "GET /audiobooks/{id}";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids", "market"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralChapters: {
    readonly method: "GET";
    readonly path: "/chapters";
    readonly service: "chapters";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly replacement: "GET /chapters/{id}";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids", "market"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralEpisodes: {
    readonly method: "GET";
    readonly path: "/episodes";
    readonly service: "episodes";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly replacement: "GET /episodes/{id}";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids", "market"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralShows: {
    readonly method: "GET";
    readonly path: "/shows";
    readonly service: "shows";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly replacement: "GET /shows/{id}";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids", "market"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getSeveralTracks: {
    readonly method: "GET";
    readonly path: "/tracks";
    readonly service: "tracks";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly replacement: "GET /tracks/{id}";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["market", "ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly getShow: {
    readonly method: "GET";
    readonly path: "/shows/{id}";
    readonly service: "shows";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getShowEpisodes: {
    readonly method: "GET";
    readonly path: "/shows/{id}/episodes";
    readonly service: "shows";
    readonly name: "getEpisodes";
    readonly availability: "all";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly ["market", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getTopArtists: {
    readonly method: "GET";
    readonly path: "/me/top/artists";
    readonly service: "users";
    readonly name: "getTopArtists";
    readonly availability: "all";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["time_range", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getTopTracks: {
    readonly method: "GET";
    readonly path: "/me/top/tracks";
    readonly service: "users";
    readonly name: "getTopTracks";
    readonly availability: "all";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["time_range", "limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getTrack: {
    readonly method: "GET";
    readonly path: "/tracks/{id}";
    readonly service: "tracks";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["id"];
    readonly queryParams: readonly ["market"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getUserPlaylists: {
    readonly method: "GET";
    readonly path: "/users/{user_id}/playlists";
    readonly service: "playlists";
    readonly name: "getForUser";
    readonly availability: "extended";
    readonly pagination: "offset";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["user_id"];
    readonly queryParams: readonly ["limit", "offset"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly getUserProfile: {
    readonly method: "GET";
    readonly path: "/users/{user_id}";
    readonly service: "users";
    readonly name: "getProfile";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly ["user_id"];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly pausePlayback: {
    readonly method: "PUT";
    readonly path: "/me/player/pause";
    readonly service: "player";
    readonly name: "pausePlayback";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly removeLibraryItems: {
    readonly method: "DELETE";
    readonly path: "/me/library";
    readonly service: "library";
    readonly name: "removeItems";
    readonly availability: "all";
    readonly maxItems: { readonly in: "query"; readonly max: 40; readonly name: "uris" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["uris"];
    readonly listParams: readonly ["uris"];
    readonly bodyParams: readonly [];
  };
  readonly removePlaylistItems: {
    readonly method: "DELETE";
    readonly path: "/playlists/{playlist_id}/items";
    readonly service: "playlists";
    readonly name: "removeItems";
    readonly availability: "all";
    readonly maxItems: { readonly in: "body"; readonly max: 100; readonly name: "items" };
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "json";
    readonly pathParams: readonly ["playlist_id"];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["items", "snapshot_id"];
  };
  readonly removePlaylistTracks: {
    readonly method: "DELETE";
    readonly path: "/playlists/{playlist_id}/tracks";
    readonly service: "playlists";
    readonly name: "removeTracks";
    readonly availability: "extended";
    readonly replacement: "DELETE /playlists/{playlist_id}/items";
    readonly maxItems: { readonly in: "body"; readonly max: 100; readonly name: "tracks" };
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "json";
    readonly pathParams: readonly ["playlist_id"];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["tracks", "snapshot_id"];
  };
  readonly removeSavedAlbums: {
    readonly method: "DELETE";
    readonly path: "/me/albums";
    readonly service: "albums";
    readonly name: "remove";
    readonly availability: "extended";
    readonly replacement: "DELETE /me/library";
    readonly maxItems: { readonly in: "query"; readonly max: 20; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly removeSavedAudiobooks: {
    readonly method: "DELETE";
    readonly path: "/me/audiobooks";
    readonly service: "audiobooks";
    readonly name: "remove";
    readonly availability: "extended";
    readonly replacement: "DELETE /me/library";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly removeSavedEpisodes: {
    readonly method: "DELETE";
    readonly path: "/me/episodes";
    readonly service: "episodes";
    readonly name: "remove";
    readonly availability: "extended";
    readonly replacement: "DELETE /me/library";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly removeSavedShows: {
    readonly method: "DELETE";
    readonly path: "/me/shows";
    readonly service: "shows";
    readonly name: "remove";
    readonly availability: "extended";
    readonly replacement: "DELETE /me/library";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids", "market"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly removeSavedTracks: {
    readonly method: "DELETE";
    readonly path: "/me/tracks";
    readonly service: "tracks";
    readonly name: "remove";
    readonly availability: "extended";
    readonly replacement: "DELETE /me/library";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly reorderOrReplacePlaylistItems: {
    readonly method: "PUT";
    readonly path: "/playlists/{playlist_id}/items";
    readonly service: "playlists";
    readonly name: "reorderOrReplaceItems";
    readonly availability: "all";
    readonly idempotent: false;
    readonly requestBody: "json";
    readonly response: "json";
    readonly pathParams: readonly ["playlist_id"];
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
    readonly method: "PUT";
    readonly path: "/playlists/{playlist_id}/tracks";
    readonly service: "playlists";
    readonly name: "reorderOrReplaceTracks";
    readonly availability: "extended";
    readonly replacement: "PUT /playlists/{playlist_id}/items";
    readonly idempotent: false;
    readonly requestBody: "json";
    readonly response: "json";
    readonly pathParams: readonly ["playlist_id"];
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
    readonly method: "PUT";
    readonly path: "/me/albums";
    readonly service: "albums";
    readonly name: "save";
    readonly availability: "extended";
    readonly replacement: "PUT /me/library";
    readonly maxItems: { readonly in: "query"; readonly max: 20; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly saveAudiobooks: {
    readonly method: "PUT";
    readonly path: "/me/audiobooks";
    readonly service: "audiobooks";
    readonly name: "save";
    readonly availability: "extended";
    readonly replacement: "PUT /me/library";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly saveEpisodes: {
    readonly method: "PUT";
    readonly path: "/me/episodes";
    readonly service: "episodes";
    readonly name: "save";
    readonly availability: "extended";
    readonly replacement: "PUT /me/library";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly saveLibraryItems: {
    readonly method: "PUT";
    readonly path: "/me/library";
    readonly service: "library";
    readonly name: "saveItems";
    readonly availability: "all";
    readonly maxItems: { readonly in: "query"; readonly max: 40; readonly name: "uris" };
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["uris"];
    readonly listParams: readonly ["uris"];
    readonly bodyParams: readonly [];
  };
  readonly saveShows: {
    readonly method: "PUT";
    readonly path: "/me/shows";
    readonly service: "shows";
    readonly name: "save";
    readonly availability: "extended";
    readonly replacement: "PUT /me/library";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly saveTracks: {
    readonly method: "PUT";
    readonly path: "/me/tracks";
    readonly service: "tracks";
    readonly name: "save";
    readonly availability: "extended";
    readonly replacement: "PUT /me/library";
    readonly maxItems: { readonly in: "body"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["ids", "timestamped_ids"];
  };
  readonly search: {
    readonly method: "GET";
    readonly path: "/search";
    readonly service: "search";
    readonly name: "search";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "json";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["q", "type", "market", "limit", "offset", "include_external"];
    readonly listParams: readonly ["type"];
    readonly bodyParams: readonly [];
  };
  readonly seekToPosition: {
    readonly method: "PUT";
    readonly path: "/me/player/seek";
    readonly service: "player";
    readonly name: "seek";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["position_ms", "device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly setPlaybackVolume: {
    readonly method: "PUT";
    readonly path: "/me/player/volume";
    readonly service: "player";
    readonly name: "setVolume";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["volume_percent", "device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly setRepeatMode: {
    readonly method: "PUT";
    readonly path: "/me/player/repeat";
    readonly service: "player";
    readonly name: "setRepeatMode";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["state", "device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly setShuffle: {
    readonly method: "PUT";
    readonly path: "/me/player/shuffle";
    readonly service: "player";
    readonly name: "setShuffle";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["state", "device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly skipToNext: {
    readonly method: "POST";
    readonly path: "/me/player/next";
    readonly service: "player";
    readonly name: "skipToNext";
    readonly availability: "all";
    readonly idempotent: false;
    readonly requestBody: "none";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly skipToPrevious: {
    readonly method: "POST";
    readonly path: "/me/player/previous";
    readonly service: "player";
    readonly name: "skipToPrevious";
    readonly availability: "all";
    readonly idempotent: false;
    readonly requestBody: "none";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly startPlayback: {
    readonly method: "PUT";
    readonly path: "/me/player/play";
    readonly service: "player";
    readonly name: "startPlayback";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["device_id"];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["context_uri", "uris", "offset", "position_ms"];
  };
  readonly transferPlayback: {
    readonly method: "PUT";
    readonly path: "/me/player";
    readonly service: "player";
    readonly name: "transferPlayback";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly ["device_ids", "play"];
  };
  readonly unfollowArtistsOrUsers: {
    readonly method: "DELETE";
    readonly path: "/me/following";
    readonly service: "users";
    readonly name: "unfollow";
    readonly availability: "extended";
    readonly replacement: "DELETE /me/library";
    readonly maxItems: { readonly in: "query"; readonly max: 50; readonly name: "ids" };
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly response: "empty";
    readonly pathParams: readonly [];
    readonly queryParams: readonly ["type", "ids"];
    readonly listParams: readonly ["ids"];
    readonly bodyParams: readonly [];
  };
  readonly unfollowPlaylist: {
    readonly method: "DELETE";
    readonly path: "/playlists/{playlist_id}/followers";
    readonly service: "playlists";
    readonly name: "unfollow";
    readonly availability: "extended";
    readonly replacement: "DELETE /me/library";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly response: "empty";
    readonly pathParams: readonly ["playlist_id"];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
  readonly uploadPlaylistCoverImage: {
    readonly method: "PUT";
    readonly path: "/playlists/{playlist_id}/images";
    readonly service: "playlists";
    readonly name: "uploadCoverImage";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "image";
    readonly response: "accepted";
    readonly pathParams: readonly ["playlist_id"];
    readonly queryParams: readonly [];
    readonly listParams: readonly [];
    readonly bodyParams: readonly [];
  };
};

/**
 * Every operation of the document as data; src/ turns rows into client methods. Shipped as
 * one line of text per operation (fields split at `|`, in the order of
 * {@link OperationTable}'s members), decoded once when the module loads.
 */
export const operationTable: OperationTable = /* @__PURE__ */ decodeOperationTable(`
addPlaylistItems|POST|/playlists/{playlist_id}/items|playlists|addItems|0||||body,100,uris|0|1|2|position,uris|uris|uris,position
addPlaylistTracks|POST|/playlists/{playlist_id}/tracks|playlists|addTracks|1|POST /playlists/{playlist_id}/items|||body,100,uris|0|1|2|position,uris|uris|uris,position
addToQueue|POST|/me/player/queue|player||0|||||0|2|1|uri,device_id||
changePlaylistDetails|PUT|/playlists/{playlist_id}|playlists|changeDetails|0|||||1|1|1|||name,public,collaborative,description
checkFollowing|GET|/me/following/contains|users||1|GET /me/library/contains|||query,50,ids|1|2|2|type,ids|ids|
checkLibraryContains|GET|/me/library/contains|library|checkContains|0||||query,40,uris|1|2|2|uris|uris|
checkPlaylistFollowers|GET|/playlists/{playlist_id}/followers/contains|playlists|checkFollowers|1|GET /me/library/contains|||query,1,ids|1|2|2|ids|ids|
checkSavedAlbums|GET|/me/albums/contains|albums|checkSaved|1|GET /me/library/contains|||query,20,ids|1|2|2|ids|ids|
checkSavedAudiobooks|GET|/me/audiobooks/contains|audiobooks|checkSaved|1|GET /me/library/contains|||query,50,ids|1|2|2|ids|ids|
checkSavedEpisodes|GET|/me/episodes/contains|episodes|checkSaved|1|GET /me/library/contains|||query,50,ids|1|2|2|ids|ids|
checkSavedShows|GET|/me/shows/contains|shows|checkSaved|1|GET /me/library/contains|||query,50,ids|1|2|2|ids|ids|
checkSavedTracks|GET|/me/tracks/contains|tracks|checkSaved|1|GET /me/library/contains|||query,50,ids|1|2|2|ids|ids|
createPlaylist|POST|/me/playlists|playlists|create|0|||||0|1|2|||name,public,collaborative,description
createPlaylistForUser|POST|/users/{user_id}/playlists|playlists|createForUser|1|POST /me/playlists||||0|1|2|||name,public,collaborative,description
followArtistsOrUsers|PUT|/me/following|users|follow|1|PUT /me/library|||query,50,ids|1|1|1|type,ids|ids|
followPlaylist|PUT|/playlists/{playlist_id}/followers|playlists|follow|1|PUT /me/library||||1|1|1|||public
getAlbum|GET|/albums/{id}|albums|get|0|||||1|2|2|market||
getAlbumTracks|GET|/albums/{id}/tracks|albums|getTracks|0||1|||1|2|2|market,limit,offset||
getArtist|GET|/artists/{id}|artists|get|0|||||1|2|2|||
getArtistAlbums|GET|/artists/{id}/albums|artists|getAlbums|0||1|||1|2|2|include_groups,market,limit,offset|include_groups|
getArtistTopTracks|GET|/artists/{id}/top-tracks|artists|getTopTracks|1|||||1|2|2|market||
getAudioAnalysis|GET|/audio-analysis/{id}|audio|getAnalysis|2|||||1|2|2|||
getAudioFeatures|GET|/audio-features/{id}|audio|getFeatures|2|||||1|2|2|||
getAudiobook|GET|/audiobooks/{id}|audiobooks|get|0|||||1|2|2|market||
getAudiobookChapters|GET|/audiobooks/{id}/chapters|audiobooks|getChapters|0||1|||1|2|2|market,limit,offset||
getAvailableDevices|GET|/me/player/devices|player|getDevices|0|||||1|2|2|||
getAvailableMarkets|GET|/markets|markets|getAvailable|1|||||1|2|2|||
getCategories|GET|/browse/categories|browse||1||1|categories||1|2|2|locale,limit,offset||
getCategory|GET|/browse/categories/{category_id}|browse||1|||||1|2|2|locale||
getCategoryPlaylists|GET|/browse/categories/{category_id}/playlists|browse||2||1|playlists||1|2|2|limit,offset||
getChapter|GET|/chapters/{id}|chapters|get|0|||||1|2|2|market||
getCurrentUserPlaylists|GET|/me/playlists|playlists|getForCurrentUser|0||1|||1|2|2|limit,offset||
getCurrentUserProfile|GET|/me|users|getCurrentProfile|0|||||1|2|2|||
getCurrentlyPlaying|GET|/me/player/currently-playing|player||0|||||1|2|2|market,additional_types|additional_types|
getEpisode|GET|/episodes/{id}|episodes|get|0|||||1|2|2|market||
getFeaturedPlaylists|GET|/browse/featured-playlists|browse||2||1|playlists||1|2|2|locale,limit,offset||
getFollowedArtists|GET|/me/following|users||0||0|artists||1|2|2|type,after,limit||
getGenreSeeds|GET|/recommendations/available-genre-seeds|recommendations||2|||||1|2|2|||
getNewReleases|GET|/browse/new-releases|browse||1||1|albums||1|2|2|limit,offset||
getPlaybackState|GET|/me/player|player||0|||||1|2|2|market,additional_types|additional_types|
getPlaylist|GET|/playlists/{playlist_id}|playlists|get|0|||||1|2|2|market,fields,additional_types|additional_types|
getPlaylistCoverImage|GET|/playlists/{playlist_id}/images|playlists|getCoverImage|0|||||1|2|2|||
getPlaylistItems|GET|/playlists/{playlist_id}/items|playlists|getItems|0||1|||1|2|2|market,fields,limit,offset,additional_types|additional_types|
getPlaylistTracks|GET|/playlists/{playlist_id}/tracks|playlists|getTracks|1|GET /playlists/{playlist_id}/items|1|||1|2|2|market,fields,limit,offset,additional_types|additional_types|
getQueue|GET|/me/player/queue|player||0|||||1|2|2|||
getRecentlyPlayed|GET|/me/player/recently-played|player||0||0|||1|2|2|limit,after,before||
getRecommendations|GET|/recommendations|recommendations|get|2|||||1|2|2|limit,market,seed_artists,seed_genres,seed_tracks,min_acousticness,max_acousticness,target_acousticness,min_danceability,max_danceability,target_danceability,min_duration_ms,max_duration_ms,target_duration_ms,min_energy,max_energy,target_energy,min_instrumentalness,max_instrumentalness,target_instrumentalness,min_key,max_key,target_key,min_liveness,max_liveness,target_liveness,min_loudness,max_loudness,target_loudness,min_mode,max_mode,target_mode,min_popularity,max_popularity,target_popularity,min_speechiness,max_speechiness,target_speechiness,min_tempo,max_tempo,target_tempo,min_time_signature,max_time_signature,target_time_signature,min_valence,max_valence,target_valence|seed_artists,seed_genres,seed_tracks|
getRelatedArtists|GET|/artists/{id}/related-artists|artists||2|||||1|2|2|||
getSavedAlbums|GET|/me/albums|albums|getSaved|0||1|||1|2|2|limit,offset,market||
getSavedAudiobooks|GET|/me/audiobooks|audiobooks|getSaved|0||1|||1|2|2|limit,offset||
getSavedEpisodes|GET|/me/episodes|episodes|getSaved|0||1|||1|2|2|market,limit,offset||
getSavedShows|GET|/me/shows|shows|getSaved|0||1|||1|2|2|limit,offset||
getSavedTracks|GET|/me/tracks|tracks|getSaved|0||1|||1|2|2|market,limit,offset||
getSeveralAlbums|GET|/albums|albums|getSeveral|1|GET /albums/{id}|||query,20,ids|1|2|2|ids,market|ids|
getSeveralArtists|GET|/artists|artists|getSeveral|1|GET /artists/{id}|||query,50,ids|1|2|2|ids|ids|
getSeveralAudioFeatures|GET|/audio-features|audio|getSeveralFeatures|2||||query,100,ids|1|2|2|ids|ids|
getSeveralAudiobooks|GET|/audiobooks|audiobooks|getSeveral|1|GET /audiobooks/{id}|||query,50,ids|1|2|2|ids,market|ids|
getSeveralChapters|GET|/chapters|chapters|getSeveral|1|GET /chapters/{id}|||query,50,ids|1|2|2|ids,market|ids|
getSeveralEpisodes|GET|/episodes|episodes|getSeveral|1|GET /episodes/{id}|||query,50,ids|1|2|2|ids,market|ids|
getSeveralShows|GET|/shows|shows|getSeveral|1|GET /shows/{id}|||query,50,ids|1|2|2|ids,market|ids|
getSeveralTracks|GET|/tracks|tracks|getSeveral|1|GET /tracks/{id}|||query,50,ids|1|2|2|market,ids|ids|
getShow|GET|/shows/{id}|shows|get|0|||||1|2|2|market||
getShowEpisodes|GET|/shows/{id}/episodes|shows|getEpisodes|0||1|||1|2|2|market,limit,offset||
getTopArtists|GET|/me/top/artists|users||0||1|||1|2|2|time_range,limit,offset||
getTopTracks|GET|/me/top/tracks|users||0||1|||1|2|2|time_range,limit,offset||
getTrack|GET|/tracks/{id}|tracks|get|0|||||1|2|2|market||
getUserPlaylists|GET|/users/{user_id}/playlists|playlists|getForUser|1||1|||1|2|2|limit,offset||
getUserProfile|GET|/users/{user_id}|users|getProfile|1|||||1|2|2|||
pausePlayback|PUT|/me/player/pause|player||0|||||1|2|1|device_id||
removeLibraryItems|DELETE|/me/library|library|removeItems|0||||query,40,uris|1|2|1|uris|uris|
removePlaylistItems|DELETE|/playlists/{playlist_id}/items|playlists|removeItems|0||||body,100,items|1|1|2|||items,snapshot_id
removePlaylistTracks|DELETE|/playlists/{playlist_id}/tracks|playlists|removeTracks|1|DELETE /playlists/{playlist_id}/items|||body,100,tracks|1|1|2|||tracks,snapshot_id
removeSavedAlbums|DELETE|/me/albums|albums|remove|1|DELETE /me/library|||query,20,ids|1|1|1|ids|ids|
removeSavedAudiobooks|DELETE|/me/audiobooks|audiobooks|remove|1|DELETE /me/library|||query,50,ids|1|2|1|ids|ids|
removeSavedEpisodes|DELETE|/me/episodes|episodes|remove|1|DELETE /me/library|||query,50,ids|1|1|1|ids|ids|
removeSavedShows|DELETE|/me/shows|shows|remove|1|DELETE /me/library|||query,50,ids|1|1|1|ids,market|ids|
removeSavedTracks|DELETE|/me/tracks|tracks|remove|1|DELETE /me/library|||query,50,ids|1|1|1|ids|ids|
reorderOrReplacePlaylistItems|PUT|/playlists/{playlist_id}/items|playlists|reorderOrReplaceItems|0|||||0|1|2|uris|uris|uris,range_start,insert_before,range_length,snapshot_id
reorderOrReplacePlaylistTracks|PUT|/playlists/{playlist_id}/tracks|playlists|reorderOrReplaceTracks|1|PUT /playlists/{playlist_id}/items||||0|1|2|uris|uris|uris,range_start,insert_before,range_length,snapshot_id
saveAlbums|PUT|/me/albums|albums|save|1|PUT /me/library|||query,20,ids|1|1|1|ids|ids|
saveAudiobooks|PUT|/me/audiobooks|audiobooks|save|1|PUT /me/library|||query,50,ids|1|2|1|ids|ids|
saveEpisodes|PUT|/me/episodes|episodes|save|1|PUT /me/library|||query,50,ids|1|1|1|ids|ids|
saveLibraryItems|PUT|/me/library|library|saveItems|0||||query,40,uris|1|2|1|uris|uris|
saveShows|PUT|/me/shows|shows|save|1|PUT /me/library|||query,50,ids|1|1|1|ids|ids|
saveTracks|PUT|/me/tracks|tracks|save|1|PUT /me/library|||body,50,ids|1|1|1|||ids,timestamped_ids
search|GET|/search|search||0|||||1|2|2|q,type,market,limit,offset,include_external|type|
seekToPosition|PUT|/me/player/seek|player|seek|0|||||1|2|1|position_ms,device_id||
setPlaybackVolume|PUT|/me/player/volume|player|setVolume|0|||||1|2|1|volume_percent,device_id||
setRepeatMode|PUT|/me/player/repeat|player||0|||||1|2|1|state,device_id||
setShuffle|PUT|/me/player/shuffle|player||0|||||1|2|1|state,device_id||
skipToNext|POST|/me/player/next|player||0|||||0|2|1|device_id||
skipToPrevious|POST|/me/player/previous|player||0|||||0|2|1|device_id||
startPlayback|PUT|/me/player/play|player||0|||||1|1|1|device_id||context_uri,uris,offset,position_ms
transferPlayback|PUT|/me/player|player||0|||||1|1|1|||device_ids,play
unfollowArtistsOrUsers|DELETE|/me/following|users|unfollow|1|DELETE /me/library|||query,50,ids|1|1|1|type,ids|ids|
unfollowPlaylist|DELETE|/playlists/{playlist_id}/followers|playlists|unfollow|1|DELETE /me/library||||1|2|1|||
uploadPlaylistCoverImage|PUT|/playlists/{playlist_id}/images|playlists|uploadCoverImage|0|||||1|0|0|||
`);

/** The name of an operation (a key of the table). */
export type OperationId = keyof OperationTable;

/** The table row of an operation. */
export type OperationSpec<Id extends OperationId = OperationId> = OperationTable[Id];

/** The path template of an operation, e.g. `/albums/{id}` for `getAlbum`. */
export type OperationPath<Id extends OperationId> = OperationSpec<Id>["path"];

/** The upper-case HTTP method of an operation. */
export type OperationMethod<Id extends OperationId> = OperationSpec<Id>["method"];

/** openapi-typescript's `operations[Id]` (parameters, requestBody, responses) per operation. */
export type OperationTypes = { [Id in OperationId]: operations[Id] };

/** Reads the encoded table back: one line per row, fields split at `|` (codegen/rowEncoding.ts). */
/* @__NO_SIDE_EFFECTS__ */
function decodeOperationTable(text: string): OperationTable {
  const table: Record<string, unknown> = {};
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const fields = line.split("|");
    if (fields.length !== 16) throw new Error(`decodeOperationTable: not 16 fields: ${line}`);
    const [
      id,
      method,
      path,
      service,
      name,
      availability,
      replacement,
      pagination,
      pageKey,
      maxItems,
      idempotent,
      requestBody,
      response,
      queryParams,
      listParams,
      bodyParams,
    ] = fields as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const row: Record<string, unknown> = {
      method,
      path,
      service,
      name: name || id,
      availability: ["all", "extended", "legacy"][parseInt(availability, 36)],
      replacement: replacement || undefined,
      pagination: ["cursor", "offset"][parseInt(pagination, 36)],
      pageKey: pageKey || undefined,
      maxItems: limit(maxItems),
      idempotent: idempotent === "1",
      requestBody: ["image", "json", "none"][parseInt(requestBody, 36)],
      response: ["accepted", "empty", "json"][parseInt(response, 36)],
      pathParams: Array.from(path.matchAll(/\{([^}]+)\}/g), (match) => match[1]),
      queryParams: list(queryParams),
      listParams: list(listParams),
      bodyParams: list(bodyParams),
    };
    table[id] = Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
  }
  return table as OperationTable;
}

function limit(text: string): { in: string; max: number; name: string } | undefined {
  const [at = "", max = "", name = ""] = text.split(",");
  return text === "" ? undefined : { in: at, max: Number(max), name };
}

function list(text: string): string[] {
  return text === "" ? [] : text.split(",");
}
