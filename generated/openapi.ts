/**
 * TypeScript types of the Spotify Web API (openapi-typescript).
 *
 * Generated from openapi/spotify.yaml by `npm run generate` (codegen/generate.ts).
 * Do not edit by hand: change the document or the generator, then regenerate.
 */

export type paths = {
  "/albums/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an album */
    get: operations["getAlbum"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/albums": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get several albums
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getSeveralAlbums"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/albums/{id}/tracks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an album's tracks */
    get: operations["getAlbumTracks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/albums": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the user's saved albums */
    get: operations["getSavedAlbums"];
    /**
     * Save albums to the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    put: operations["saveAlbums"];
    post?: never;
    /**
     * Remove albums from the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    delete: operations["removeSavedAlbums"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/albums/contains": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check whether albums are in the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["checkSavedAlbums"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/artists/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an artist */
    get: operations["getArtist"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/artists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get several artists
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getSeveralArtists"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/artists/{id}/albums": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an artist's albums */
    get: operations["getArtistAlbums"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/artists/{id}/top-tracks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an artist's top tracks
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getArtistTopTracks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/artists/{id}/related-artists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get artists similar to an artist
     * @deprecated
     * @description Only for apps that had extended access before 2024-11-27.
     */
    get: operations["getRelatedArtists"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/audiobooks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get an audiobook
     * @description Audiobooks are only available in some markets (US, UK, Canada, Ireland, New Zealand, Australia and a few more).
     */
    get: operations["getAudiobook"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/audiobooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get several audiobooks
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getSeveralAudiobooks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/audiobooks/{id}/chapters": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an audiobook's chapters */
    get: operations["getAudiobookChapters"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/audiobooks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the user's saved audiobooks */
    get: operations["getSavedAudiobooks"];
    /**
     * Save audiobooks to the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    put: operations["saveAudiobooks"];
    post?: never;
    /**
     * Remove audiobooks from the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    delete: operations["removeSavedAudiobooks"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/audiobooks/contains": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check whether audiobooks are in the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["checkSavedAudiobooks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/chapters/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get an audiobook chapter */
    get: operations["getChapter"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/chapters": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get several audiobook chapters
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getSeveralChapters"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/episodes/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a podcast episode
     * @description `resume_point` is only filled in with the user-read-playback-position scope.
     */
    get: operations["getEpisode"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/episodes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get several podcast episodes
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getSeveralEpisodes"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/episodes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the user's saved episodes */
    get: operations["getSavedEpisodes"];
    /**
     * Save episodes to the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    put: operations["saveEpisodes"];
    post?: never;
    /**
     * Remove episodes from the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    delete: operations["removeSavedEpisodes"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/episodes/contains": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check whether episodes are in the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["checkSavedEpisodes"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/shows/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a podcast show */
    get: operations["getShow"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/shows": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get several podcast shows
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getSeveralShows"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/shows/{id}/episodes": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a show's episodes */
    get: operations["getShowEpisodes"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/shows": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the user's saved shows */
    get: operations["getSavedShows"];
    /**
     * Save shows to the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    put: operations["saveShows"];
    post?: never;
    /**
     * Remove shows from the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    delete: operations["removeSavedShows"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/shows/contains": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check whether shows are in the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["checkSavedShows"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/tracks/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a track */
    get: operations["getTrack"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/tracks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get several tracks
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getSeveralTracks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/tracks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the user's saved tracks */
    get: operations["getSavedTracks"];
    /**
     * Save tracks to the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    put: operations["saveTracks"];
    post?: never;
    /**
     * Remove tracks from the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    delete: operations["removeSavedTracks"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/tracks/contains": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check whether tracks are in the user's library
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["checkSavedTracks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/search": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Search the catalog
     * @description Each requested type comes back as its own page (`tracks`, `albums`, ...), so the response carries no single pagination key.
     */
    get: operations["search"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/playlists/{playlist_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a playlist */
    get: operations["getPlaylist"];
    /** Change a playlist's name, visibility or description */
    put: operations["changePlaylistDetails"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/playlists/{playlist_id}/items": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a playlist's items
     * @description Only for playlists the user owns or collaborates on.
     */
    get: operations["getPlaylistItems"];
    /**
     * Reorder or replace a playlist's items
     * @description Send `uris` to replace all items, or `range_start` and `insert_before` (and optionally `range_length`) to move a block. A reorder applied twice moves the block twice.
     */
    put: operations["reorderOrReplacePlaylistItems"];
    /** Add items to a playlist */
    post: operations["addPlaylistItems"];
    /** Remove items from a playlist */
    delete: operations["removePlaylistItems"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/playlists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the playlists the user owns or follows */
    get: operations["getCurrentUserPlaylists"];
    put?: never;
    /** Create a playlist for the user */
    post: operations["createPlaylist"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users/{user_id}/playlists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a user's public playlists
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getUserPlaylists"];
    put?: never;
    /**
     * Create a playlist for a user
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026). `user_id` must be the current user.
     */
    post: operations["createPlaylistForUser"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/playlists/{playlist_id}/followers": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Follow a playlist
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    put: operations["followPlaylist"];
    post?: never;
    /**
     * Unfollow a playlist
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    delete: operations["unfollowPlaylist"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/playlists/{playlist_id}/followers/contains": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check whether the user follows a playlist
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["checkPlaylistFollowers"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/playlists/{playlist_id}/images": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get a playlist's cover images */
    get: operations["getPlaylistCoverImage"];
    /** Upload a custom playlist cover */
    put: operations["uploadPlaylistCoverImage"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/playlists/{playlist_id}/tracks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a playlist's items (old path)
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getPlaylistTracks"];
    /**
     * Reorder or replace a playlist's items (old path)
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    put: operations["reorderOrReplacePlaylistTracks"];
    /**
     * Add items to a playlist (old path)
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    post: operations["addPlaylistTracks"];
    /**
     * Remove items from a playlist (old path)
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026). The body key is `tracks` here; the replacement operation calls it `items`.
     */
    delete: operations["removePlaylistTracks"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/library": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Save items to the user's library
     * @description Saves tracks, albums, episodes, shows and audiobooks; follows artists, users and playlists.
     */
    put: operations["saveLibraryItems"];
    post?: never;
    /**
     * Remove items from the user's library
     * @description Removes saved items and unfollows artists, users and playlists.
     */
    delete: operations["removeLibraryItems"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/library/contains": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check whether items are in the user's library */
    get: operations["checkLibraryContains"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the current user's profile
     * @description Any token works; user-read-private (country, product, explicit content) and user-read-email (email) only add fields, which Development Mode apps no longer receive.
     */
    get: operations["getCurrentUserProfile"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/users/{user_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a user's public profile
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getUserProfile"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/top/artists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the user's top artists */
    get: operations["getTopArtists"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/top/tracks": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the user's top tracks */
    get: operations["getTopTracks"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/following": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the artists the user follows */
    get: operations["getFollowedArtists"];
    /**
     * Follow artists or users
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    put: operations["followArtistsOrUsers"];
    post?: never;
    /**
     * Unfollow artists or users
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    delete: operations["unfollowArtistsOrUsers"];
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/following/contains": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Check whether the user follows artists or users
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["checkFollowing"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/player": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the playback state */
    get: operations["getPlaybackState"];
    /** Transfer playback to another device */
    put: operations["transferPlayback"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/player/devices": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the user's available devices */
    get: operations["getAvailableDevices"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/player/currently-playing": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get what is playing now */
    get: operations["getCurrentlyPlaying"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/player/play": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /**
     * Start or resume playback
     * @description Premium only. Without a body, resumes the current context.
     */
    put: operations["startPlayback"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/player/pause": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Pause playback */
    put: operations["pausePlayback"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/player/next": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Skip to the next item */
    post: operations["skipToNext"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/player/previous": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Skip to the previous item */
    post: operations["skipToPrevious"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/player/seek": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Seek within the current item */
    put: operations["seekToPosition"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/player/repeat": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the repeat mode */
    put: operations["setRepeatMode"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/player/volume": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the playback volume */
    put: operations["setPlaybackVolume"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/player/shuffle": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Turn shuffle on or off */
    put: operations["setShuffle"];
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/player/recently-played": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get recently played tracks
     * @description Podcast episodes are not included.
     */
    get: operations["getRecentlyPlayed"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/me/player/queue": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Get the user's queue */
    get: operations["getQueue"];
    put?: never;
    /** Add an item to the user's queue */
    post: operations["addToQueue"];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/browse/categories": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get browse categories
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getCategories"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/browse/categories/{category_id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a browse category
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getCategory"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/browse/categories/{category_id}/playlists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a category's playlists
     * @deprecated
     * @description Only for apps that had extended access before 2024-11-27.
     */
    get: operations["getCategoryPlaylists"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/browse/featured-playlists": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get featured playlists
     * @deprecated
     * @description Only for apps that had extended access before 2024-11-27.
     */
    get: operations["getFeaturedPlaylists"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/browse/new-releases": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get new album releases
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getNewReleases"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/markets": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the markets Spotify is available in
     * @deprecated
     * @description Extended Quota apps only (closed to Development Mode apps in February/March 2026).
     */
    get: operations["getAvailableMarkets"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/recommendations": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get track recommendations from seeds
     * @deprecated
     * @description Only for apps that had extended access before 2024-11-27. Needs at least one seed. The `min_`, `max_` and `target_` parameters filter and rank by audio features.
     */
    get: operations["getRecommendations"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/recommendations/available-genre-seeds": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get the genres usable as seeds
     * @deprecated
     * @description Only for apps that had extended access before 2024-11-27.
     */
    get: operations["getGenreSeeds"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/audio-features/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a track's audio features
     * @deprecated
     * @description Only for apps that had extended access before 2024-11-27.
     */
    get: operations["getAudioFeatures"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/audio-features": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get audio features for several tracks
     * @deprecated
     * @description Only for apps that had extended access before 2024-11-27.
     */
    get: operations["getSeveralAudioFeatures"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  "/audio-analysis/{id}": {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Get a track's audio analysis
     * @deprecated
     * @description Only for apps that had extended access before 2024-11-27.
     */
    get: operations["getAudioAnalysis"];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
};
export type webhooks = Record<string, never>;
export type components = {
  schemas: {
    /** @description Body of every Web API error response. */
    ErrorBody: {
      error: components["schemas"]["ErrorObject"];
    };
    ErrorObject: {
      /** @description HTTP status code, repeated in the body. */
      status: number;
      /** @description Human-readable explanation; wording is not stable. */
      message: string;
      reason?: components["schemas"]["PlayerErrorReason"];
    };
    /**
     * @description Machine-readable cause, sent by the player endpoints only.
     * @enum {string}
     */
    PlayerErrorReason:
      | "NO_PREV_TRACK"
      | "NO_NEXT_TRACK"
      | "NO_SPECIFIC_TRACK"
      | "ALREADY_PAUSED"
      | "NOT_PAUSED"
      | "NOT_PLAYING_LOCALLY"
      | "NOT_PLAYING_TRACK"
      | "NOT_PLAYING_CONTEXT"
      | "ENDLESS_CONTEXT"
      | "CONTEXT_DISALLOW"
      | "ALREADY_PLAYING"
      | "RATE_LIMITED"
      | "REMOTE_CONTROL_DISALLOW"
      | "DEVICE_NOT_CONTROLLABLE"
      | "VOLUME_CONTROL_DISALLOW"
      | "NO_ACTIVE_DEVICE"
      | "PREMIUM_REQUIRED"
      | "UNKNOWN";
    /** @description Success body of POST https://accounts.spotify.com/api/token (authorization code, PKCE, refresh or client credentials grant). */
    OAuthTokenResponse: {
      access_token: string;
      /** @description Always `Bearer`. */
      token_type: string;
      /** @description Lifetime of the access token in seconds. */
      expires_in: number;
      /** @description Absent for client credentials; a refresh may or may not rotate it. */
      refresh_token?: string;
      /** @description Space-separated scopes actually granted. */
      scope?: string;
    };
    /** @description Error body of the accounts service (token endpoint), unlike the Web API's. */
    OAuthErrorBody: {
      /** @description OAuth 2.0 error code, e.g. `invalid_grant` or `invalid_client`. */
      error: string;
      error_description?: string;
    };
    ExternalUrlObject: {
      /** @description Open-in-Spotify web link. */
      spotify?: string;
    };
    ExternalIdObject: {
      isrc?: string;
      ean?: string;
      upc?: string;
    };
    ImageObject: {
      url: string;
      /** @description Pixels; null when unknown. */
      height?: number | null;
      /** @description Pixels; null when unknown. */
      width?: number | null;
    };
    /** @description Largest first; empty for a new playlist, and some list endpoints send null. */
    PlaylistImageList: components["schemas"]["ImageObject"][] | null;
    FollowersObject: {
      /** @description Always null at present. */
      href?: string | null;
      total?: number;
    };
    CopyrightObject: {
      text?: string;
      /** @description `C` (copyright) or `P` (sound recording copyright). */
      type?: string;
    };
    AuthorObject: {
      name?: string;
    };
    NarratorObject: {
      name?: string;
    };
    /** @description Present when the item cannot be played as is. */
    RestrictionObject: {
      /** @description For example `market`, `product`, `explicit` or `payment_required`. */
      reason?: string;
    };
    ResumePointObject: {
      fully_played?: boolean;
      resume_position_ms?: number | null;
    } | null;
    /** @description The originally requested track when track relinking replaced it. */
    LinkedTrackObject: {
      external_urls?: components["schemas"]["ExternalUrlObject"];
      href?: string;
      id?: string;
      type?: string;
      uri?: string;
    };
    ExplicitContentSettingsObject: {
      filter_enabled?: boolean;
      filter_locked?: boolean;
    };
    /** @description Offset-based page; follow `next` until it is null. */
    PagingObject: {
      href: string;
      limit: number;
      next: string | null;
      offset: number;
      previous: string | null;
      total: number;
    };
    CursorObject: {
      after?: string | null;
      before?: string | null;
    } | null;
    /** @description Cursor-based page; pass `cursors.after` (or `before`) to get the next one. */
    CursorPagingObject: {
      href: string;
      limit: number;
      next: string | null;
      cursors?: components["schemas"]["CursorObject"];
      total?: number;
    };
    SimplifiedArtistObject: {
      external_urls: components["schemas"]["ExternalUrlObject"];
      href: string;
      id: string;
      name: string;
      /** @enum {string} */
      type?: "artist";
      uri: string;
    };
    ArtistObject: {
      external_urls: components["schemas"]["ExternalUrlObject"];
      /** @deprecated */
      followers?: components["schemas"]["FollowersObject"];
      /**
       * @deprecated
       * @description Not sent to Development Mode apps.
       */
      genres?: string[];
      href: string;
      id: string;
      images?: components["schemas"]["ImageObject"][];
      name: string;
      /**
       * @deprecated
       * @description 0 to 100; not sent to Development Mode apps.
       */
      popularity?: number;
      /** @enum {string} */
      type: "artist";
      uri: string;
    };
    SimplifiedAlbumObject: {
      /** @description `album`, `single` or `compilation`; older responses also use upper case or `ep`. */
      album_type: string | null;
      total_tracks?: number;
      /**
       * @deprecated
       * @description ISO 3166-1 alpha-2 codes; not sent to Development Mode apps.
       */
      available_markets?: string[];
      external_urls: components["schemas"]["ExternalUrlObject"];
      href: string;
      id: string;
      images: components["schemas"]["ImageObject"][];
      name: string;
      /** @description `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, see `release_date_precision`. */
      release_date: string | null;
      release_date_precision: components["schemas"]["ReleaseDatePrecision"];
      restrictions?: components["schemas"]["RestrictionObject"];
      /** @enum {string} */
      type?: "album";
      uri: string;
      artists: components["schemas"]["SimplifiedArtistObject"][];
      is_playable?: boolean;
    };
    /** @enum {string|null} */
    ReleaseDatePrecision: "year" | "month" | "day" | null;
    AlbumObject: components["schemas"]["SimplifiedAlbumObject"] & {
      tracks: components["schemas"]["PagingSimplifiedTrackObject"];
      copyrights: components["schemas"]["CopyrightObject"][];
      external_ids: components["schemas"]["ExternalIdObject"];
      /**
       * @deprecated
       * @description Always empty in practice; not sent to Development Mode apps.
       */
      genres?: string[];
      /**
       * @deprecated
       * @description Not sent to Development Mode apps.
       */
      label?: string;
      /**
       * @deprecated
       * @description 0 to 100; not sent to Development Mode apps.
       */
      popularity?: number;
    };
    ArtistDiscographyAlbumObject: components["schemas"]["SimplifiedAlbumObject"] & {
      /**
       * @deprecated
       * @description How the artist relates to the album (`album`, `single`, `compilation`, `appears_on`; sometimes empty); not sent to Development Mode apps.
       */
      album_group?: string;
    };
    SimplifiedTrackObject: {
      artists: components["schemas"]["SimplifiedArtistObject"][];
      /**
       * @deprecated
       * @description Not sent to Development Mode apps.
       */
      available_markets?: string[];
      disc_number: number;
      duration_ms: number;
      explicit: boolean;
      external_urls: components["schemas"]["ExternalUrlObject"];
      href: string;
      id: string;
      /** @description Only sent when a market was given (or implied by the token). */
      is_playable?: boolean | null;
      /** @deprecated */
      linked_from?: components["schemas"]["LinkedTrackObject"] | null;
      restrictions?: components["schemas"]["RestrictionObject"];
      name: string;
      /**
       * @deprecated
       * @description 30-second MP3 preview; null for almost every track since late 2024.
       */
      preview_url?: string | null;
      track_number: number;
      /** @enum {string} */
      type: "track";
      uri: string;
      is_local?: boolean;
    };
    TrackObject: {
      album: components["schemas"]["SimplifiedAlbumObject"];
      artists: components["schemas"]["SimplifiedArtistObject"][];
      /**
       * @deprecated
       * @description Not sent to Development Mode apps.
       */
      available_markets?: string[];
      disc_number: number;
      duration_ms: number;
      explicit: boolean;
      external_ids?: components["schemas"]["ExternalIdObject"];
      external_urls: components["schemas"]["ExternalUrlObject"];
      href: string;
      id: string;
      /** @description Only sent when a market was given (or implied by the token). */
      is_playable?: boolean | null;
      /** @deprecated */
      linked_from?: components["schemas"]["LinkedTrackObject"] | null;
      restrictions?: components["schemas"]["RestrictionObject"];
      name: string;
      /**
       * @deprecated
       * @description 0 to 100; not sent to Development Mode apps.
       */
      popularity?: number;
      /**
       * @deprecated
       * @description 30-second MP3 preview; null for almost every track since late 2024.
       */
      preview_url?: string | null;
      track_number: number;
      /** @enum {string} */
      type: "track";
      uri: string;
      is_local?: boolean;
      /** @description Playlist items only; true when this is an episode returned in track form. */
      episode?: boolean;
      /** @description Playlist items only; true for real tracks. */
      track?: boolean;
    };
    /** @description A local file added to a playlist from a desktop client. It has no Spotify ID: `id`, `href` and the album and artist links are null and the URI starts with `spotify:local:`. */
    LocalTrackObject: {
      /** @enum {boolean} */
      is_local: true;
      id?: string | null;
      href?: string | null;
      /** @description `spotify:local:{artist}:{album}:{title}:{seconds}` */
      uri: string;
      /** @enum {string} */
      type: "track";
      name?: string;
      duration_ms?: number;
      /** @description Same fields as a simplified album, with null links. */
      album?: Record<string, unknown>;
      artists?: Record<string, unknown>[];
    };
    /** @description An episode in a playlist, sent in track form because the request did not ask for episodes (`additional_types`): track fields with `type: episode`, and the show in place of album and artists. */
    TrackFormEpisodeObject: {
      id: string;
      /** @enum {string} */
      type: "episode";
      uri: string;
      episode?: boolean;
      track?: boolean;
      name?: string;
      duration_ms?: number;
      /** @description The show, in album form (`type: show`). */
      album?: Record<string, unknown>;
      artists?: Record<string, unknown>[];
    };
    SimplifiedShowObject: {
      /**
       * @deprecated
       * @description Not sent to Development Mode apps.
       */
      available_markets?: string[];
      copyrights: components["schemas"]["CopyrightObject"][];
      /** @description Plain text, HTML tags removed. */
      description: string;
      html_description: string | null;
      explicit: boolean;
      external_urls: components["schemas"]["ExternalUrlObject"];
      href: string;
      id: string;
      images: components["schemas"]["ImageObject"][];
      is_externally_hosted: boolean | null;
      languages: string[];
      /** @description For example `audio` or `mixed`. */
      media_type: string;
      name: string;
      /**
       * @deprecated
       * @description Not sent to Development Mode apps.
       */
      publisher?: string;
      total_episodes: number | null;
      /** @enum {string} */
      type: "show";
      uri: string;
    };
    ShowObject: components["schemas"]["SimplifiedShowObject"] & {
      episodes: components["schemas"]["PagingSimplifiedEpisodeObject"];
    };
    SimplifiedEpisodeObject: {
      /**
       * @deprecated
       * @description Not sent to Development Mode apps.
       */
      audio_preview_url?: string | null;
      /** @description Plain text, HTML tags removed. */
      description: string;
      html_description: string | null;
      duration_ms: number;
      explicit: boolean;
      external_urls: components["schemas"]["ExternalUrlObject"];
      href: string;
      id: string;
      images: components["schemas"]["ImageObject"][];
      is_externally_hosted: boolean | null;
      is_playable?: boolean | null;
      /**
       * @deprecated
       * @description Use `languages`.
       */
      language?: string;
      languages: string[];
      name: string;
      release_date: string;
      release_date_precision: components["schemas"]["ReleaseDatePrecision"];
      resume_point?: components["schemas"]["ResumePointObject"];
      restrictions?: components["schemas"]["RestrictionObject"];
      /** @enum {string} */
      type: "episode";
      uri: string;
    };
    EpisodeObject: components["schemas"]["SimplifiedEpisodeObject"] & {
      show: components["schemas"]["SimplifiedShowObject"];
      /** @description Playlist items only; always true. */
      episode?: boolean;
      /** @description Playlist items only; always false. */
      track?: boolean;
    };
    /** @description Placeholder Spotify returns in a library for an episode that no longer exists: `id`, `uri`, `name` and most other fields are null. */
    UnavailableEpisodeObject: {
      /** @enum {string} */
      type: "episode";
      /** @enum {string|null} */
      id: null;
      uri?: string | null;
    };
    SimplifiedAudiobookObject: {
      authors: components["schemas"]["AuthorObject"][];
      /**
       * @deprecated
       * @description Not sent to Development Mode apps.
       */
      available_markets?: string[];
      copyrights: components["schemas"]["CopyrightObject"][];
      /** @description Plain text, HTML tags removed. */
      description: string;
      html_description: string;
      /** @description For example `Unabridged`. */
      edition?: string | null;
      explicit: boolean;
      external_urls: components["schemas"]["ExternalUrlObject"];
      href: string;
      id: string;
      images: components["schemas"]["ImageObject"][];
      languages: string[];
      media_type: string;
      name: string;
      narrators: components["schemas"]["NarratorObject"][];
      /**
       * @deprecated
       * @description Not sent to Development Mode apps.
       */
      publisher?: string;
      total_chapters: number | null;
      /** @enum {string} */
      type: "audiobook";
      uri: string;
    };
    AudiobookObject: components["schemas"]["SimplifiedAudiobookObject"] & {
      chapters: components["schemas"]["PagingSimplifiedChapterObject"];
    };
    SimplifiedChapterObject: {
      /**
       * @deprecated
       * @description Not sent to Development Mode apps.
       */
      audio_preview_url?: string | null;
      /**
       * @deprecated
       * @description Not sent to Development Mode apps.
       */
      available_markets?: string[];
      chapter_number: number;
      /** @description Plain text, HTML tags removed. */
      description: string;
      html_description: string;
      duration_ms: number;
      explicit: boolean;
      external_urls: components["schemas"]["ExternalUrlObject"];
      href: string;
      id: string;
      images: components["schemas"]["ImageObject"][];
      is_playable?: boolean | null;
      languages: string[];
      name: string;
      release_date: string;
      release_date_precision: components["schemas"]["ReleaseDatePrecision"];
      resume_point?: components["schemas"]["ResumePointObject"];
      restrictions?: components["schemas"]["RestrictionObject"];
      /**
       * @description `chapter` (older responses said `episode`).
       * @enum {string}
       */
      type: "chapter" | "episode";
      uri: string;
    };
    ChapterObject: components["schemas"]["SimplifiedChapterObject"] & {
      audiobook: components["schemas"]["SimplifiedAudiobookObject"];
    };
    PublicUserObject: {
      display_name?: string | null;
      external_urls: components["schemas"]["ExternalUrlObject"];
      /** @deprecated */
      followers?: components["schemas"]["FollowersObject"];
      href: string;
      id: string;
      images?: components["schemas"]["ImageObject"][];
      /** @enum {string} */
      type: "user";
      uri: string;
    };
    /** @description The current user. `country`, `email`, `explicit_content`, `followers` and `product` are not sent to Development Mode apps (and need user-read-private / user-read-email otherwise). */
    PrivateUserObject: {
      /** @description Stable account identifier, added in 2026. */
      account_id?: string;
      /** @deprecated */
      country?: string;
      display_name?: string | null;
      /**
       * @deprecated
       * @description Not verified by Spotify.
       */
      email?: string;
      /** @deprecated */
      explicit_content?: components["schemas"]["ExplicitContentSettingsObject"];
      external_urls: components["schemas"]["ExternalUrlObject"];
      /** @deprecated */
      followers?: components["schemas"]["FollowersObject"];
      href: string;
      id: string;
      images?: components["schemas"]["ImageObject"][];
      /**
       * @deprecated
       * @description For example `premium` or `free`.
       */
      product?: string;
      /** @enum {string} */
      type: "user";
      uri: string;
    };
    PlaylistUserObject: {
      external_urls?: components["schemas"]["ExternalUrlObject"];
      href: string;
      id: string;
      /** @enum {string} */
      type: "user";
      uri: string;
    };
    PlaylistOwnerObject: components["schemas"]["PlaylistUserObject"] & {
      display_name?: string | null;
    };
    /** @description Where to fetch the items, and how many there are. */
    PlaylistItemsRefObject: {
      href: string;
      total: number;
    };
    SimplifiedPlaylistObject: {
      collaborative: boolean;
      description?: string | null;
      external_urls: components["schemas"]["ExternalUrlObject"];
      href: string;
      id: string;
      images: components["schemas"]["PlaylistImageList"];
      name: string;
      owner: components["schemas"]["PlaylistOwnerObject"];
      /** @description Null when the visibility is not relevant (for example Spotify-owned lists). */
      public?: boolean | null;
      snapshot_id: string;
      items?: components["schemas"]["PlaylistItemsRefObject"];
      /**
       * @deprecated
       * @description Former name of `items`.
       */
      tracks?: components["schemas"]["PlaylistItemsRefObject"];
      /** @enum {string} */
      type: "playlist";
      uri: string;
    };
    /** @description `items` is only sent for playlists the user owns or collaborates on; older responses use `tracks` instead. */
    PlaylistObject: {
      collaborative: boolean;
      description?: string | null;
      external_urls: components["schemas"]["ExternalUrlObject"];
      followers?: components["schemas"]["FollowersObject"];
      href: string;
      id: string;
      images: components["schemas"]["PlaylistImageList"];
      name: string;
      owner: components["schemas"]["PlaylistOwnerObject"];
      public?: boolean | null;
      snapshot_id: string;
      items?: components["schemas"]["PagingPlaylistTrackObject"];
      /**
       * @deprecated
       * @description Former name of `items`.
       */
      tracks?: components["schemas"]["PagingPlaylistTrackObject"];
      /** @enum {string} */
      type: "playlist";
      uri: string;
    };
    /** @description One entry of a playlist. `item` (or the older `track`) is null when the content is gone. */
    PlaylistTrackObject: {
      /**
       * Format: date-time
       * @description Null for very old playlists.
       */
      added_at: string | null;
      /** @description Null for very old playlists. */
      added_by?: components["schemas"]["PlaylistUserObject"] | null;
      is_local: boolean;
      item?: components["schemas"]["PlayableItem"];
      /**
       * @deprecated
       * @description Former name of `item`.
       */
      track?: components["schemas"]["PlayableItem"] | null;
    };
    /** @description A track, an episode or a local file; check `type` (and `is_local`). Episodes only come back as episodes when `additional_types` includes `episode`. */
    PlayableItem:
      | (
          | components["schemas"]["TrackObject"]
          | components["schemas"]["EpisodeObject"]
          | components["schemas"]["LocalTrackObject"]
          | components["schemas"]["TrackFormEpisodeObject"]
        )
      | null;
    SavedAlbumObject: {
      /** Format: date-time */
      added_at: string;
      album: components["schemas"]["AlbumObject"];
    };
    SavedTrackObject: {
      /** Format: date-time */
      added_at: string;
      track: components["schemas"]["TrackObject"];
    };
    SavedEpisodeObject: {
      /** Format: date-time */
      added_at: string;
      /** @description The episode, or a placeholder full of nulls when it was removed from Spotify. */
      episode:
        | components["schemas"]["EpisodeObject"]
        | components["schemas"]["UnavailableEpisodeObject"];
    };
    SavedShowObject: {
      /** Format: date-time */
      added_at: string;
      show: components["schemas"]["SimplifiedShowObject"];
    };
    /** @description Spotify sends the audiobook's own fields at the top level (not under an `audiobook` key), plus `added_at` in some responses. */
    SavedAudiobookObject: components["schemas"]["SimplifiedAudiobookObject"] & {
      /** Format: date-time */
      added_at?: string;
    };
    CategoryObject: {
      href: string;
      icons: components["schemas"]["ImageObject"][];
      /** @description Free-form category ID (not base-62), e.g. `dinner` or `0JQ5DAqbMKFz6FAsUtgAab`. */
      id: string;
      name: string;
    };
    DeviceObject: {
      /** @description Can be null; not stable across sessions for some devices. */
      id: string | null;
      is_active: boolean;
      is_private_session?: boolean;
      /** @description When true, the Web API cannot control this device. */
      is_restricted?: boolean;
      name: string;
      /** @description For example `Computer`, `Smartphone` or `Speaker`. */
      type: string;
      volume_percent?: number | null;
      supports_volume?: boolean;
    };
    /** @description What is being played from (album, artist, playlist, show...); null when there is none. */
    ContextObject: {
      type?: string;
      href?: string;
      external_urls?: components["schemas"]["ExternalUrlObject"];
      uri?: string;
    } | null;
    /** @description Actions the client may not perform right now (true = disallowed). */
    DisallowsObject: {
      interrupting_playback?: boolean;
      pausing?: boolean;
      resuming?: boolean;
      seeking?: boolean;
      skipping_next?: boolean;
      skipping_prev?: boolean;
      toggling_repeat_context?: boolean;
      toggling_shuffle?: boolean;
      toggling_repeat_track?: boolean;
      transferring_playback?: boolean;
    };
    CurrentlyPlayingObject: {
      context?: components["schemas"]["ContextObject"];
      /**
       * Format: int64
       * @description Unix time in milliseconds of the last state change.
       */
      timestamp: number;
      progress_ms?: number | null;
      is_playing: boolean;
      item?: components["schemas"]["PlayableItem"];
      /** @description `track`, `episode`, `ad` or `unknown`. */
      currently_playing_type: string;
      actions?: components["schemas"]["ActionsObject"];
    };
    ActionsObject: {
      disallows?: components["schemas"]["DisallowsObject"];
    };
    PlaybackStateObject: components["schemas"]["CurrentlyPlayingObject"] & {
      device: components["schemas"]["DeviceObject"];
      repeat_state: components["schemas"]["RepeatState"];
      shuffle_state: boolean;
      smart_shuffle?: boolean;
    };
    /** @enum {string} */
    RepeatState: "off" | "track" | "context";
    QueueObject: {
      currently_playing: components["schemas"]["PlayableItem"];
      queue: components["schemas"]["PlayableItem"][];
    };
    PlayHistoryObject: {
      track: components["schemas"]["TrackObject"];
      /** Format: date-time */
      played_at: string;
      context?: components["schemas"]["ContextObject"];
    };
    AudioFeaturesObject: {
      acousticness?: number;
      analysis_url?: string;
      danceability?: number;
      duration_ms?: number;
      energy?: number;
      id: string;
      instrumentalness?: number;
      /** @description Pitch class, -1 when no key was detected. */
      key?: number;
      liveness?: number;
      /** @description Decibels, typically -60 to 0. */
      loudness?: number;
      /** @description 1 major, 0 minor. */
      mode?: number;
      speechiness?: number;
      /** @description Beats per minute. */
      tempo?: number;
      time_signature?: number;
      track_href?: string;
      /** @enum {string} */
      type: "audio_features";
      uri: string;
      valence?: number;
    };
    TimeIntervalObject: {
      start?: number;
      duration?: number;
      confidence?: number;
    };
    SectionObject: {
      start?: number;
      duration?: number;
      confidence?: number;
      loudness?: number;
      tempo?: number;
      tempo_confidence?: number;
      key?: number;
      key_confidence?: number;
      /** @description 1 major, 0 minor, -1 unknown. */
      mode?: number;
      mode_confidence?: number;
      time_signature?: number;
      time_signature_confidence?: number;
    };
    SegmentObject: {
      start?: number;
      duration?: number;
      confidence?: number;
      loudness_start?: number;
      loudness_max?: number;
      loudness_max_time?: number;
      loudness_end?: number;
      pitches?: number[];
      timbre?: number[];
    };
    AudioAnalysisObject: {
      meta?: {
        analyzer_version?: string;
        platform?: string;
        detailed_status?: string;
        status_code?: number;
        /** Format: int64 */
        timestamp?: number;
        analysis_time?: number;
        input_process?: string;
      };
      /** @description Track-wide figures (tempo, key, loudness, fingerprints...). */
      track?: {
        num_samples?: number;
        duration?: number;
        sample_md5?: string;
        offset_seconds?: number;
        window_seconds?: number;
        analysis_sample_rate?: number;
        analysis_channels?: number;
        end_of_fade_in?: number;
        start_of_fade_out?: number;
        loudness?: number;
        tempo?: number;
        tempo_confidence?: number;
        time_signature?: number;
        time_signature_confidence?: number;
        key?: number;
        key_confidence?: number;
        mode?: number;
        mode_confidence?: number;
        codestring?: string;
        code_version?: number;
        echoprintstring?: string;
        echoprint_version?: number;
        synchstring?: string;
        synch_version?: number;
        rhythmstring?: string;
        rhythm_version?: number;
      };
      bars?: components["schemas"]["TimeIntervalObject"][];
      beats?: components["schemas"]["TimeIntervalObject"][];
      sections?: components["schemas"]["SectionObject"][];
      segments?: components["schemas"]["SegmentObject"][];
      tatums?: components["schemas"]["TimeIntervalObject"][];
    };
    RecommendationSeedObject: {
      afterFilteringSize?: number;
      afterRelinkingSize?: number;
      href?: string | null;
      id?: string;
      initialPoolSize?: number;
      /** @description `artist`, `track` or `genre` (sent in upper case in practice). */
      type?: string;
    };
    RecommendationsObject: {
      seeds: components["schemas"]["RecommendationSeedObject"][];
      tracks: components["schemas"]["TrackObject"][];
    };
    PagingSimplifiedTrackObject: components["schemas"]["PagingObject"] & {
      items: components["schemas"]["SimplifiedTrackObject"][];
    };
    PagingTrackObject: components["schemas"]["PagingObject"] & {
      items: (components["schemas"]["TrackObject"] | null)[];
    };
    PagingSavedTrackObject: components["schemas"]["PagingObject"] & {
      items: components["schemas"]["SavedTrackObject"][];
    };
    PagingSimplifiedAlbumObject: components["schemas"]["PagingObject"] & {
      items: (components["schemas"]["SimplifiedAlbumObject"] | null)[];
    };
    PagingArtistDiscographyAlbumObject: components["schemas"]["PagingObject"] & {
      items: components["schemas"]["ArtistDiscographyAlbumObject"][];
    };
    PagingSavedAlbumObject: components["schemas"]["PagingObject"] & {
      items: components["schemas"]["SavedAlbumObject"][];
    };
    PagingArtistObject: components["schemas"]["PagingObject"] & {
      items: (components["schemas"]["ArtistObject"] | null)[];
    };
    PagingSimplifiedShowObject: components["schemas"]["PagingObject"] & {
      items: (components["schemas"]["SimplifiedShowObject"] | null)[];
    };
    PagingSavedShowObject: components["schemas"]["PagingObject"] & {
      items: components["schemas"]["SavedShowObject"][];
    };
    PagingSimplifiedEpisodeObject: components["schemas"]["PagingObject"] & {
      items: (components["schemas"]["SimplifiedEpisodeObject"] | null)[];
    };
    PagingSavedEpisodeObject: components["schemas"]["PagingObject"] & {
      items: components["schemas"]["SavedEpisodeObject"][];
    };
    PagingSimplifiedAudiobookObject: components["schemas"]["PagingObject"] & {
      items: (components["schemas"]["SimplifiedAudiobookObject"] | null)[];
    };
    PagingSavedAudiobookObject: components["schemas"]["PagingObject"] & {
      items: components["schemas"]["SavedAudiobookObject"][];
    };
    PagingSimplifiedChapterObject: components["schemas"]["PagingObject"] & {
      items: components["schemas"]["SimplifiedChapterObject"][];
    };
    PagingPlaylistObject: components["schemas"]["PagingObject"] & {
      items: (components["schemas"]["SimplifiedPlaylistObject"] | null)[];
    };
    PagingPlaylistTrackObject: components["schemas"]["PagingObject"] & {
      items: components["schemas"]["PlaylistTrackObject"][];
    };
    PagingCategoryObject: components["schemas"]["PagingObject"] & {
      items: components["schemas"]["CategoryObject"][];
    };
    CursorPagingArtistObject: components["schemas"]["CursorPagingObject"] & {
      items: components["schemas"]["ArtistObject"][];
    };
    CursorPagingPlayHistoryObject: components["schemas"]["CursorPagingObject"] & {
      items: components["schemas"]["PlayHistoryObject"][];
    };
    SeveralAlbums: {
      /** @description In request order; null where an ID matched nothing. */
      albums: (components["schemas"]["AlbumObject"] | null)[];
    };
    SeveralArtists: {
      /** @description In request order; null where an ID matched nothing. */
      artists: (components["schemas"]["ArtistObject"] | null)[];
    };
    SeveralAudiobooks: {
      /** @description In request order; null where an ID matched nothing. */
      audiobooks: (components["schemas"]["AudiobookObject"] | null)[];
    };
    SeveralChapters: {
      /** @description In request order; null where an ID matched nothing. */
      chapters: (components["schemas"]["ChapterObject"] | null)[];
    };
    SeveralEpisodes: {
      /** @description In request order; null where an ID matched nothing. */
      episodes: (components["schemas"]["EpisodeObject"] | null)[];
    };
    SeveralShows: {
      /** @description In request order; null where an ID matched nothing. */
      shows: (components["schemas"]["SimplifiedShowObject"] | null)[];
    };
    SeveralTracks: {
      /** @description In request order; null where an ID matched nothing. */
      tracks: (components["schemas"]["TrackObject"] | null)[];
    };
    SeveralAudioFeatures: {
      /** @description In request order; null where an ID matched nothing. */
      audio_features: (components["schemas"]["AudioFeaturesObject"] | null)[];
    };
    BooleanList: boolean[];
    ImageArray: components["schemas"]["ImageObject"][];
    DeviceList: {
      devices: components["schemas"]["DeviceObject"][];
    };
    MarketList: {
      markets: string[];
    };
    GenreSeedList: {
      genres: string[];
    };
    SnapshotIdResponse: {
      /** @description Version of the playlist after the change; pass it to later edits. */
      snapshot_id: string;
    };
    CategoriesResponse: {
      categories: components["schemas"]["PagingCategoryObject"];
    };
    PlaylistsPageResponse: {
      /** @description Localized headline, when Spotify sends one. */
      message?: string;
      playlists: components["schemas"]["PagingPlaylistObject"];
    };
    NewReleasesResponse: {
      albums: components["schemas"]["PagingSimplifiedAlbumObject"];
    };
    FollowedArtistsResponse: {
      artists: components["schemas"]["CursorPagingArtistObject"];
    };
    /** @description Only the requested types are present. */
    SearchResponse: {
      tracks?: components["schemas"]["PagingTrackObject"];
      artists?: components["schemas"]["PagingArtistObject"];
      albums?: components["schemas"]["PagingSimplifiedAlbumObject"];
      playlists?: components["schemas"]["PagingPlaylistObject"];
      shows?: components["schemas"]["PagingSimplifiedShowObject"];
      episodes?: components["schemas"]["PagingSimplifiedEpisodeObject"];
      audiobooks?: components["schemas"]["PagingSimplifiedAudiobookObject"];
    };
    /** @description Alternative to the `ids` query parameter. */
    IdsRequest: {
      ids?: string[];
    };
    SaveTracksRequest: {
      ids: string[];
      /** @description Like `ids`, with the time each track should appear as added. */
      timestamped_ids?: {
        id: string;
        /** Format: date-time */
        added_at: string;
      }[];
    };
    /** @description Only the fields sent are changed. */
    PlaylistDetailsRequest: {
      name?: string;
      /** @description Shown on the user's profile. */
      public?: boolean;
      /** @description Others may edit; requires `public: false`. */
      collaborative?: boolean;
      description?: string;
    };
    CreatePlaylistRequest: {
      name: string;
      /** @default true */
      public?: boolean;
      /**
       * @description Requires `public: false`.
       * @default false
       */
      collaborative?: boolean;
      description?: string;
    };
    AddPlaylistItemsRequest: {
      /** @description Track or episode URIs. */
      uris?: string[];
      /** @description Zero-based index to insert at; appended when omitted. */
      position?: number;
    };
    ReorderOrReplacePlaylistItemsRequest: {
      /** @description Replace mode: the new items (empty clears the playlist). */
      uris?: string[];
      /** @description Reorder mode: index of the first item to move. */
      range_start?: number;
      /** @description Reorder mode: index to move the block in front of. */
      insert_before?: number;
      /**
       * @description Reorder mode: number of items to move.
       * @default 1
       */
      range_length?: number;
      /** @description Playlist version the change applies to. */
      snapshot_id?: string;
    };
    PlaylistItemUriObject: {
      /** @description Spotify URI. */
      uri: string;
    };
    RemovePlaylistItemsRequest: {
      items: components["schemas"]["PlaylistItemUriObject"][];
      /** @description Playlist version the removal applies to. */
      snapshot_id?: string;
    };
    RemovePlaylistTracksRequest: {
      tracks: components["schemas"]["PlaylistItemUriObject"][];
      /** @description Playlist version the removal applies to. */
      snapshot_id?: string;
    };
    FollowPlaylistRequest: {
      /**
       * @description Show the playlist on the user's profile.
       * @default true
       */
      public?: boolean;
    };
    TransferPlaybackRequest: {
      /** @description Exactly one target device. */
      device_ids: string[];
      /** @description true: start playing on the new device; otherwise keep the current state. */
      play?: boolean;
    };
    /** @description Give `context_uri` (album, artist, playlist, show) or `uris` (tracks, episodes), not both. */
    StartPlaybackRequest: {
      context_uri?: string;
      uris?: string[];
      offset?: components["schemas"]["PlaybackOffset"];
      position_ms?: number;
    };
    /** @description Where in the context to start (albums and playlists only). */
    PlaybackOffset:
      | {
          /** @description Zero-based index. */
          position: number;
        }
      | {
          /** @description URI of the item to start at. */
          uri: string;
        };
    /**
     * Format: byte
     * @description Base64-encoded JPEG, at most 256 KB.
     */
    CoverImage: string;
  };
  responses: {
    /** @description Error. 429 answers carry `Retry-After`. */
    ErrorResponse: {
      headers: {
        /** @description Seconds to wait before retrying (429 only); can be hours. */
        "Retry-After"?: number;
        [name: string]: unknown;
      };
      content: {
        "application/json": components["schemas"]["ErrorBody"];
      };
    };
  };
  parameters: {
    /** @description Spotify ID of the album. */
    AlbumId: string;
    /** @description Spotify ID of the artist. */
    ArtistId: string;
    /** @description Spotify ID of the audiobook. */
    AudiobookId: string;
    /** @description Category ID (free-form, e.g. `dinner` or a base-62 string). */
    CategoryId: string;
    /** @description Spotify ID of the chapter. */
    ChapterId: string;
    /** @description Spotify ID of the episode. */
    EpisodeId: string;
    /** @description Spotify ID of the playlist. */
    PlaylistId: string;
    /** @description Spotify ID of the show. */
    ShowId: string;
    /** @description Spotify ID of the track. */
    TrackId: string;
    /** @description Spotify user ID (free-form, not base-62). */
    UserId: string;
    /** @description Item types the client understands besides `track`; pass `episode` to get episodes as episodes. */
    AdditionalTypes: ("track" | "episode")[];
    /** @description Spotify IDs of the albums, at most 20. */
    AlbumIds: string[];
    /** @description Spotify IDs of the artists, at most 50. */
    ArtistIds: string[];
    /** @description Spotify IDs of the tracks, at most 100. */
    AudioFeaturesIds: string[];
    /** @description Spotify IDs of the audiobooks, at most 50. */
    AudiobookIds: string[];
    /** @description Spotify IDs of the chapters, at most 50. */
    ChapterIds: string[];
    /** @description Device to act on; the active device when omitted. */
    DeviceId: string;
    /** @description Spotify IDs of the episodes, at most 50. */
    EpisodeIds: string[];
    /** @description Artist or user IDs, at most 50 (user IDs are free-form). */
    FollowIds: string[];
    /** @description Kind of IDs in `ids`. */
    FollowType: "artist" | "user";
    /** @description Zero-based index to insert at; appended when omitted. */
    InsertPosition: number;
    /** @description Spotify URIs, at most 40; types may be mixed (track, album, episode, show, audiobook, artist, user, playlist). */
    LibraryUris: string[];
    /** @description Page size. */
    Limit: number;
    /** @description Language for names, as `ll_CC` (ISO 639-1 language, underscore, ISO 3166-1 country), e.g. `es_MX`. */
    Locale: string;
    /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
    Market: string;
    /** @description Index of the first item to return. */
    Offset: number;
    /** @description Field filter, comma-separated, with parentheses for nested fields, e.g. `items(added_at,item(name,uri))`. All fields when omitted. */
    PlaylistFields: string;
    /** @description Track or episode URIs, at most 100. Prefer the body field of the same name. */
    PlaylistItemUris: string[];
    /** @description Index of the first playlist to return. */
    PlaylistListOffset: number;
    /** @description Spotify IDs of the shows, at most 50. */
    ShowIds: string[];
    /** @description Period the ranking covers: about 4 weeks (`short_term`), 6 months (`medium_term`) or a year and more (`long_term`). */
    TimeRange: "long_term" | "medium_term" | "short_term";
    /** @description Spotify IDs of the tracks, at most 50. */
    TrackIds: string[];
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
};
export type SchemaErrorBody = components["schemas"]["ErrorBody"];
export type SchemaErrorObject = components["schemas"]["ErrorObject"];
export type SchemaPlayerErrorReason = components["schemas"]["PlayerErrorReason"];
export type SchemaOAuthTokenResponse = components["schemas"]["OAuthTokenResponse"];
export type SchemaOAuthErrorBody = components["schemas"]["OAuthErrorBody"];
export type SchemaExternalUrlObject = components["schemas"]["ExternalUrlObject"];
export type SchemaExternalIdObject = components["schemas"]["ExternalIdObject"];
export type SchemaImageObject = components["schemas"]["ImageObject"];
export type SchemaPlaylistImageList = components["schemas"]["PlaylistImageList"];
export type SchemaFollowersObject = components["schemas"]["FollowersObject"];
export type SchemaCopyrightObject = components["schemas"]["CopyrightObject"];
export type SchemaAuthorObject = components["schemas"]["AuthorObject"];
export type SchemaNarratorObject = components["schemas"]["NarratorObject"];
export type SchemaRestrictionObject = components["schemas"]["RestrictionObject"];
export type SchemaResumePointObject = components["schemas"]["ResumePointObject"];
export type SchemaLinkedTrackObject = components["schemas"]["LinkedTrackObject"];
export type SchemaExplicitContentSettingsObject =
  components["schemas"]["ExplicitContentSettingsObject"];
export type SchemaPagingObject = components["schemas"]["PagingObject"];
export type SchemaCursorObject = components["schemas"]["CursorObject"];
export type SchemaCursorPagingObject = components["schemas"]["CursorPagingObject"];
export type SchemaSimplifiedArtistObject = components["schemas"]["SimplifiedArtistObject"];
export type SchemaArtistObject = components["schemas"]["ArtistObject"];
export type SchemaSimplifiedAlbumObject = components["schemas"]["SimplifiedAlbumObject"];
export type SchemaReleaseDatePrecision = components["schemas"]["ReleaseDatePrecision"];
export type SchemaAlbumObject = components["schemas"]["AlbumObject"];
export type SchemaArtistDiscographyAlbumObject =
  components["schemas"]["ArtistDiscographyAlbumObject"];
export type SchemaSimplifiedTrackObject = components["schemas"]["SimplifiedTrackObject"];
export type SchemaTrackObject = components["schemas"]["TrackObject"];
export type SchemaLocalTrackObject = components["schemas"]["LocalTrackObject"];
export type SchemaTrackFormEpisodeObject = components["schemas"]["TrackFormEpisodeObject"];
export type SchemaSimplifiedShowObject = components["schemas"]["SimplifiedShowObject"];
export type SchemaShowObject = components["schemas"]["ShowObject"];
export type SchemaSimplifiedEpisodeObject = components["schemas"]["SimplifiedEpisodeObject"];
export type SchemaEpisodeObject = components["schemas"]["EpisodeObject"];
export type SchemaUnavailableEpisodeObject = components["schemas"]["UnavailableEpisodeObject"];
export type SchemaSimplifiedAudiobookObject = components["schemas"]["SimplifiedAudiobookObject"];
export type SchemaAudiobookObject = components["schemas"]["AudiobookObject"];
export type SchemaSimplifiedChapterObject = components["schemas"]["SimplifiedChapterObject"];
export type SchemaChapterObject = components["schemas"]["ChapterObject"];
export type SchemaPublicUserObject = components["schemas"]["PublicUserObject"];
export type SchemaPrivateUserObject = components["schemas"]["PrivateUserObject"];
export type SchemaPlaylistUserObject = components["schemas"]["PlaylistUserObject"];
export type SchemaPlaylistOwnerObject = components["schemas"]["PlaylistOwnerObject"];
export type SchemaPlaylistItemsRefObject = components["schemas"]["PlaylistItemsRefObject"];
export type SchemaSimplifiedPlaylistObject = components["schemas"]["SimplifiedPlaylistObject"];
export type SchemaPlaylistObject = components["schemas"]["PlaylistObject"];
export type SchemaPlaylistTrackObject = components["schemas"]["PlaylistTrackObject"];
export type SchemaPlayableItem = components["schemas"]["PlayableItem"];
export type SchemaSavedAlbumObject = components["schemas"]["SavedAlbumObject"];
export type SchemaSavedTrackObject = components["schemas"]["SavedTrackObject"];
export type SchemaSavedEpisodeObject = components["schemas"]["SavedEpisodeObject"];
export type SchemaSavedShowObject = components["schemas"]["SavedShowObject"];
export type SchemaSavedAudiobookObject = components["schemas"]["SavedAudiobookObject"];
export type SchemaCategoryObject = components["schemas"]["CategoryObject"];
export type SchemaDeviceObject = components["schemas"]["DeviceObject"];
export type SchemaContextObject = components["schemas"]["ContextObject"];
export type SchemaDisallowsObject = components["schemas"]["DisallowsObject"];
export type SchemaCurrentlyPlayingObject = components["schemas"]["CurrentlyPlayingObject"];
export type SchemaActionsObject = components["schemas"]["ActionsObject"];
export type SchemaPlaybackStateObject = components["schemas"]["PlaybackStateObject"];
export type SchemaRepeatState = components["schemas"]["RepeatState"];
export type SchemaQueueObject = components["schemas"]["QueueObject"];
export type SchemaPlayHistoryObject = components["schemas"]["PlayHistoryObject"];
export type SchemaAudioFeaturesObject = components["schemas"]["AudioFeaturesObject"];
export type SchemaTimeIntervalObject = components["schemas"]["TimeIntervalObject"];
export type SchemaSectionObject = components["schemas"]["SectionObject"];
export type SchemaSegmentObject = components["schemas"]["SegmentObject"];
export type SchemaAudioAnalysisObject = components["schemas"]["AudioAnalysisObject"];
export type SchemaRecommendationSeedObject = components["schemas"]["RecommendationSeedObject"];
export type SchemaRecommendationsObject = components["schemas"]["RecommendationsObject"];
export type SchemaPagingSimplifiedTrackObject =
  components["schemas"]["PagingSimplifiedTrackObject"];
export type SchemaPagingTrackObject = components["schemas"]["PagingTrackObject"];
export type SchemaPagingSavedTrackObject = components["schemas"]["PagingSavedTrackObject"];
export type SchemaPagingSimplifiedAlbumObject =
  components["schemas"]["PagingSimplifiedAlbumObject"];
export type SchemaPagingArtistDiscographyAlbumObject =
  components["schemas"]["PagingArtistDiscographyAlbumObject"];
export type SchemaPagingSavedAlbumObject = components["schemas"]["PagingSavedAlbumObject"];
export type SchemaPagingArtistObject = components["schemas"]["PagingArtistObject"];
export type SchemaPagingSimplifiedShowObject = components["schemas"]["PagingSimplifiedShowObject"];
export type SchemaPagingSavedShowObject = components["schemas"]["PagingSavedShowObject"];
export type SchemaPagingSimplifiedEpisodeObject =
  components["schemas"]["PagingSimplifiedEpisodeObject"];
export type SchemaPagingSavedEpisodeObject = components["schemas"]["PagingSavedEpisodeObject"];
export type SchemaPagingSimplifiedAudiobookObject =
  components["schemas"]["PagingSimplifiedAudiobookObject"];
export type SchemaPagingSavedAudiobookObject = components["schemas"]["PagingSavedAudiobookObject"];
export type SchemaPagingSimplifiedChapterObject =
  components["schemas"]["PagingSimplifiedChapterObject"];
export type SchemaPagingPlaylistObject = components["schemas"]["PagingPlaylistObject"];
export type SchemaPagingPlaylistTrackObject = components["schemas"]["PagingPlaylistTrackObject"];
export type SchemaPagingCategoryObject = components["schemas"]["PagingCategoryObject"];
export type SchemaCursorPagingArtistObject = components["schemas"]["CursorPagingArtistObject"];
export type SchemaCursorPagingPlayHistoryObject =
  components["schemas"]["CursorPagingPlayHistoryObject"];
export type SchemaSeveralAlbums = components["schemas"]["SeveralAlbums"];
export type SchemaSeveralArtists = components["schemas"]["SeveralArtists"];
export type SchemaSeveralAudiobooks = components["schemas"]["SeveralAudiobooks"];
export type SchemaSeveralChapters = components["schemas"]["SeveralChapters"];
export type SchemaSeveralEpisodes = components["schemas"]["SeveralEpisodes"];
export type SchemaSeveralShows = components["schemas"]["SeveralShows"];
export type SchemaSeveralTracks = components["schemas"]["SeveralTracks"];
export type SchemaSeveralAudioFeatures = components["schemas"]["SeveralAudioFeatures"];
export type SchemaBooleanList = components["schemas"]["BooleanList"];
export type SchemaImageArray = components["schemas"]["ImageArray"];
export type SchemaDeviceList = components["schemas"]["DeviceList"];
export type SchemaMarketList = components["schemas"]["MarketList"];
export type SchemaGenreSeedList = components["schemas"]["GenreSeedList"];
export type SchemaSnapshotIdResponse = components["schemas"]["SnapshotIdResponse"];
export type SchemaCategoriesResponse = components["schemas"]["CategoriesResponse"];
export type SchemaPlaylistsPageResponse = components["schemas"]["PlaylistsPageResponse"];
export type SchemaNewReleasesResponse = components["schemas"]["NewReleasesResponse"];
export type SchemaFollowedArtistsResponse = components["schemas"]["FollowedArtistsResponse"];
export type SchemaSearchResponse = components["schemas"]["SearchResponse"];
export type SchemaIdsRequest = components["schemas"]["IdsRequest"];
export type SchemaSaveTracksRequest = components["schemas"]["SaveTracksRequest"];
export type SchemaPlaylistDetailsRequest = components["schemas"]["PlaylistDetailsRequest"];
export type SchemaCreatePlaylistRequest = components["schemas"]["CreatePlaylistRequest"];
export type SchemaAddPlaylistItemsRequest = components["schemas"]["AddPlaylistItemsRequest"];
export type SchemaReorderOrReplacePlaylistItemsRequest =
  components["schemas"]["ReorderOrReplacePlaylistItemsRequest"];
export type SchemaPlaylistItemUriObject = components["schemas"]["PlaylistItemUriObject"];
export type SchemaRemovePlaylistItemsRequest = components["schemas"]["RemovePlaylistItemsRequest"];
export type SchemaRemovePlaylistTracksRequest =
  components["schemas"]["RemovePlaylistTracksRequest"];
export type SchemaFollowPlaylistRequest = components["schemas"]["FollowPlaylistRequest"];
export type SchemaTransferPlaybackRequest = components["schemas"]["TransferPlaybackRequest"];
export type SchemaStartPlaybackRequest = components["schemas"]["StartPlaybackRequest"];
export type SchemaPlaybackOffset = components["schemas"]["PlaybackOffset"];
export type SchemaCoverImage = components["schemas"]["CoverImage"];
export type ResponseErrorResponse = components["responses"]["ErrorResponse"];
export type ParameterAlbumId = components["parameters"]["AlbumId"];
export type ParameterArtistId = components["parameters"]["ArtistId"];
export type ParameterAudiobookId = components["parameters"]["AudiobookId"];
export type ParameterCategoryId = components["parameters"]["CategoryId"];
export type ParameterChapterId = components["parameters"]["ChapterId"];
export type ParameterEpisodeId = components["parameters"]["EpisodeId"];
export type ParameterPlaylistId = components["parameters"]["PlaylistId"];
export type ParameterShowId = components["parameters"]["ShowId"];
export type ParameterTrackId = components["parameters"]["TrackId"];
export type ParameterUserId = components["parameters"]["UserId"];
export type ParameterAdditionalTypes = components["parameters"]["AdditionalTypes"];
export type ParameterAlbumIds = components["parameters"]["AlbumIds"];
export type ParameterArtistIds = components["parameters"]["ArtistIds"];
export type ParameterAudioFeaturesIds = components["parameters"]["AudioFeaturesIds"];
export type ParameterAudiobookIds = components["parameters"]["AudiobookIds"];
export type ParameterChapterIds = components["parameters"]["ChapterIds"];
export type ParameterDeviceId = components["parameters"]["DeviceId"];
export type ParameterEpisodeIds = components["parameters"]["EpisodeIds"];
export type ParameterFollowIds = components["parameters"]["FollowIds"];
export type ParameterFollowType = components["parameters"]["FollowType"];
export type ParameterInsertPosition = components["parameters"]["InsertPosition"];
export type ParameterLibraryUris = components["parameters"]["LibraryUris"];
export type ParameterLimit = components["parameters"]["Limit"];
export type ParameterLocale = components["parameters"]["Locale"];
export type ParameterMarket = components["parameters"]["Market"];
export type ParameterOffset = components["parameters"]["Offset"];
export type ParameterPlaylistFields = components["parameters"]["PlaylistFields"];
export type ParameterPlaylistItemUris = components["parameters"]["PlaylistItemUris"];
export type ParameterPlaylistListOffset = components["parameters"]["PlaylistListOffset"];
export type ParameterShowIds = components["parameters"]["ShowIds"];
export type ParameterTimeRange = components["parameters"]["TimeRange"];
export type ParameterTrackIds = components["parameters"]["TrackIds"];
export type $defs = Record<string, never>;
export interface operations {
  getAlbum: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the album. */
        id: components["parameters"]["AlbumId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The album. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AlbumObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getSeveralAlbums: {
    parameters: {
      query: {
        /** @description Spotify IDs of the albums, at most 20. */
        ids: components["parameters"]["AlbumIds"];
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The albums, in request order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SeveralAlbums"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getAlbumTracks: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the album. */
        id: components["parameters"]["AlbumId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of tracks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingSimplifiedTrackObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getSavedAlbums: {
    parameters: {
      query?: {
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of saved albums. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingSavedAlbumObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  saveAlbums: {
    parameters: {
      query: {
        /** @description Spotify IDs of the albums, at most 20. */
        ids: components["parameters"]["AlbumIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["IdsRequest"];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  removeSavedAlbums: {
    parameters: {
      query: {
        /** @description Spotify IDs of the albums, at most 20. */
        ids: components["parameters"]["AlbumIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["IdsRequest"];
      };
    };
    responses: {
      /** @description Removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  checkSavedAlbums: {
    parameters: {
      query: {
        /** @description Spotify IDs of the albums, at most 20. */
        ids: components["parameters"]["AlbumIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One flag per requested ID. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BooleanList"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getArtist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Spotify ID of the artist. */
        id: components["parameters"]["ArtistId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The artist. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ArtistObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getSeveralArtists: {
    parameters: {
      query: {
        /** @description Spotify IDs of the artists, at most 50. */
        ids: components["parameters"]["ArtistIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The artists, in request order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SeveralArtists"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getArtistAlbums: {
    parameters: {
      query?: {
        /** @description Album groups to include; all when omitted. */
        include_groups?: ("album" | "single" | "appears_on" | "compilation")[];
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Page size. */
        limit?: number;
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the artist. */
        id: components["parameters"]["ArtistId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of albums. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingArtistDiscographyAlbumObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getArtistTopTracks: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the artist. */
        id: components["parameters"]["ArtistId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Up to 10 tracks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SeveralTracks"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getRelatedArtists: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Spotify ID of the artist. */
        id: components["parameters"]["ArtistId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Up to 20 artists. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SeveralArtists"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getAudiobook: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the audiobook. */
        id: components["parameters"]["AudiobookId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The audiobook. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AudiobookObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getSeveralAudiobooks: {
    parameters: {
      query: {
        /** @description Spotify IDs of the audiobooks, at most 50. */
        ids: components["parameters"]["AudiobookIds"];
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The audiobooks, in request order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SeveralAudiobooks"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getAudiobookChapters: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the audiobook. */
        id: components["parameters"]["AudiobookId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of chapters. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingSimplifiedChapterObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getSavedAudiobooks: {
    parameters: {
      query?: {
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of saved audiobooks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingSavedAudiobookObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  saveAudiobooks: {
    parameters: {
      query: {
        /** @description Spotify IDs of the audiobooks, at most 50. */
        ids: components["parameters"]["AudiobookIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  removeSavedAudiobooks: {
    parameters: {
      query: {
        /** @description Spotify IDs of the audiobooks, at most 50. */
        ids: components["parameters"]["AudiobookIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  checkSavedAudiobooks: {
    parameters: {
      query: {
        /** @description Spotify IDs of the audiobooks, at most 50. */
        ids: components["parameters"]["AudiobookIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One flag per requested ID. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BooleanList"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getChapter: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the chapter. */
        id: components["parameters"]["ChapterId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The chapter. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ChapterObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getSeveralChapters: {
    parameters: {
      query: {
        /** @description Spotify IDs of the chapters, at most 50. */
        ids: components["parameters"]["ChapterIds"];
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The chapters, in request order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SeveralChapters"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getEpisode: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the episode. */
        id: components["parameters"]["EpisodeId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The episode. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["EpisodeObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getSeveralEpisodes: {
    parameters: {
      query: {
        /** @description Spotify IDs of the episodes, at most 50. */
        ids: components["parameters"]["EpisodeIds"];
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The episodes, in request order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SeveralEpisodes"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getSavedEpisodes: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of saved episodes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingSavedEpisodeObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  saveEpisodes: {
    parameters: {
      query: {
        /** @description Spotify IDs of the episodes, at most 50. */
        ids: components["parameters"]["EpisodeIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["IdsRequest"];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  removeSavedEpisodes: {
    parameters: {
      query: {
        /** @description Spotify IDs of the episodes, at most 50. */
        ids: components["parameters"]["EpisodeIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["IdsRequest"];
      };
    };
    responses: {
      /** @description Removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  checkSavedEpisodes: {
    parameters: {
      query: {
        /** @description Spotify IDs of the episodes, at most 50. */
        ids: components["parameters"]["EpisodeIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One flag per requested ID. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BooleanList"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getShow: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the show. */
        id: components["parameters"]["ShowId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The show, with its first page of episodes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ShowObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getSeveralShows: {
    parameters: {
      query: {
        /** @description Spotify IDs of the shows, at most 50. */
        ids: components["parameters"]["ShowIds"];
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The shows, in request order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SeveralShows"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getShowEpisodes: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the show. */
        id: components["parameters"]["ShowId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of episodes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingSimplifiedEpisodeObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getSavedShows: {
    parameters: {
      query?: {
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of saved shows. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingSavedShowObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  saveShows: {
    parameters: {
      query: {
        /** @description Spotify IDs of the shows, at most 50. */
        ids: components["parameters"]["ShowIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["IdsRequest"];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  removeSavedShows: {
    parameters: {
      query: {
        /** @description Spotify IDs of the shows, at most 50. */
        ids: components["parameters"]["ShowIds"];
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["IdsRequest"];
      };
    };
    responses: {
      /** @description Removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  checkSavedShows: {
    parameters: {
      query: {
        /** @description Spotify IDs of the shows, at most 50. */
        ids: components["parameters"]["ShowIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One flag per requested ID. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BooleanList"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getTrack: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the track. */
        id: components["parameters"]["TrackId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The track. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["TrackObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getSeveralTracks: {
    parameters: {
      query: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Spotify IDs of the tracks, at most 50. */
        ids: components["parameters"]["TrackIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The tracks, in request order. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SeveralTracks"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getSavedTracks: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of saved tracks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingSavedTrackObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  saveTracks: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["SaveTracksRequest"];
      };
    };
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  removeSavedTracks: {
    parameters: {
      query: {
        /** @description Spotify IDs of the tracks, at most 50. */
        ids: components["parameters"]["TrackIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["IdsRequest"];
      };
    };
    responses: {
      /** @description Removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  checkSavedTracks: {
    parameters: {
      query: {
        /** @description Spotify IDs of the tracks, at most 50. */
        ids: components["parameters"]["TrackIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One flag per requested ID. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BooleanList"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  search: {
    parameters: {
      query: {
        /** @description Search text; field filters such as `artist:`, `album:`, `track:`, `year:`, `genre:`, `isrc:`, `upc:`, `tag:new` and `tag:hipster` narrow it. */
        q: string;
        /** @description Item types to search for. */
        type: ("album" | "artist" | "playlist" | "track" | "show" | "episode" | "audiobook")[];
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Results per type. */
        limit?: number;
        /** @description Index of the first result per type. */
        offset?: number;
        /** @description `audio` marks externally hosted audio as playable. */
        include_external?: "audio";
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One page per requested type. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SearchResponse"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getPlaylist: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Field filter, comma-separated, with parentheses for nested fields, e.g. `items(added_at,item(name,uri))`. All fields when omitted. */
        fields?: components["parameters"]["PlaylistFields"];
        /** @description Item types the client understands besides `track`; pass `episode` to get episodes as episodes. */
        additional_types?: components["parameters"]["AdditionalTypes"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The playlist. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlaylistObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  changePlaylistDetails: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["PlaylistDetailsRequest"];
      };
    };
    responses: {
      /** @description Changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getPlaylistItems: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Field filter, comma-separated, with parentheses for nested fields, e.g. `items(added_at,item(name,uri))`. All fields when omitted. */
        fields?: components["parameters"]["PlaylistFields"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
        /** @description Item types the client understands besides `track`; pass `episode` to get episodes as episodes. */
        additional_types?: components["parameters"]["AdditionalTypes"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of playlist items. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingPlaylistTrackObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  reorderOrReplacePlaylistItems: {
    parameters: {
      query?: {
        /** @description Track or episode URIs, at most 100. Prefer the body field of the same name. */
        uris?: components["parameters"]["PlaylistItemUris"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ReorderOrReplacePlaylistItemsRequest"];
      };
    };
    responses: {
      /** @description Changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SnapshotIdResponse"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  addPlaylistItems: {
    parameters: {
      query?: {
        /** @description Zero-based index to insert at; appended when omitted. */
        position?: components["parameters"]["InsertPosition"];
        /** @description Track or episode URIs, at most 100. Prefer the body field of the same name. */
        uris?: components["parameters"]["PlaylistItemUris"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AddPlaylistItemsRequest"];
      };
    };
    responses: {
      /** @description Added. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SnapshotIdResponse"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  removePlaylistItems: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemovePlaylistItemsRequest"];
      };
    };
    responses: {
      /** @description Removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SnapshotIdResponse"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getCurrentUserPlaylists: {
    parameters: {
      query?: {
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first playlist to return. */
        offset?: components["parameters"]["PlaylistListOffset"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of playlists. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingPlaylistObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  createPlaylist: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreatePlaylistRequest"];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlaylistObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getUserPlaylists: {
    parameters: {
      query?: {
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first playlist to return. */
        offset?: components["parameters"]["PlaylistListOffset"];
      };
      header?: never;
      path: {
        /** @description Spotify user ID (free-form, not base-62). */
        user_id: components["parameters"]["UserId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of playlists. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingPlaylistObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  createPlaylistForUser: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Spotify user ID (free-form, not base-62). */
        user_id: components["parameters"]["UserId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["CreatePlaylistRequest"];
      };
    };
    responses: {
      /** @description Created. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlaylistObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  followPlaylist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["FollowPlaylistRequest"];
      };
    };
    responses: {
      /** @description Followed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  unfollowPlaylist: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Unfollowed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  checkPlaylistFollowers: {
    parameters: {
      query?: {
        /** @description The current user's ID (a single ID). */
        ids?: string[];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One flag. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BooleanList"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getPlaylistCoverImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The cover images; the URLs expire after a few days. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["ImageArray"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  uploadPlaylistCoverImage: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "image/jpeg": components["schemas"]["CoverImage"];
      };
    };
    responses: {
      /** @description Accepted; the image is processed asynchronously. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getPlaylistTracks: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Field filter, comma-separated, with parentheses for nested fields, e.g. `items(added_at,item(name,uri))`. All fields when omitted. */
        fields?: components["parameters"]["PlaylistFields"];
        /** @description Page size. */
        limit?: number;
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
        /** @description Item types the client understands besides `track`; pass `episode` to get episodes as episodes. */
        additional_types?: components["parameters"]["AdditionalTypes"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of playlist items. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingPlaylistTrackObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  reorderOrReplacePlaylistTracks: {
    parameters: {
      query?: {
        /** @description Track or episode URIs, at most 100. Prefer the body field of the same name. */
        uris?: components["parameters"]["PlaylistItemUris"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["ReorderOrReplacePlaylistItemsRequest"];
      };
    };
    responses: {
      /** @description Changed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SnapshotIdResponse"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  addPlaylistTracks: {
    parameters: {
      query?: {
        /** @description Zero-based index to insert at; appended when omitted. */
        position?: components["parameters"]["InsertPosition"];
        /** @description Track or episode URIs, at most 100. Prefer the body field of the same name. */
        uris?: components["parameters"]["PlaylistItemUris"];
      };
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["AddPlaylistItemsRequest"];
      };
    };
    responses: {
      /** @description Added. */
      201: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SnapshotIdResponse"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  removePlaylistTracks: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Spotify ID of the playlist. */
        playlist_id: components["parameters"]["PlaylistId"];
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["RemovePlaylistTracksRequest"];
      };
    };
    responses: {
      /** @description Removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SnapshotIdResponse"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  saveLibraryItems: {
    parameters: {
      query: {
        /** @description Spotify URIs, at most 40; types may be mixed (track, album, episode, show, audiobook, artist, user, playlist). */
        uris: components["parameters"]["LibraryUris"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Saved. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  removeLibraryItems: {
    parameters: {
      query: {
        /** @description Spotify URIs, at most 40; types may be mixed (track, album, episode, show, audiobook, artist, user, playlist). */
        uris: components["parameters"]["LibraryUris"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Removed. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  checkLibraryContains: {
    parameters: {
      query: {
        /** @description Spotify URIs, at most 40; types may be mixed (track, album, episode, show, audiobook, artist, user, playlist). */
        uris: components["parameters"]["LibraryUris"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One flag per requested URI. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BooleanList"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getCurrentUserProfile: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The current user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PrivateUserObject"];
        };
      };
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getUserProfile: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Spotify user ID (free-form, not base-62). */
        user_id: components["parameters"]["UserId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The user. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PublicUserObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getTopArtists: {
    parameters: {
      query?: {
        /** @description Period the ranking covers: about 4 weeks (`short_term`), 6 months (`medium_term`) or a year and more (`long_term`). */
        time_range?: components["parameters"]["TimeRange"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of artists. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingArtistObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getTopTracks: {
    parameters: {
      query?: {
        /** @description Period the ranking covers: about 4 weeks (`short_term`), 6 months (`medium_term`) or a year and more (`long_term`). */
        time_range?: components["parameters"]["TimeRange"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of tracks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PagingTrackObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getFollowedArtists: {
    parameters: {
      query: {
        /** @description Only `artist` is supported. */
        type: "artist";
        /** @description Cursor: the last artist ID of the previous page. */
        after?: string;
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A cursor page of artists under `artists`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["FollowedArtistsResponse"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  followArtistsOrUsers: {
    parameters: {
      query: {
        /** @description Kind of IDs in `ids`. */
        type: components["parameters"]["FollowType"];
        /** @description Artist or user IDs, at most 50 (user IDs are free-form). */
        ids: components["parameters"]["FollowIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["IdsRequest"];
      };
    };
    responses: {
      /** @description Followed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  unfollowArtistsOrUsers: {
    parameters: {
      query: {
        /** @description Kind of IDs in `ids`. */
        type: components["parameters"]["FollowType"];
        /** @description Artist or user IDs, at most 50 (user IDs are free-form). */
        ids: components["parameters"]["FollowIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["IdsRequest"];
      };
    };
    responses: {
      /** @description Unfollowed. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  checkFollowing: {
    parameters: {
      query: {
        /** @description Kind of IDs in `ids`. */
        type: components["parameters"]["FollowType"];
        /** @description Artist or user IDs, at most 50 (user IDs are free-form). */
        ids: components["parameters"]["FollowIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description One flag per requested ID. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["BooleanList"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getPlaybackState: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Item types the client understands besides `track`; pass `episode` to get episodes as episodes. */
        additional_types?: components["parameters"]["AdditionalTypes"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The playback state. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlaybackStateObject"];
        };
      };
      /** @description No device is active. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  transferPlayback: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        "application/json": components["schemas"]["TransferPlaybackRequest"];
      };
    };
    responses: {
      /** @description Accepted; the device carries the command out asynchronously. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Command sent to the device. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getAvailableDevices: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The devices. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["DeviceList"];
        };
      };
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getCurrentlyPlaying: {
    parameters: {
      query?: {
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Item types the client understands besides `track`; pass `episode` to get episodes as episodes. */
        additional_types?: components["parameters"]["AdditionalTypes"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The current item. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CurrentlyPlayingObject"];
        };
      };
      /** @description Nothing is playing. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  startPlayback: {
    parameters: {
      query?: {
        /** @description Device to act on; the active device when omitted. */
        device_id?: components["parameters"]["DeviceId"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: {
      content: {
        "application/json": components["schemas"]["StartPlaybackRequest"];
      };
    };
    responses: {
      /** @description Accepted; the device carries the command out asynchronously. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Command sent to the device. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  pausePlayback: {
    parameters: {
      query?: {
        /** @description Device to act on; the active device when omitted. */
        device_id?: components["parameters"]["DeviceId"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted; the device carries the command out asynchronously. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Command sent to the device. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  skipToNext: {
    parameters: {
      query?: {
        /** @description Device to act on; the active device when omitted. */
        device_id?: components["parameters"]["DeviceId"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted; the device carries the command out asynchronously. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Command sent to the device. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  skipToPrevious: {
    parameters: {
      query?: {
        /** @description Device to act on; the active device when omitted. */
        device_id?: components["parameters"]["DeviceId"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted; the device carries the command out asynchronously. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Command sent to the device. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  seekToPosition: {
    parameters: {
      query: {
        /** @description Position in milliseconds; past the end skips to the next item. */
        position_ms: number;
        /** @description Device to act on; the active device when omitted. */
        device_id?: components["parameters"]["DeviceId"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted; the device carries the command out asynchronously. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Command sent to the device. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  setRepeatMode: {
    parameters: {
      query: {
        /** @description Repeat the current track, the current context, or nothing. */
        state: components["schemas"]["RepeatState"];
        /** @description Device to act on; the active device when omitted. */
        device_id?: components["parameters"]["DeviceId"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted; the device carries the command out asynchronously. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Command sent to the device. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  setPlaybackVolume: {
    parameters: {
      query: {
        /** @description Volume from 0 to 100. */
        volume_percent: number;
        /** @description Device to act on; the active device when omitted. */
        device_id?: components["parameters"]["DeviceId"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted; the device carries the command out asynchronously. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Command sent to the device. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  setShuffle: {
    parameters: {
      query: {
        /** @description true to shuffle. */
        state: boolean;
        /** @description Device to act on; the active device when omitted. */
        device_id?: components["parameters"]["DeviceId"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted; the device carries the command out asynchronously. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Command sent to the device. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getRecentlyPlayed: {
    parameters: {
      query?: {
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Unix time in ms; items played after it. Not together with `before`. */
        after?: number;
        /** @description Unix time in ms; items played before it. Not together with `after`. */
        before?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A cursor page of plays. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CursorPagingPlayHistoryObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getQueue: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The queue. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["QueueObject"];
        };
      };
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  addToQueue: {
    parameters: {
      query: {
        /** @description Track or episode URI. */
        uri: string;
        /** @description Device to act on; the active device when omitted. */
        device_id?: components["parameters"]["DeviceId"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Accepted; the device carries the command out asynchronously. */
      202: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Command sent to the device. */
      204: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getCategories: {
    parameters: {
      query?: {
        /** @description Language for names, as `ll_CC` (ISO 639-1 language, underscore, ISO 3166-1 country), e.g. `es_MX`. */
        locale?: components["parameters"]["Locale"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of categories under `categories`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CategoriesResponse"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getCategory: {
    parameters: {
      query?: {
        /** @description Language for names, as `ll_CC` (ISO 639-1 language, underscore, ISO 3166-1 country), e.g. `es_MX`. */
        locale?: components["parameters"]["Locale"];
      };
      header?: never;
      path: {
        /** @description Category ID (free-form, e.g. `dinner` or a base-62 string). */
        category_id: components["parameters"]["CategoryId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The category. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["CategoryObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getCategoryPlaylists: {
    parameters: {
      query?: {
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path: {
        /** @description Category ID (free-form, e.g. `dinner` or a base-62 string). */
        category_id: components["parameters"]["CategoryId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of playlists under `playlists`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlaylistsPageResponse"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getFeaturedPlaylists: {
    parameters: {
      query?: {
        /** @description Language for names, as `ll_CC` (ISO 639-1 language, underscore, ISO 3166-1 country), e.g. `es_MX`. */
        locale?: components["parameters"]["Locale"];
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of playlists under `playlists`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["PlaylistsPageResponse"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getNewReleases: {
    parameters: {
      query?: {
        /** @description Page size. */
        limit?: components["parameters"]["Limit"];
        /** @description Index of the first item to return. */
        offset?: components["parameters"]["Offset"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A page of albums under `albums`. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["NewReleasesResponse"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getAvailableMarkets: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Country codes. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["MarketList"];
        };
      };
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getRecommendations: {
    parameters: {
      query?: {
        /** @description Page size. */
        limit?: number;
        /** @description ISO 3166-1 alpha-2 country code, or `from_token` for the user's country. Only content available there is returned; the user's country wins when the token has one. */
        market?: components["parameters"]["Market"];
        /** @description Seed artists; at most 5 seeds across artists, genres and tracks. */
        seed_artists?: string[];
        /** @description Seed genres; at most 5 seeds across artists, genres and tracks. */
        seed_genres?: string[];
        /** @description Seed tracks; at most 5 seeds across artists, genres and tracks. */
        seed_tracks?: string[];
        /** @description Lower bound for acousticness. */
        min_acousticness?: number;
        /** @description Upper bound for acousticness. */
        max_acousticness?: number;
        /** @description Preferred value for acousticness. */
        target_acousticness?: number;
        /** @description Lower bound for danceability. */
        min_danceability?: number;
        /** @description Upper bound for danceability. */
        max_danceability?: number;
        /** @description Preferred value for danceability. */
        target_danceability?: number;
        /** @description Lower bound for duration in milliseconds. */
        min_duration_ms?: number;
        /** @description Upper bound for duration in milliseconds. */
        max_duration_ms?: number;
        /** @description Preferred value for duration in milliseconds. */
        target_duration_ms?: number;
        /** @description Lower bound for energy. */
        min_energy?: number;
        /** @description Upper bound for energy. */
        max_energy?: number;
        /** @description Preferred value for energy. */
        target_energy?: number;
        /** @description Lower bound for instrumentalness. */
        min_instrumentalness?: number;
        /** @description Upper bound for instrumentalness. */
        max_instrumentalness?: number;
        /** @description Preferred value for instrumentalness. */
        target_instrumentalness?: number;
        /** @description Lower bound for key (pitch class). */
        min_key?: number;
        /** @description Upper bound for key (pitch class). */
        max_key?: number;
        /** @description Preferred value for key (pitch class). */
        target_key?: number;
        /** @description Lower bound for liveness. */
        min_liveness?: number;
        /** @description Upper bound for liveness. */
        max_liveness?: number;
        /** @description Preferred value for liveness. */
        target_liveness?: number;
        /** @description Lower bound for loudness in dB. */
        min_loudness?: number;
        /** @description Upper bound for loudness in dB. */
        max_loudness?: number;
        /** @description Preferred value for loudness in dB. */
        target_loudness?: number;
        /** @description Lower bound for mode (1 major, 0 minor). */
        min_mode?: number;
        /** @description Upper bound for mode (1 major, 0 minor). */
        max_mode?: number;
        /** @description Preferred value for mode (1 major, 0 minor). */
        target_mode?: number;
        /** @description Lower bound for popularity. */
        min_popularity?: number;
        /** @description Upper bound for popularity. */
        max_popularity?: number;
        /** @description Preferred value for popularity. */
        target_popularity?: number;
        /** @description Lower bound for speechiness. */
        min_speechiness?: number;
        /** @description Upper bound for speechiness. */
        max_speechiness?: number;
        /** @description Preferred value for speechiness. */
        target_speechiness?: number;
        /** @description Lower bound for tempo in BPM. */
        min_tempo?: number;
        /** @description Upper bound for tempo in BPM. */
        max_tempo?: number;
        /** @description Preferred value for tempo in BPM. */
        target_tempo?: number;
        /** @description Lower bound for time signature. */
        min_time_signature?: number;
        /** @description Upper bound for time signature. */
        max_time_signature?: number;
        /** @description Preferred value for time signature. */
        target_time_signature?: number;
        /** @description Lower bound for valence. */
        min_valence?: number;
        /** @description Upper bound for valence. */
        max_valence?: number;
        /** @description Preferred value for valence. */
        target_valence?: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Recommended tracks and the seeds used. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["RecommendationsObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getGenreSeeds: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Genre names. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["GenreSeedList"];
        };
      };
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getAudioFeatures: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Spotify ID of the track. */
        id: components["parameters"]["TrackId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The audio features. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AudioFeaturesObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getSeveralAudioFeatures: {
    parameters: {
      query: {
        /** @description Spotify IDs of the tracks, at most 100. */
        ids: components["parameters"]["AudioFeaturesIds"];
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Features in request order; null for unknown tracks. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["SeveralAudioFeatures"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
  getAudioAnalysis: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Spotify ID of the track. */
        id: components["parameters"]["TrackId"];
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The analysis. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          "application/json": components["schemas"]["AudioAnalysisObject"];
        };
      };
      400: components["responses"]["ErrorResponse"];
      401: components["responses"]["ErrorResponse"];
      403: components["responses"]["ErrorResponse"];
      404: components["responses"]["ErrorResponse"];
      429: components["responses"]["ErrorResponse"];
    };
  };
}
