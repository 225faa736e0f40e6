/**
 * The scopes each operation of the Spotify Web API needs, keyed by operationId.
 *
 * Generated from openapi/spotify.yaml by `npm run generate` (codegen/generate.ts).
 * Do not edit by hand: change the document or the generator, then regenerate.
 */

import type { OperationId } from "./operations.js";

/** What a token needs to call one operation. */
export interface OperationScopes {
  /** Scopes needed whichever security alternative applies (all of them are required). */
  readonly scopes: readonly string[];
  /** Present when the document lists several alternatives: a token must satisfy one of them. */
  readonly scopeAlternatives?: readonly (readonly string[])[];
  /** The scope each URI type in `parameter` needs; replaces `scopes` for those calls. */
  readonly scopeRule?: {
    readonly parameter: string;
    readonly byType: Readonly<Record<string, string>>;
  };
}

/** Scopes for every operation, keyed by operationId. */
export type OperationScopeTable = { readonly [Id in OperationId]: OperationScopes };

/**
 * The scopes of every operation, read only when `checkScopes` is on. One line per operation:
 * operationId, scopes, alternatives (`;` between sets), scope rule (JSON), split at `|`.
 */
export const operationScopes: OperationScopeTable = /* @__PURE__ */ decodeOperationScopes(`
addPlaylistItems||playlist-modify-public;playlist-modify-private|
addPlaylistTracks||playlist-modify-public;playlist-modify-private|
addToQueue|user-modify-playback-state||
changePlaylistDetails||playlist-modify-public;playlist-modify-private|
checkFollowing|user-follow-read||
checkLibraryContains|playlist-read-private,user-follow-read,user-library-read||{"byType":{"album":"user-library-read","artist":"user-follow-read","audiobook":"user-library-read","episode":"user-library-read","playlist":"playlist-read-private","show":"user-library-read","track":"user-library-read","user":"user-follow-read"},"parameter":"uris"}
checkPlaylistFollowers|||
checkSavedAlbums|user-library-read||
checkSavedAudiobooks|user-library-read||
checkSavedEpisodes|user-library-read||
checkSavedShows|user-library-read||
checkSavedTracks|user-library-read||
createPlaylist||playlist-modify-public;playlist-modify-private|
createPlaylistForUser||playlist-modify-public;playlist-modify-private|
followArtistsOrUsers|user-follow-modify||
followPlaylist||playlist-modify-public;playlist-modify-private|
getAlbum|||
getAlbumTracks|||
getArtist|||
getArtistAlbums|||
getArtistTopTracks|||
getAudioAnalysis|||
getAudioFeatures|||
getAudiobook|||
getAudiobookChapters|||
getAvailableDevices|user-read-playback-state||
getAvailableMarkets|||
getCategories|||
getCategory|||
getCategoryPlaylists|||
getChapter|||
getCurrentUserPlaylists|playlist-read-private||
getCurrentUserProfile|||
getCurrentlyPlaying|user-read-currently-playing||
getEpisode|||
getFeaturedPlaylists|||
getFollowedArtists|user-follow-read||
getGenreSeeds|||
getNewReleases|||
getPlaybackState|user-read-playback-state||
getPlaylist|||
getPlaylistCoverImage|||
getPlaylistItems|playlist-read-private||
getPlaylistTracks|playlist-read-private||
getQueue|user-read-currently-playing,user-read-playback-state||
getRecentlyPlayed|user-read-recently-played||
getRecommendations|||
getRelatedArtists|||
getSavedAlbums|user-library-read||
getSavedAudiobooks|user-library-read||
getSavedEpisodes|user-library-read||
getSavedShows|user-library-read||
getSavedTracks|user-library-read||
getSeveralAlbums|||
getSeveralArtists|||
getSeveralAudioFeatures|||
getSeveralAudiobooks|||
getSeveralChapters|||
getSeveralEpisodes|||
getSeveralShows|||
getSeveralTracks|||
getShow|||
getShowEpisodes|||
getTopArtists|user-top-read||
getTopTracks|user-top-read||
getTrack|||
getUserPlaylists|||
getUserProfile|||
pausePlayback|user-modify-playback-state||
removeLibraryItems|playlist-modify-public,user-follow-modify,user-library-modify||{"byType":{"album":"user-library-modify","artist":"user-follow-modify","audiobook":"user-library-modify","episode":"user-library-modify","playlist":"playlist-modify-public","show":"user-library-modify","track":"user-library-modify","user":"user-follow-modify"},"parameter":"uris"}
removePlaylistItems||playlist-modify-public;playlist-modify-private|
removePlaylistTracks||playlist-modify-public;playlist-modify-private|
removeSavedAlbums|user-library-modify||
removeSavedAudiobooks|user-library-modify||
removeSavedEpisodes|user-library-modify||
removeSavedShows|user-library-modify||
removeSavedTracks|user-library-modify||
reorderOrReplacePlaylistItems||playlist-modify-public;playlist-modify-private|
reorderOrReplacePlaylistTracks||playlist-modify-public;playlist-modify-private|
saveAlbums|user-library-modify||
saveAudiobooks|user-library-modify||
saveEpisodes|user-library-modify||
saveLibraryItems|playlist-modify-public,user-follow-modify,user-library-modify||{"byType":{"album":"user-library-modify","artist":"user-follow-modify","audiobook":"user-library-modify","episode":"user-library-modify","playlist":"playlist-modify-public","show":"user-library-modify","track":"user-library-modify","user":"user-follow-modify"},"parameter":"uris"}
saveShows|user-library-modify||
saveTracks|user-library-modify||
search|||
seekToPosition|user-modify-playback-state||
setPlaybackVolume|user-modify-playback-state||
setRepeatMode|user-modify-playback-state||
setShuffle|user-modify-playback-state||
skipToNext|user-modify-playback-state||
skipToPrevious|user-modify-playback-state||
startPlayback|user-modify-playback-state||
transferPlayback|user-modify-playback-state||
unfollowArtistsOrUsers|user-follow-modify||
unfollowPlaylist||playlist-modify-public;playlist-modify-private|
uploadPlaylistCoverImage|ugc-image-upload|playlist-modify-public,ugc-image-upload;playlist-modify-private,ugc-image-upload|
`);

/** Reads the encoded table back: one line per row, fields split at `|` (codegen/rowEncoding.ts). */
/* @__NO_SIDE_EFFECTS__ */
function decodeOperationScopes(text: string): OperationScopeTable {
  const table: Record<string, unknown> = {};
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const fields = line.split("|");
    if (fields.length !== 4) throw new Error(`decodeOperationScopes: not 4 fields: ${line}`);
    const [id, scopes, scopeAlternatives, scopeRule] = fields as [string, string, string, string];
    const row: Record<string, unknown> = {
      scopes: list(scopes),
      scopeAlternatives: scopeAlternatives ? scopeAlternatives.split(";").map(list) : undefined,
      scopeRule: scopeRule ? JSON.parse(scopeRule) : undefined,
    };
    table[id] = Object.fromEntries(Object.entries(row).filter(([, value]) => value !== undefined));
  }
  return table as OperationScopeTable;
}

function list(text: string): string[] {
  return text === "" ? [] : text.split(",");
}
