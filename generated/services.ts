/**
 * Service namespace interfaces, one member per operation.
 *
 * Generated from openapi/spotify.yaml by `npm run generate` (codegen/generate.ts).
 * Do not edit by hand: change the document or the generator, then regenerate.
 */

import type { OperationId } from "./operations.js";

/** Method types by operationId, supplied by the hand-written layer. */
export type MethodTypes = { [Id in OperationId]: unknown };

/** The `albums` namespace of the client. */
export interface AlbumsService<M extends MethodTypes> {
  /**
   * Check whether albums are in the user's library
   *
   * `GET /me/albums/contains` (operation `checkSavedAlbums`).
   * Scopes: `user-library-read`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.checkContains` (`GET /me/library/contains`) instead.
   */
  checkSaved: M["checkSavedAlbums"];
  /**
   * Get an album
   *
   * `GET /albums/{id}` (operation `getAlbum`).
   */
  get: M["getAlbum"];
  /**
   * Get the user's saved albums
   *
   * `GET /me/albums` (operation `getSavedAlbums`).
   * Scopes: `user-library-read`.
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getSaved: M["getSavedAlbums"];
  /**
   * Get several albums
   *
   * `GET /albums` (operation `getSeveralAlbums`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.albums.get` (`GET /albums/{id}`) instead.
   */
  getSeveral: M["getSeveralAlbums"];
  /**
   * Get an album's tracks
   *
   * `GET /albums/{id}/tracks` (operation `getAlbumTracks`).
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getTracks: M["getAlbumTracks"];
  /**
   * Remove albums from the user's library
   *
   * `DELETE /me/albums` (operation `removeSavedAlbums`).
   * Scopes: `user-library-modify`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.removeItems` (`DELETE /me/library`) instead.
   */
  remove: M["removeSavedAlbums"];
  /**
   * Save albums to the user's library
   *
   * `PUT /me/albums` (operation `saveAlbums`).
   * Scopes: `user-library-modify`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.saveItems` (`PUT /me/library`) instead.
   */
  save: M["saveAlbums"];
}

/** The `artists` namespace of the client. */
export interface ArtistsService<M extends MethodTypes> {
  /**
   * Get an artist
   *
   * `GET /artists/{id}` (operation `getArtist`).
   */
  get: M["getArtist"];
  /**
   * Get an artist's albums
   *
   * `GET /artists/{id}/albums` (operation `getArtistAlbums`).
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getAlbums: M["getArtistAlbums"];
  /**
   * Get artists similar to an artist
   *
   * `GET /artists/{id}/related-artists` (operation `getRelatedArtists`).
   *
   * @deprecated Only for apps that had extended access before 27 November 2024: closed to all other apps.
   */
  getRelatedArtists: M["getRelatedArtists"];
  /**
   * Get several artists
   *
   * `GET /artists` (operation `getSeveralArtists`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.artists.get` (`GET /artists/{id}`) instead.
   */
  getSeveral: M["getSeveralArtists"];
  /**
   * Get an artist's top tracks
   *
   * `GET /artists/{id}/top-tracks` (operation `getArtistTopTracks`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026.
   */
  getTopTracks: M["getArtistTopTracks"];
}

/** The `audio` namespace of the client. */
export interface AudioService<M extends MethodTypes> {
  /**
   * Get a track's audio analysis
   *
   * `GET /audio-analysis/{id}` (operation `getAudioAnalysis`).
   *
   * @deprecated Only for apps that had extended access before 27 November 2024: closed to all other apps.
   */
  getAnalysis: M["getAudioAnalysis"];
  /**
   * Get a track's audio features
   *
   * `GET /audio-features/{id}` (operation `getAudioFeatures`).
   *
   * @deprecated Only for apps that had extended access before 27 November 2024: closed to all other apps.
   */
  getFeatures: M["getAudioFeatures"];
  /**
   * Get audio features for several tracks
   *
   * `GET /audio-features` (operation `getSeveralAudioFeatures`).
   *
   * @deprecated Only for apps that had extended access before 27 November 2024: closed to all other apps.
   */
  getSeveralFeatures: M["getSeveralAudioFeatures"];
}

