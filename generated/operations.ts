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
    readonly idempotent: false;
    readonly requestBody: "json";
    readonly pathParams: readonly ["playlist_id"];
  };
  readonly addPlaylistTracks: {
    readonly method: "POST";
    readonly path: "/playlists/{playlist_id}/tracks";
    readonly service: "playlists";
    readonly name: "addTracks";
    readonly availability: "extended";
    readonly idempotent: false;
    readonly requestBody: "json";
    readonly pathParams: readonly ["playlist_id"];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "POST /playlists/{playlist_id}/items";
  };
  readonly addToQueue: {
    readonly method: "POST";
    readonly path: "/me/player/queue";
    readonly service: "player";
    readonly name: "addToQueue";
    readonly availability: "all";
    readonly idempotent: false;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly changePlaylistDetails: {
    readonly method: "PUT";
    readonly path: "/playlists/{playlist_id}";
    readonly service: "playlists";
    readonly name: "changeDetails";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly ["playlist_id"];
  };
  readonly checkFollowing: {
    readonly method: "GET";
    readonly path: "/me/following/contains";
    readonly service: "users";
    readonly name: "checkFollowing";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /me/library/contains";
  };
  readonly checkLibraryContains: {
    readonly method: "GET";
    readonly path: "/me/library/contains";
    readonly service: "library";
    readonly name: "checkContains";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly checkPlaylistFollowers: {
    readonly method: "GET";
    readonly path: "/playlists/{playlist_id}/followers/contains";
    readonly service: "playlists";
    readonly name: "checkFollowers";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["playlist_id"];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /me/library/contains";
  };
  readonly checkSavedAlbums: {
    readonly method: "GET";
    readonly path: "/me/albums/contains";
    readonly service: "albums";
    readonly name: "checkSaved";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /me/library/contains";
  };
  readonly checkSavedAudiobooks: {
    readonly method: "GET";
    readonly path: "/me/audiobooks/contains";
    readonly service: "audiobooks";
    readonly name: "checkSaved";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /me/library/contains";
  };
  readonly checkSavedEpisodes: {
    readonly method: "GET";
    readonly path: "/me/episodes/contains";
    readonly service: "episodes";
    readonly name: "checkSaved";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /me/library/contains";
  };
  readonly checkSavedShows: {
    readonly method: "GET";
    readonly path: "/me/shows/contains";
    readonly service: "shows";
    readonly name: "checkSaved";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /me/library/contains";
  };
  readonly checkSavedTracks: {
    readonly method: "GET";
    readonly path: "/me/tracks/contains";
    readonly service: "tracks";
    readonly name: "checkSaved";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /me/library/contains";
  };
  readonly createPlaylist: {
    readonly method: "POST";
    readonly path: "/me/playlists";
    readonly service: "playlists";
    readonly name: "create";
    readonly availability: "all";
    readonly idempotent: false;
    readonly requestBody: "json";
    readonly pathParams: readonly [];
  };
  readonly createPlaylistForUser: {
    readonly method: "POST";
    readonly path: "/users/{user_id}/playlists";
    readonly service: "playlists";
    readonly name: "createForUser";
    readonly availability: "extended";
    readonly idempotent: false;
    readonly requestBody: "json";
    readonly pathParams: readonly ["user_id"];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "POST /me/playlists";
  };
  readonly followArtistsOrUsers: {
    readonly method: "PUT";
    readonly path: "/me/following";
    readonly service: "users";
    readonly name: "follow";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "PUT /me/library";
  };
  readonly followPlaylist: {
    readonly method: "PUT";
    readonly path: "/playlists/{playlist_id}/followers";
    readonly service: "playlists";
    readonly name: "follow";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly ["playlist_id"];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "PUT /me/library";
  };
  readonly getAlbum: {
    readonly method: "GET";
    readonly path: "/albums/{id}";
    readonly service: "albums";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
  };
  readonly getAlbumTracks: {
    readonly method: "GET";
    readonly path: "/albums/{id}/tracks";
    readonly service: "albums";
    readonly name: "getTracks";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
    readonly pagination: "offset";
  };
  readonly getArtist: {
    readonly method: "GET";
    readonly path: "/artists/{id}";
    readonly service: "artists";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
  };
  readonly getArtistAlbums: {
    readonly method: "GET";
    readonly path: "/artists/{id}/albums";
    readonly service: "artists";
    readonly name: "getAlbums";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
    readonly pagination: "offset";
  };
  readonly getArtistTopTracks: {
    readonly method: "GET";
    readonly path: "/artists/{id}/top-tracks";
    readonly service: "artists";
    readonly name: "getTopTracks";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
  };
  readonly getAudioAnalysis: {
    readonly method: "GET";
    readonly path: "/audio-analysis/{id}";
    readonly service: "audio";
    readonly name: "getAnalysis";
    readonly availability: "legacy";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
    readonly availabilityNote: "this operation is only open to apps that had extended access before 27 November 2024";
  };
  readonly getAudioFeatures: {
    readonly method: "GET";
    readonly path: "/audio-features/{id}";
    readonly service: "audio";
    readonly name: "getFeatures";
    readonly availability: "legacy";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
    readonly availabilityNote: "this operation is only open to apps that had extended access before 27 November 2024";
  };
  readonly getAudiobook: {
    readonly method: "GET";
    readonly path: "/audiobooks/{id}";
    readonly service: "audiobooks";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
  };
  readonly getAudiobookChapters: {
    readonly method: "GET";
    readonly path: "/audiobooks/{id}/chapters";
    readonly service: "audiobooks";
    readonly name: "getChapters";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
    readonly pagination: "offset";
  };
  readonly getAvailableDevices: {
    readonly method: "GET";
    readonly path: "/me/player/devices";
    readonly service: "player";
    readonly name: "getDevices";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly getAvailableMarkets: {
    readonly method: "GET";
    readonly path: "/markets";
    readonly service: "markets";
    readonly name: "getAvailable";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
  };
  readonly getCategories: {
    readonly method: "GET";
    readonly path: "/browse/categories";
    readonly service: "browse";
    readonly name: "getCategories";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly pagination: "offset";
    readonly pageKey: "categories";
  };
  readonly getCategory: {
    readonly method: "GET";
    readonly path: "/browse/categories/{category_id}";
    readonly service: "browse";
    readonly name: "getCategory";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["category_id"];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
  };
  readonly getCategoryPlaylists: {
    readonly method: "GET";
    readonly path: "/browse/categories/{category_id}/playlists";
    readonly service: "browse";
    readonly name: "getCategoryPlaylists";
    readonly availability: "legacy";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["category_id"];
    readonly availabilityNote: "this operation is only open to apps that had extended access before 27 November 2024";
    readonly pagination: "offset";
    readonly pageKey: "playlists";
  };
  readonly getChapter: {
    readonly method: "GET";
    readonly path: "/chapters/{id}";
    readonly service: "chapters";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
  };
  readonly getCurrentUserPlaylists: {
    readonly method: "GET";
    readonly path: "/me/playlists";
    readonly service: "playlists";
    readonly name: "getForCurrentUser";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly pagination: "offset";
  };
  readonly getCurrentUserProfile: {
    readonly method: "GET";
    readonly path: "/me";
    readonly service: "users";
    readonly name: "getCurrentProfile";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly getCurrentlyPlaying: {
    readonly method: "GET";
    readonly path: "/me/player/currently-playing";
    readonly service: "player";
    readonly name: "getCurrentlyPlaying";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly getEpisode: {
    readonly method: "GET";
    readonly path: "/episodes/{id}";
    readonly service: "episodes";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
  };
  readonly getFeaturedPlaylists: {
    readonly method: "GET";
    readonly path: "/browse/featured-playlists";
    readonly service: "browse";
    readonly name: "getFeaturedPlaylists";
    readonly availability: "legacy";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps that had extended access before 27 November 2024";
    readonly pagination: "offset";
    readonly pageKey: "playlists";
  };
  readonly getFollowedArtists: {
    readonly method: "GET";
    readonly path: "/me/following";
    readonly service: "users";
    readonly name: "getFollowedArtists";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly pagination: "cursor";
    readonly pageKey: "artists";
  };
  readonly getGenreSeeds: {
    readonly method: "GET";
    readonly path: "/recommendations/available-genre-seeds";
    readonly service: "recommendations";
    readonly name: "getGenreSeeds";
    readonly availability: "legacy";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps that had extended access before 27 November 2024";
  };
  readonly getNewReleases: {
    readonly method: "GET";
    readonly path: "/browse/new-releases";
    readonly service: "browse";
    readonly name: "getNewReleases";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly pagination: "offset";
    readonly pageKey: "albums";
  };
  readonly getPlaybackState: {
    readonly method: "GET";
    readonly path: "/me/player";
    readonly service: "player";
    readonly name: "getPlaybackState";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly getPlaylist: {
    readonly method: "GET";
    readonly path: "/playlists/{playlist_id}";
    readonly service: "playlists";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["playlist_id"];
  };
  readonly getPlaylistCoverImage: {
    readonly method: "GET";
    readonly path: "/playlists/{playlist_id}/images";
    readonly service: "playlists";
    readonly name: "getCoverImage";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["playlist_id"];
  };
  readonly getPlaylistItems: {
    readonly method: "GET";
    readonly path: "/playlists/{playlist_id}/items";
    readonly service: "playlists";
    readonly name: "getItems";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["playlist_id"];
    readonly pagination: "offset";
  };
  readonly getPlaylistTracks: {
    readonly method: "GET";
    readonly path: "/playlists/{playlist_id}/tracks";
    readonly service: "playlists";
    readonly name: "getTracks";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["playlist_id"];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /playlists/{playlist_id}/items";
    readonly pagination: "offset";
  };
  readonly getQueue: {
    readonly method: "GET";
    readonly path: "/me/player/queue";
    readonly service: "player";
    readonly name: "getQueue";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly getRecentlyPlayed: {
    readonly method: "GET";
    readonly path: "/me/player/recently-played";
    readonly service: "player";
    readonly name: "getRecentlyPlayed";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly pagination: "cursor";
  };
  readonly getRecommendations: {
    readonly method: "GET";
    readonly path: "/recommendations";
    readonly service: "recommendations";
    readonly name: "get";
    readonly availability: "legacy";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps that had extended access before 27 November 2024";
  };
  readonly getRelatedArtists: {
    readonly method: "GET";
    readonly path: "/artists/{id}/related-artists";
    readonly service: "artists";
    readonly name: "getRelatedArtists";
    readonly availability: "legacy";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
    readonly availabilityNote: "this operation is only open to apps that had extended access before 27 November 2024";
  };
  readonly getSavedAlbums: {
    readonly method: "GET";
    readonly path: "/me/albums";
    readonly service: "albums";
    readonly name: "getSaved";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly pagination: "offset";
  };
  readonly getSavedAudiobooks: {
    readonly method: "GET";
    readonly path: "/me/audiobooks";
    readonly service: "audiobooks";
    readonly name: "getSaved";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly pagination: "offset";
  };
  readonly getSavedEpisodes: {
    readonly method: "GET";
    readonly path: "/me/episodes";
    readonly service: "episodes";
    readonly name: "getSaved";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly pagination: "offset";
  };
  readonly getSavedShows: {
    readonly method: "GET";
    readonly path: "/me/shows";
    readonly service: "shows";
    readonly name: "getSaved";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly pagination: "offset";
  };
  readonly getSavedTracks: {
    readonly method: "GET";
    readonly path: "/me/tracks";
    readonly service: "tracks";
    readonly name: "getSaved";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly pagination: "offset";
  };
  readonly getSeveralAlbums: {
    readonly method: "GET";
    readonly path: "/albums";
    readonly service: "albums";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /albums/{id}";
  };
  readonly getSeveralArtists: {
    readonly method: "GET";
    readonly path: "/artists";
    readonly service: "artists";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /artists/{id}";
  };
  readonly getSeveralAudioFeatures: {
    readonly method: "GET";
    readonly path: "/audio-features";
    readonly service: "audio";
    readonly name: "getSeveralFeatures";
    readonly availability: "legacy";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps that had extended access before 27 November 2024";
  };
  readonly getSeveralAudiobooks: {
    readonly method: "GET";
    readonly path: "/audiobooks";
    readonly service: "audiobooks";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /audiobooks/{id}";
  };
  readonly getSeveralChapters: {
    readonly method: "GET";
    readonly path: "/chapters";
    readonly service: "chapters";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /chapters/{id}";
  };
  readonly getSeveralEpisodes: {
    readonly method: "GET";
    readonly path: "/episodes";
    readonly service: "episodes";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /episodes/{id}";
  };
  readonly getSeveralShows: {
    readonly method: "GET";
    readonly path: "/shows";
    readonly service: "shows";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /shows/{id}";
  };
  readonly getSeveralTracks: {
    readonly method: "GET";
    readonly path: "/tracks";
    readonly service: "tracks";
    readonly name: "getSeveral";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "GET /tracks/{id}";
  };
  readonly getShow: {
    readonly method: "GET";
    readonly path: "/shows/{id}";
    readonly service: "shows";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
  };
  readonly getShowEpisodes: {
    readonly method: "GET";
    readonly path: "/shows/{id}/episodes";
    readonly service: "shows";
    readonly name: "getEpisodes";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
    readonly pagination: "offset";
  };
  readonly getTopArtists: {
    readonly method: "GET";
    readonly path: "/me/top/artists";
    readonly service: "users";
    readonly name: "getTopArtists";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly pagination: "offset";
  };
  readonly getTopTracks: {
    readonly method: "GET";
    readonly path: "/me/top/tracks";
    readonly service: "users";
    readonly name: "getTopTracks";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly pagination: "offset";
  };
  readonly getTrack: {
    readonly method: "GET";
    readonly path: "/tracks/{id}";
    readonly service: "tracks";
    readonly name: "get";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["id"];
  };
  readonly getUserPlaylists: {
    readonly method: "GET";
    readonly path: "/users/{user_id}/playlists";
    readonly service: "playlists";
    readonly name: "getForUser";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["user_id"];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly pagination: "offset";
  };
  readonly getUserProfile: {
    readonly method: "GET";
    readonly path: "/users/{user_id}";
    readonly service: "users";
    readonly name: "getProfile";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["user_id"];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
  };
  readonly pausePlayback: {
    readonly method: "PUT";
    readonly path: "/me/player/pause";
    readonly service: "player";
    readonly name: "pausePlayback";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly removeLibraryItems: {
    readonly method: "DELETE";
    readonly path: "/me/library";
    readonly service: "library";
    readonly name: "removeItems";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly removePlaylistItems: {
    readonly method: "DELETE";
    readonly path: "/playlists/{playlist_id}/items";
    readonly service: "playlists";
    readonly name: "removeItems";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly ["playlist_id"];
  };
  readonly removePlaylistTracks: {
    readonly method: "DELETE";
    readonly path: "/playlists/{playlist_id}/tracks";
    readonly service: "playlists";
    readonly name: "removeTracks";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly ["playlist_id"];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "DELETE /playlists/{playlist_id}/items";
  };
  readonly removeSavedAlbums: {
    readonly method: "DELETE";
    readonly path: "/me/albums";
    readonly service: "albums";
    readonly name: "remove";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "DELETE /me/library";
  };
  readonly removeSavedAudiobooks: {
    readonly method: "DELETE";
    readonly path: "/me/audiobooks";
    readonly service: "audiobooks";
    readonly name: "remove";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "DELETE /me/library";
  };
  readonly removeSavedEpisodes: {
    readonly method: "DELETE";
    readonly path: "/me/episodes";
    readonly service: "episodes";
    readonly name: "remove";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "DELETE /me/library";
  };
  readonly removeSavedShows: {
    readonly method: "DELETE";
    readonly path: "/me/shows";
    readonly service: "shows";
    readonly name: "remove";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "DELETE /me/library";
  };
  readonly removeSavedTracks: {
    readonly method: "DELETE";
    readonly path: "/me/tracks";
    readonly service: "tracks";
    readonly name: "remove";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "DELETE /me/library";
  };
  readonly reorderOrReplacePlaylistItems: {
    readonly method: "PUT";
    readonly path: "/playlists/{playlist_id}/items";
    readonly service: "playlists";
    readonly name: "reorderOrReplaceItems";
    readonly availability: "all";
    readonly idempotent: false;
    readonly requestBody: "json";
    readonly pathParams: readonly ["playlist_id"];
  };
  readonly reorderOrReplacePlaylistTracks: {
    readonly method: "PUT";
    readonly path: "/playlists/{playlist_id}/tracks";
    readonly service: "playlists";
    readonly name: "reorderOrReplaceTracks";
    readonly availability: "extended";
    readonly idempotent: false;
    readonly requestBody: "json";
    readonly pathParams: readonly ["playlist_id"];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "PUT /playlists/{playlist_id}/items";
  };
  readonly saveAlbums: {
    readonly method: "PUT";
    readonly path: "/me/albums";
    readonly service: "albums";
    readonly name: "save";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "PUT /me/library";
  };
  readonly saveAudiobooks: {
    readonly method: "PUT";
    readonly path: "/me/audiobooks";
    readonly service: "audiobooks";
    readonly name: "save";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "PUT /me/library";
  };
  readonly saveEpisodes: {
    readonly method: "PUT";
    readonly path: "/me/episodes";
    readonly service: "episodes";
    readonly name: "save";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "PUT /me/library";
  };
  readonly saveLibraryItems: {
    readonly method: "PUT";
    readonly path: "/me/library";
    readonly service: "library";
    readonly name: "saveItems";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly saveShows: {
    readonly method: "PUT";
    readonly path: "/me/shows";
    readonly service: "shows";
    readonly name: "save";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "PUT /me/library";
  };
  readonly saveTracks: {
    readonly method: "PUT";
    readonly path: "/me/tracks";
    readonly service: "tracks";
    readonly name: "save";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "PUT /me/library";
  };
  readonly search: {
    readonly method: "GET";
    readonly path: "/search";
    readonly service: "search";
    readonly name: "search";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly seekToPosition: {
    readonly method: "PUT";
    readonly path: "/me/player/seek";
    readonly service: "player";
    readonly name: "seek";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly setPlaybackVolume: {
    readonly method: "PUT";
    readonly path: "/me/player/volume";
    readonly service: "player";
    readonly name: "setVolume";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly setRepeatMode: {
    readonly method: "PUT";
    readonly path: "/me/player/repeat";
    readonly service: "player";
    readonly name: "setRepeatMode";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly setShuffle: {
    readonly method: "PUT";
    readonly path: "/me/player/shuffle";
    readonly service: "player";
    readonly name: "setShuffle";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly skipToNext: {
    readonly method: "POST";
    readonly path: "/me/player/next";
    readonly service: "player";
    readonly name: "skipToNext";
    readonly availability: "all";
    readonly idempotent: false;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly skipToPrevious: {
    readonly method: "POST";
    readonly path: "/me/player/previous";
    readonly service: "player";
    readonly name: "skipToPrevious";
    readonly availability: "all";
    readonly idempotent: false;
    readonly requestBody: "none";
    readonly pathParams: readonly [];
  };
  readonly startPlayback: {
    readonly method: "PUT";
    readonly path: "/me/player/play";
    readonly service: "player";
    readonly name: "startPlayback";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly [];
  };
  readonly transferPlayback: {
    readonly method: "PUT";
    readonly path: "/me/player";
    readonly service: "player";
    readonly name: "transferPlayback";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly [];
  };
  readonly unfollowArtistsOrUsers: {
    readonly method: "DELETE";
    readonly path: "/me/following";
    readonly service: "users";
    readonly name: "unfollow";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "json";
    readonly pathParams: readonly [];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "DELETE /me/library";
  };
  readonly unfollowPlaylist: {
    readonly method: "DELETE";
    readonly path: "/playlists/{playlist_id}/followers";
    readonly service: "playlists";
    readonly name: "unfollow";
    readonly availability: "extended";
    readonly idempotent: true;
    readonly requestBody: "none";
    readonly pathParams: readonly ["playlist_id"];
    readonly availabilityNote: "this operation is only open to apps with Extended Quota Mode since February/March 2026";
    readonly replacement: "DELETE /me/library";
  };
  readonly uploadPlaylistCoverImage: {
    readonly method: "PUT";
    readonly path: "/playlists/{playlist_id}/images";
    readonly service: "playlists";
    readonly name: "uploadCoverImage";
    readonly availability: "all";
    readonly idempotent: true;
    readonly requestBody: "image";
    readonly pathParams: readonly ["playlist_id"];
  };
};

/**
 * Every operation of the document as data; src/ turns rows into client methods. Shipped as
 * one line of text per operation (fields ended by `|`, in the order of
 * {@link OperationTable}'s members), decoded once when the module loads.
 */
export const operationTable: OperationTable = /* @__PURE__ */ decodeOperationTable(`
addPlaylistItems|POST|/playlists/{playlist_id}/items|playlists|addItems|0|0|1|||||
addPlaylistTracks|POST|/playlists/{playlist_id}/tracks|playlists|addTracks|1|0|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|POST /playlists/{playlist_id}/items|||
addToQueue|POST|/me/player/queue|player||0|0|2|||||
changePlaylistDetails|PUT|/playlists/{playlist_id}|playlists|changeDetails|0|1|1|||||
checkFollowing|GET|/me/following/contains|users||1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /me/library/contains|||
checkLibraryContains|GET|/me/library/contains|library|checkContains|0|1|2|||||
checkPlaylistFollowers|GET|/playlists/{playlist_id}/followers/contains|playlists|checkFollowers|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /me/library/contains|||
checkSavedAlbums|GET|/me/albums/contains|albums|checkSaved|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /me/library/contains|||
checkSavedAudiobooks|GET|/me/audiobooks/contains|audiobooks|checkSaved|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /me/library/contains|||
checkSavedEpisodes|GET|/me/episodes/contains|episodes|checkSaved|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /me/library/contains|||
checkSavedShows|GET|/me/shows/contains|shows|checkSaved|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /me/library/contains|||
checkSavedTracks|GET|/me/tracks/contains|tracks|checkSaved|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /me/library/contains|||
createPlaylist|POST|/me/playlists|playlists|create|0|0|1|||||
createPlaylistForUser|POST|/users/{user_id}/playlists|playlists|createForUser|1|0|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|POST /me/playlists|||
followArtistsOrUsers|PUT|/me/following|users|follow|1|1|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|PUT /me/library|||
followPlaylist|PUT|/playlists/{playlist_id}/followers|playlists|follow|1|1|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|PUT /me/library|||
getAlbum|GET|/albums/{id}|albums|get|0|1|2|||||
getAlbumTracks|GET|/albums/{id}/tracks|albums|getTracks|0|1|2|||1||
getArtist|GET|/artists/{id}|artists|get|0|1|2|||||
getArtistAlbums|GET|/artists/{id}/albums|artists|getAlbums|0|1|2|||1||
getArtistTopTracks|GET|/artists/{id}/top-tracks|artists|getTopTracks|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026||||
getAudioAnalysis|GET|/audio-analysis/{id}|audio|getAnalysis|2|1|2|this operation is only open to apps that had extended access before 27 November 2024||||
getAudioFeatures|GET|/audio-features/{id}|audio|getFeatures|2|1|2|this operation is only open to apps that had extended access before 27 November 2024||||
getAudiobook|GET|/audiobooks/{id}|audiobooks|get|0|1|2|||||
getAudiobookChapters|GET|/audiobooks/{id}/chapters|audiobooks|getChapters|0|1|2|||1||
getAvailableDevices|GET|/me/player/devices|player|getDevices|0|1|2|||||
getAvailableMarkets|GET|/markets|markets|getAvailable|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026||||
getCategories|GET|/browse/categories|browse||1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026||1|categories|
getCategory|GET|/browse/categories/{category_id}|browse||1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026||||
getCategoryPlaylists|GET|/browse/categories/{category_id}/playlists|browse||2|1|2|this operation is only open to apps that had extended access before 27 November 2024||1|playlists|
getChapter|GET|/chapters/{id}|chapters|get|0|1|2|||||
getCurrentUserPlaylists|GET|/me/playlists|playlists|getForCurrentUser|0|1|2|||1||
getCurrentUserProfile|GET|/me|users|getCurrentProfile|0|1|2|||||
getCurrentlyPlaying|GET|/me/player/currently-playing|player||0|1|2|||||
getEpisode|GET|/episodes/{id}|episodes|get|0|1|2|||||
getFeaturedPlaylists|GET|/browse/featured-playlists|browse||2|1|2|this operation is only open to apps that had extended access before 27 November 2024||1|playlists|
getFollowedArtists|GET|/me/following|users||0|1|2|||0|artists|
getGenreSeeds|GET|/recommendations/available-genre-seeds|recommendations||2|1|2|this operation is only open to apps that had extended access before 27 November 2024||||
getNewReleases|GET|/browse/new-releases|browse||1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026||1|albums|
getPlaybackState|GET|/me/player|player||0|1|2|||||
getPlaylist|GET|/playlists/{playlist_id}|playlists|get|0|1|2|||||
getPlaylistCoverImage|GET|/playlists/{playlist_id}/images|playlists|getCoverImage|0|1|2|||||
getPlaylistItems|GET|/playlists/{playlist_id}/items|playlists|getItems|0|1|2|||1||
getPlaylistTracks|GET|/playlists/{playlist_id}/tracks|playlists|getTracks|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /playlists/{playlist_id}/items|1||
getQueue|GET|/me/player/queue|player||0|1|2|||||
getRecentlyPlayed|GET|/me/player/recently-played|player||0|1|2|||0||
getRecommendations|GET|/recommendations|recommendations|get|2|1|2|this operation is only open to apps that had extended access before 27 November 2024||||
getRelatedArtists|GET|/artists/{id}/related-artists|artists||2|1|2|this operation is only open to apps that had extended access before 27 November 2024||||
getSavedAlbums|GET|/me/albums|albums|getSaved|0|1|2|||1||
getSavedAudiobooks|GET|/me/audiobooks|audiobooks|getSaved|0|1|2|||1||
getSavedEpisodes|GET|/me/episodes|episodes|getSaved|0|1|2|||1||
getSavedShows|GET|/me/shows|shows|getSaved|0|1|2|||1||
getSavedTracks|GET|/me/tracks|tracks|getSaved|0|1|2|||1||
getSeveralAlbums|GET|/albums|albums|getSeveral|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /albums/{id}|||
getSeveralArtists|GET|/artists|artists|getSeveral|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /artists/{id}|||
getSeveralAudioFeatures|GET|/audio-features|audio|getSeveralFeatures|2|1|2|this operation is only open to apps that had extended access before 27 November 2024||||
getSeveralAudiobooks|GET|/audiobooks|audiobooks|getSeveral|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /audiobooks/{id}|||
getSeveralChapters|GET|/chapters|chapters|getSeveral|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /chapters/{id}|||
getSeveralEpisodes|GET|/episodes|episodes|getSeveral|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /episodes/{id}|||
getSeveralShows|GET|/shows|shows|getSeveral|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /shows/{id}|||
getSeveralTracks|GET|/tracks|tracks|getSeveral|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|GET /tracks/{id}|||
getShow|GET|/shows/{id}|shows|get|0|1|2|||||
getShowEpisodes|GET|/shows/{id}/episodes|shows|getEpisodes|0|1|2|||1||
getTopArtists|GET|/me/top/artists|users||0|1|2|||1||
getTopTracks|GET|/me/top/tracks|users||0|1|2|||1||
getTrack|GET|/tracks/{id}|tracks|get|0|1|2|||||
getUserPlaylists|GET|/users/{user_id}/playlists|playlists|getForUser|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026||1||
getUserProfile|GET|/users/{user_id}|users|getProfile|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026||||
pausePlayback|PUT|/me/player/pause|player||0|1|2|||||
removeLibraryItems|DELETE|/me/library|library|removeItems|0|1|2|||||
removePlaylistItems|DELETE|/playlists/{playlist_id}/items|playlists|removeItems|0|1|1|||||
removePlaylistTracks|DELETE|/playlists/{playlist_id}/tracks|playlists|removeTracks|1|1|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|DELETE /playlists/{playlist_id}/items|||
removeSavedAlbums|DELETE|/me/albums|albums|remove|1|1|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|DELETE /me/library|||
removeSavedAudiobooks|DELETE|/me/audiobooks|audiobooks|remove|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|DELETE /me/library|||
removeSavedEpisodes|DELETE|/me/episodes|episodes|remove|1|1|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|DELETE /me/library|||
removeSavedShows|DELETE|/me/shows|shows|remove|1|1|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|DELETE /me/library|||
removeSavedTracks|DELETE|/me/tracks|tracks|remove|1|1|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|DELETE /me/library|||
reorderOrReplacePlaylistItems|PUT|/playlists/{playlist_id}/items|playlists|reorderOrReplaceItems|0|0|1|||||
reorderOrReplacePlaylistTracks|PUT|/playlists/{playlist_id}/tracks|playlists|reorderOrReplaceTracks|1|0|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|PUT /playlists/{playlist_id}/items|||
saveAlbums|PUT|/me/albums|albums|save|1|1|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|PUT /me/library|||
saveAudiobooks|PUT|/me/audiobooks|audiobooks|save|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|PUT /me/library|||
saveEpisodes|PUT|/me/episodes|episodes|save|1|1|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|PUT /me/library|||
saveLibraryItems|PUT|/me/library|library|saveItems|0|1|2|||||
saveShows|PUT|/me/shows|shows|save|1|1|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|PUT /me/library|||
saveTracks|PUT|/me/tracks|tracks|save|1|1|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|PUT /me/library|||
search|GET|/search|search||0|1|2|||||
seekToPosition|PUT|/me/player/seek|player|seek|0|1|2|||||
setPlaybackVolume|PUT|/me/player/volume|player|setVolume|0|1|2|||||
setRepeatMode|PUT|/me/player/repeat|player||0|1|2|||||
setShuffle|PUT|/me/player/shuffle|player||0|1|2|||||
skipToNext|POST|/me/player/next|player||0|0|2|||||
skipToPrevious|POST|/me/player/previous|player||0|0|2|||||
startPlayback|PUT|/me/player/play|player||0|1|1|||||
transferPlayback|PUT|/me/player|player||0|1|1|||||
unfollowArtistsOrUsers|DELETE|/me/following|users|unfollow|1|1|1|this operation is only open to apps with Extended Quota Mode since February/March 2026|DELETE /me/library|||
unfollowPlaylist|DELETE|/playlists/{playlist_id}/followers|playlists|unfollow|1|1|2|this operation is only open to apps with Extended Quota Mode since February/March 2026|DELETE /me/library|||
uploadPlaylistCoverImage|PUT|/playlists/{playlist_id}/images|playlists|uploadCoverImage|0|1|0|||||
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

/** Reads the encoded table back: fields split at `|`, 12 per row (codegen/rowEncoding.ts). */
/* @__NO_SIDE_EFFECTS__ */
function decodeOperationTable(text: string): OperationTable {
  const availabilityValues = ["all", "extended", "legacy"];
  const requestBodyValues = ["image", "json", "none"];
  const paginationValues = ["cursor", "offset"];
  const table: Record<string, unknown> = {};
  const fields = text.split("|");
  for (let at = 0; at < fields.length - 1; at += 12) {
    const head = fields[at] as string;
    if (head.charCodeAt(0) !== 10) throw new Error(`decodeOperationTable: not a row: ${head}`);
    const id = head.slice(1);
    const row: Record<string, unknown> = {
      method: fields[at + 1],
      path: fields[at + 2],
      service: fields[at + 3],
      name: fields[at + 4] || id,
      availability: availabilityValues[+(fields[at + 5] as string)],
      idempotent: fields[at + 6] === "1",
      requestBody: requestBodyValues[+(fields[at + 7] as string)],
      pathParams: templateParams(fields[at + 2] as string),
    };
    if (fields[at + 8] !== "") row.availabilityNote = fields[at + 8];
    if (fields[at + 9] !== "") row.replacement = fields[at + 9];
    if (fields[at + 10] !== "") row.pagination = paginationValues[+(fields[at + 10] as string)];
    if (fields[at + 11] !== "") row.pageKey = fields[at + 11];
    table[id] = row;
  }
  return table as OperationTable;
}

/** The `{name}` segments of a path template, in order. */
function templateParams(path: string): string[] {
  const names: string[] = [];
  for (let open = path.indexOf("{"); open !== -1; open = path.indexOf("{", open + 1)) {
    names.push(path.slice(open + 1, path.indexOf("}", open)));
  }
  return names;
}