/** The `audiobooks` namespace of the client. */
export interface AudiobooksService<M extends MethodTypes> {
  /**
   * Check whether audiobooks are in the user's library
   *
   * `GET /me/audiobooks/contains` (operation `checkSavedAudiobooks`).
   * Scopes: `user-library-read`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.checkContains` (`GET /me/library/contains`) instead.
   */
  checkSaved: M["checkSavedAudiobooks"];
  /**
   * Get an audiobook
   *
   * Audiobooks are only available in some markets (US, UK, Canada, Ireland, New Zealand, Australia and a few more).
   *
   * `GET /audiobooks/{id}` (operation `getAudiobook`).
   */
  get: M["getAudiobook"];
  /**
   * Get an audiobook's chapters
   *
   * `GET /audiobooks/{id}/chapters` (operation `getAudiobookChapters`).
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getChapters: M["getAudiobookChapters"];
  /**
   * Get the user's saved audiobooks
   *
   * `GET /me/audiobooks` (operation `getSavedAudiobooks`).
   * Scopes: `user-library-read`.
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getSaved: M["getSavedAudiobooks"];
  /**
   * Get several audiobooks
   *
   * `GET /audiobooks` (operation `getSeveralAudiobooks`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.audiobooks.get` (`GET /audiobooks/{id}`) instead.
   */
  getSeveral: M["getSeveralAudiobooks"];
  /**
   * Remove audiobooks from the user's library
   *
   * `DELETE /me/audiobooks` (operation `removeSavedAudiobooks`).
   * Scopes: `user-library-modify`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.removeItems` (`DELETE /me/library`) instead.
   */
  remove: M["removeSavedAudiobooks"];
  /**
   * Save audiobooks to the user's library
   *
   * `PUT /me/audiobooks` (operation `saveAudiobooks`).
   * Scopes: `user-library-modify`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.saveItems` (`PUT /me/library`) instead.
   */
  save: M["saveAudiobooks"];
}

/** The `browse` namespace of the client. */
export interface BrowseService<M extends MethodTypes> {
  /**
   * Get browse categories
   *
   * `GET /browse/categories` (operation `getCategories`).
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026.
   */
  getCategories: M["getCategories"];
  /**
   * Get a browse category
   *
   * `GET /browse/categories/{category_id}` (operation `getCategory`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026.
   */
  getCategory: M["getCategory"];
  /**
   * Get a category's playlists
   *
   * `GET /browse/categories/{category_id}/playlists` (operation `getCategoryPlaylists`).
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   *
   * @deprecated Only for apps that had extended access before 27 November 2024: closed to all other apps.
   */
  getCategoryPlaylists: M["getCategoryPlaylists"];
  /**
   * Get featured playlists
   *
   * `GET /browse/featured-playlists` (operation `getFeaturedPlaylists`).
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   *
   * @deprecated Only for apps that had extended access before 27 November 2024: closed to all other apps.
   */
  getFeaturedPlaylists: M["getFeaturedPlaylists"];
  /**
   * Get new album releases
   *
   * `GET /browse/new-releases` (operation `getNewReleases`).
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026.
   */
  getNewReleases: M["getNewReleases"];
}

/** The `chapters` namespace of the client. */
export interface ChaptersService<M extends MethodTypes> {
  /**
   * Get an audiobook chapter
   *
   * `GET /chapters/{id}` (operation `getChapter`).
   */
  get: M["getChapter"];
  /**
   * Get several audiobook chapters
   *
   * `GET /chapters` (operation `getSeveralChapters`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.chapters.get` (`GET /chapters/{id}`) instead.
   */
  getSeveral: M["getSeveralChapters"];
}

/** The `episodes` namespace of the client. */
export interface EpisodesService<M extends MethodTypes> {
  /**
   * Check whether episodes are in the user's library
   *
   * `GET /me/episodes/contains` (operation `checkSavedEpisodes`).
   * Scopes: `user-library-read`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.checkContains` (`GET /me/library/contains`) instead.
   */
  checkSaved: M["checkSavedEpisodes"];
  /**
   * Get a podcast episode
   *
   * `resume_point` is only filled in with the user-read-playback-position scope.
   *
   * `GET /episodes/{id}` (operation `getEpisode`).
   */
  get: M["getEpisode"];
  /**
   * Get the user's saved episodes
   *
   * `GET /me/episodes` (operation `getSavedEpisodes`).
   * Scopes: `user-library-read`.
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getSaved: M["getSavedEpisodes"];
  /**
   * Get several podcast episodes
   *
   * `GET /episodes` (operation `getSeveralEpisodes`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.episodes.get` (`GET /episodes/{id}`) instead.
   */
  getSeveral: M["getSeveralEpisodes"];
  /**
   * Remove episodes from the user's library
   *
   * `DELETE /me/episodes` (operation `removeSavedEpisodes`).
   * Scopes: `user-library-modify`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.removeItems` (`DELETE /me/library`) instead.
   */
  remove: M["removeSavedEpisodes"];
  /**
   * Save episodes to the user's library
   *
   * `PUT /me/episodes` (operation `saveEpisodes`).
   * Scopes: `user-library-modify`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.saveItems` (`PUT /me/library`) instead.
   */
  save: M["saveEpisodes"];
}

/** The `library` namespace of the client. */
export interface LibraryService<M extends MethodTypes> {
  /**
   * Check whether items are in the user's library
   *
   * `GET /me/library/contains` (operation `checkLibraryContains`).
   * Scopes: one per URI type given (see the library rules).
   */
  checkContains: M["checkLibraryContains"];
  /**
   * Remove items from the user's library
   *
   * Removes saved items and unfollows artists, users and playlists.
   *
   * `DELETE /me/library` (operation `removeLibraryItems`).
   * Scopes: one per URI type given (see the library rules).
   */
  removeItems: M["removeLibraryItems"];
  /**
   * Save items to the user's library
   *
   * Saves tracks, albums, episodes, shows and audiobooks; follows artists, users and playlists.
   *
   * `PUT /me/library` (operation `saveLibraryItems`).
   * Scopes: one per URI type given (see the library rules).
   */
  saveItems: M["saveLibraryItems"];
}

/** The `markets` namespace of the client. */
export interface MarketsService<M extends MethodTypes> {
  /**
   * Get the markets Spotify is available in
   *
   * `GET /markets` (operation `getAvailableMarkets`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026.
   */
  getAvailable: M["getAvailableMarkets"];
}

/** The `player` namespace of the client. */
export interface PlayerService<M extends MethodTypes> {
  /**
   * Add an item to the user's queue
   *
   * `POST /me/player/queue` (operation `addToQueue`).
   * Scopes: `user-modify-playback-state`.
   */
  addToQueue: M["addToQueue"];
  /**
   * Get what is playing now
   *
   * `GET /me/player/currently-playing` (operation `getCurrentlyPlaying`).
   * Scopes: `user-read-currently-playing`.
   */
  getCurrentlyPlaying: M["getCurrentlyPlaying"];
  /**
   * Get the user's available devices
   *
   * `GET /me/player/devices` (operation `getAvailableDevices`).
   * Scopes: `user-read-playback-state`.
   */
  getDevices: M["getAvailableDevices"];
  /**
   * Get the playback state
   *
   * `GET /me/player` (operation `getPlaybackState`).
   * Scopes: `user-read-playback-state`.
   */
  getPlaybackState: M["getPlaybackState"];
  /**
   * Get the user's queue
   *
   * `GET /me/player/queue` (operation `getQueue`).
   * Scopes: `user-read-currently-playing`, `user-read-playback-state`.
   */
  getQueue: M["getQueue"];
  /**
   * Get recently played tracks
   *
   * Podcast episodes are not included.
   *
   * `GET /me/player/recently-played` (operation `getRecentlyPlayed`).
   * Scopes: `user-read-recently-played`.
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getRecentlyPlayed: M["getRecentlyPlayed"];
  /**
   * Pause playback
   *
   * `PUT /me/player/pause` (operation `pausePlayback`).
   * Scopes: `user-modify-playback-state`.
   */
  pausePlayback: M["pausePlayback"];
  /**
   * Seek within the current item
   *
   * `PUT /me/player/seek` (operation `seekToPosition`).
   * Scopes: `user-modify-playback-state`.
   */
  seek: M["seekToPosition"];
  /**
   * Set the repeat mode
   *
   * `PUT /me/player/repeat` (operation `setRepeatMode`).
   * Scopes: `user-modify-playback-state`.
   */
  setRepeatMode: M["setRepeatMode"];
  /**
   * Turn shuffle on or off
   *
   * `PUT /me/player/shuffle` (operation `setShuffle`).
   * Scopes: `user-modify-playback-state`.
   */
  setShuffle: M["setShuffle"];
  /**
   * Set the playback volume
   *
   * `PUT /me/player/volume` (operation `setPlaybackVolume`).
   * Scopes: `user-modify-playback-state`.
   */
  setVolume: M["setPlaybackVolume"];
  /**
   * Skip to the next item
   *
   * `POST /me/player/next` (operation `skipToNext`).
   * Scopes: `user-modify-playback-state`.
   */
  skipToNext: M["skipToNext"];
  /**
   * Skip to the previous item
   *
   * `POST /me/player/previous` (operation `skipToPrevious`).
   * Scopes: `user-modify-playback-state`.
   */
  skipToPrevious: M["skipToPrevious"];
  /**
   * Start or resume playback
   *
   * Premium only. Without a body, resumes the current context.
   *
   * `PUT /me/player/play` (operation `startPlayback`).
   * Scopes: `user-modify-playback-state`.
   */
  startPlayback: M["startPlayback"];
  /**
   * Transfer playback to another device
   *
   * `PUT /me/player` (operation `transferPlayback`).
   * Scopes: `user-modify-playback-state`.
   */
  transferPlayback: M["transferPlayback"];
}

/** The `playlists` namespace of the client. */
export interface PlaylistsService<M extends MethodTypes> {
  /**
   * Add items to a playlist
   *
   * `POST /playlists/{playlist_id}/items` (operation `addPlaylistItems`).
   */
  addItems: M["addPlaylistItems"];
  /**
   * Add items to a playlist (old path)
   *
   * `POST /playlists/{playlist_id}/tracks` (operation `addPlaylistTracks`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.playlists.addItems` (`POST /playlists/{playlist_id}/items`) instead.
   */
  addTracks: M["addPlaylistTracks"];
  /**
   * Change a playlist's name, visibility or description
   *
   * `PUT /playlists/{playlist_id}` (operation `changePlaylistDetails`).
   */
  changeDetails: M["changePlaylistDetails"];
  /**
   * Check whether the user follows a playlist
   *
   * `GET /playlists/{playlist_id}/followers/contains` (operation `checkPlaylistFollowers`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.checkContains` (`GET /me/library/contains`) instead.
   */
  checkFollowers: M["checkPlaylistFollowers"];
  /**
   * Create a playlist for the user
   *
   * `POST /me/playlists` (operation `createPlaylist`).
   */
  create: M["createPlaylist"];
  /**
   * Create a playlist for a user
   *
   * `POST /users/{user_id}/playlists` (operation `createPlaylistForUser`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.playlists.create` (`POST /me/playlists`) instead.
   */
  createForUser: M["createPlaylistForUser"];
  /**
   * Follow a playlist
   *
   * `PUT /playlists/{playlist_id}/followers` (operation `followPlaylist`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.saveItems` (`PUT /me/library`) instead.
   */
  follow: M["followPlaylist"];
  /**
   * Get a playlist
   *
   * `GET /playlists/{playlist_id}` (operation `getPlaylist`).
   */
  get: M["getPlaylist"];
  /**
   * Get a playlist's cover images
   *
   * `GET /playlists/{playlist_id}/images` (operation `getPlaylistCoverImage`).
   */
  getCoverImage: M["getPlaylistCoverImage"];
  /**
   * Get the playlists the user owns or follows
   *
   * `GET /me/playlists` (operation `getCurrentUserPlaylists`).
   * Scopes: `playlist-read-private`.
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getForCurrentUser: M["getCurrentUserPlaylists"];
  /**
   * Get a user's public playlists
   *
   * `GET /users/{user_id}/playlists` (operation `getUserPlaylists`).
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026.
   */
  getForUser: M["getUserPlaylists"];
  /**
   * Get a playlist's items
   *
   * Only for playlists the user owns or collaborates on.
   *
   * `GET /playlists/{playlist_id}/items` (operation `getPlaylistItems`).
   * Scopes: `playlist-read-private`.
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getItems: M["getPlaylistItems"];
  /**
   * Get a playlist's items (old path)
   *
   * `GET /playlists/{playlist_id}/tracks` (operation `getPlaylistTracks`).
   * Scopes: `playlist-read-private`.
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.playlists.getItems` (`GET /playlists/{playlist_id}/items`) instead.
   */
  getTracks: M["getPlaylistTracks"];
  /**
   * Remove items from a playlist
   *
   * `DELETE /playlists/{playlist_id}/items` (operation `removePlaylistItems`).
   */
  removeItems: M["removePlaylistItems"];
  /**
   * Remove items from a playlist (old path)
   *
   * `DELETE /playlists/{playlist_id}/tracks` (operation `removePlaylistTracks`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.playlists.removeItems` (`DELETE /playlists/{playlist_id}/items`) instead.
   */
  removeTracks: M["removePlaylistTracks"];
  /**
   * Reorder or replace a playlist's items
   *
   * Send `uris` to replace all items, or `range_start` and `insert_before` (and optionally `range_length`) to move a block. A reorder applied twice moves the block twice.
   *
   * `PUT /playlists/{playlist_id}/items` (operation `reorderOrReplacePlaylistItems`).
   */
  reorderOrReplaceItems: M["reorderOrReplacePlaylistItems"];
  /**
   * Reorder or replace a playlist's items (old path)
   *
   * `PUT /playlists/{playlist_id}/tracks` (operation `reorderOrReplacePlaylistTracks`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.playlists.reorderOrReplaceItems` (`PUT /playlists/{playlist_id}/items`) instead.
   */
  reorderOrReplaceTracks: M["reorderOrReplacePlaylistTracks"];
  /**
   * Unfollow a playlist
   *
   * `DELETE /playlists/{playlist_id}/followers` (operation `unfollowPlaylist`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.removeItems` (`DELETE /me/library`) instead.
   */
  unfollow: M["unfollowPlaylist"];
  /**
   * Upload a custom playlist cover
   *
   * `PUT /playlists/{playlist_id}/images` (operation `uploadPlaylistCoverImage`).
   * Scopes: `ugc-image-upload`.
   */
  uploadCoverImage: M["uploadPlaylistCoverImage"];
}

/** The `recommendations` namespace of the client. */
export interface RecommendationsService<M extends MethodTypes> {
  /**
   * Get track recommendations from seeds
   *
   * `GET /recommendations` (operation `getRecommendations`).
   *
   * @deprecated Only for apps that had extended access before 27 November 2024: closed to all other apps.
   */
  get: M["getRecommendations"];
  /**
   * Get the genres usable as seeds
   *
   * `GET /recommendations/available-genre-seeds` (operation `getGenreSeeds`).
   *
   * @deprecated Only for apps that had extended access before 27 November 2024: closed to all other apps.
   */
  getGenreSeeds: M["getGenreSeeds"];
}

/** The `search` namespace of the client. */
export interface SearchService<M extends MethodTypes> {
  /**
   * Search the catalog
   *
   * Each requested type comes back as its own page (`tracks`, `albums`, ...), so the response carries no single pagination key.
   *
   * `GET /search` (operation `search`).
   */
  search: M["search"];
}

/** The `shows` namespace of the client. */
export interface ShowsService<M extends MethodTypes> {
  /**
   * Check whether shows are in the user's library
   *
   * `GET /me/shows/contains` (operation `checkSavedShows`).
   * Scopes: `user-library-read`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.checkContains` (`GET /me/library/contains`) instead.
   */
  checkSaved: M["checkSavedShows"];
  /**
   * Get a podcast show
   *
   * `GET /shows/{id}` (operation `getShow`).
   */
  get: M["getShow"];
  /**
   * Get a show's episodes
   *
   * `GET /shows/{id}/episodes` (operation `getShowEpisodes`).
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getEpisodes: M["getShowEpisodes"];
  /**
   * Get the user's saved shows
   *
   * `GET /me/shows` (operation `getSavedShows`).
   * Scopes: `user-library-read`.
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getSaved: M["getSavedShows"];
  /**
   * Get several podcast shows
   *
   * `GET /shows` (operation `getSeveralShows`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.shows.get` (`GET /shows/{id}`) instead.
   */
  getSeveral: M["getSeveralShows"];
  /**
   * Remove shows from the user's library
   *
   * `DELETE /me/shows` (operation `removeSavedShows`).
   * Scopes: `user-library-modify`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.removeItems` (`DELETE /me/library`) instead.
   */
  remove: M["removeSavedShows"];
  /**
   * Save shows to the user's library
   *
   * `PUT /me/shows` (operation `saveShows`).
   * Scopes: `user-library-modify`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.saveItems` (`PUT /me/library`) instead.
   */
  save: M["saveShows"];
}

/** The `tracks` namespace of the client. */
export interface TracksService<M extends MethodTypes> {
  /**
   * Check whether tracks are in the user's library
   *
   * `GET /me/tracks/contains` (operation `checkSavedTracks`).
   * Scopes: `user-library-read`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.checkContains` (`GET /me/library/contains`) instead.
   */
  checkSaved: M["checkSavedTracks"];
  /**
   * Get a track
   *
   * `GET /tracks/{id}` (operation `getTrack`).
   */
  get: M["getTrack"];
  /**
   * Get the user's saved tracks
   *
   * `GET /me/tracks` (operation `getSavedTracks`).
   * Scopes: `user-library-read`.
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getSaved: M["getSavedTracks"];
  /**
   * Get several tracks
   *
   * `GET /tracks` (operation `getSeveralTracks`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.tracks.get` (`GET /tracks/{id}`) instead.
   */
  getSeveral: M["getSeveralTracks"];
  /**
   * Remove tracks from the user's library
   *
   * `DELETE /me/tracks` (operation `removeSavedTracks`).
   * Scopes: `user-library-modify`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.removeItems` (`DELETE /me/library`) instead.
   */
  remove: M["removeSavedTracks"];
  /**
   * Save tracks to the user's library
   *
   * `PUT /me/tracks` (operation `saveTracks`).
   * Scopes: `user-library-modify`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.saveItems` (`PUT /me/library`) instead.
   */
  save: M["saveTracks"];
}

/** The `users` namespace of the client. */
export interface UsersService<M extends MethodTypes> {
  /**
   * Check whether the user follows artists or users
   *
   * `GET /me/following/contains` (operation `checkFollowing`).
   * Scopes: `user-follow-read`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.checkContains` (`GET /me/library/contains`) instead.
   */
  checkFollowing: M["checkFollowing"];
  /**
   * Follow artists or users
   *
   * `PUT /me/following` (operation `followArtistsOrUsers`).
   * Scopes: `user-follow-modify`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.saveItems` (`PUT /me/library`) instead.
   */
  follow: M["followArtistsOrUsers"];
  /**
   * Get the current user's profile
   *
   * Any token works; user-read-private (country, product, explicit content) and user-read-email (email) only add fields, which Development Mode apps no longer receive.
   *
   * `GET /me` (operation `getCurrentUserProfile`).
   */
  getCurrentProfile: M["getCurrentUserProfile"];
  /**
   * Get the artists the user follows
   *
   * `GET /me/following` (operation `getFollowedArtists`).
   * Scopes: `user-follow-read`.
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getFollowedArtists: M["getFollowedArtists"];
  /**
   * Get a user's public profile
   *
   * `GET /users/{user_id}` (operation `getUserProfile`).
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026.
   */
  getProfile: M["getUserProfile"];
  /**
   * Get the user's top artists
   *
   * `GET /me/top/artists` (operation `getTopArtists`).
   * Scopes: `user-top-read`.
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getTopArtists: M["getTopArtists"];
  /**
   * Get the user's top tracks
   *
   * `GET /me/top/tracks` (operation `getTopTracks`).
   * Scopes: `user-top-read`.
   * Returns a page; `for await` over the result yields every item across pages, `.collect()` gathers them.
   */
  getTopTracks: M["getTopTracks"];
  /**
   * Unfollow artists or users
   *
   * `DELETE /me/following` (operation `unfollowArtistsOrUsers`).
   * Scopes: `user-follow-modify`.
   *
   * @deprecated Extended Quota Mode apps only: closed to Development Mode apps since February/March 2026. Use `client.library.removeItems` (`DELETE /me/library`) instead.
   */
  unfollow: M["unfollowArtistsOrUsers"];
}

/** Every service namespace of the client. */
export interface Services<M extends MethodTypes> {
  albums: AlbumsService<M>;
  artists: ArtistsService<M>;
  audio: AudioService<M>;
  audiobooks: AudiobooksService<M>;
  browse: BrowseService<M>;
  chapters: ChaptersService<M>;
  episodes: EpisodesService<M>;
  library: LibraryService<M>;
  markets: MarketsService<M>;
  player: PlayerService<M>;
  playlists: PlaylistsService<M>;
  recommendations: RecommendationsService<M>;
  search: SearchService<M>;
  shows: ShowsService<M>;
  tracks: TracksService<M>;
  users: UsersService<M>;
}

/** The namespace names, in order. */
export const serviceNames = [
  "albums",
  "artists",
  "audio",
  "audiobooks",
  "browse",
  "chapters",
  "episodes",
  "library",
  "markets",
  "player",
  "playlists",
  "recommendations",
  "search",
  "shows",
  "tracks",
  "users",
] as const;
