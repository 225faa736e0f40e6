/**
 * The client's service namespaces and their methods, without routes.
 *
 * Generated from openapi/spotify.yaml by `npm run generate` (codegen/generate.ts).
 * Do not edit by hand: change the document or the generator, then regenerate.
 */

/** How one service method reads its arguments and what it returns. */
export interface ServiceMethodShape {
  /** The first argument fills the operation's path parameter. */
  readonly pathParam: boolean;
  /** Present for paginated lists, which return a PagePromise. */
  readonly pagination?: "offset" | "cursor";
}

/** A namespace's methods: name and shape, in the index's order. */
export type ServiceMethodList = ReadonlyArray<readonly [name: string, shape: ServiceMethodShape]>;

/** The client's namespaces (`client.albums`, ...). */
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

/**
 * A line per namespace: its name, then each method's name marked `/` when it takes a path
 * parameter and `*` or `~` when it is an offset- or cursor-paginated list.
 */
const SERVICE_INDEX = `
albums|checkSaved|get/|getTracks/*|getSaved*|getSeveral|remove|save
artists|get/|getAlbums/*|getTopTracks/|getRelatedArtists/|getSeveral
audio|getAnalysis/|getFeatures/|getSeveralFeatures
audiobooks|checkSaved|get/|getChapters/*|getSaved*|getSeveral|remove|save
browse|getCategories*|getCategory/|getCategoryPlaylists/*|getFeaturedPlaylists*|getNewReleases*
chapters|get/|getSeveral
episodes|checkSaved|get/|getSaved*|getSeveral|remove|save
library|checkContains|removeItems|saveItems
markets|getAvailable
player|addToQueue|getDevices|getCurrentlyPlaying|getPlaybackState|getQueue|getRecentlyPlayed~|pausePlayback|seek|setVolume|setRepeatMode|setShuffle|skipToNext|skipToPrevious|startPlayback|transferPlayback
playlists|addItems/|addTracks/|changeDetails/|checkFollowers/|create|createForUser/|follow/|getForCurrentUser*|get/|getCoverImage/|getItems/*|getTracks/*|getForUser/*|removeItems/|removeTracks/|reorderOrReplaceItems/|reorderOrReplaceTracks/|unfollow/|uploadCoverImage/
recommendations|getGenreSeeds|get
search|search
shows|checkSaved|getSaved*|getSeveral|get/|getEpisodes/*|remove|save
tracks|checkSaved|getSaved*|getSeveral|get/|remove|save
users|checkFollowing|follow|getCurrentProfile|getFollowedArtists~|getTopArtists*|getTopTracks*|getProfile/|unfollow
`;

// The six shapes a method can have, shared by every method of that shape.
const SHAPES: Readonly<Record<string, ServiceMethodShape>> = {
  "": { pathParam: false },
  "/": { pathParam: true },
  "*": { pathParam: false, pagination: "offset" },
  "/*": { pathParam: true, pagination: "offset" },
  "~": { pathParam: false, pagination: "cursor" },
  "/~": { pathParam: true, pagination: "cursor" },
};

/**
 * The methods of namespace `service`, read from its line when a client first uses the
 * namespace: a fresh process reads only the namespaces it calls. Throws on an unknown
 * namespace or a method that is not a name, `/`, then `*` or `~`.
 */
/* @__NO_SIDE_EFFECTS__ */
export function serviceMethods(service: string): ServiceMethodList {
  const start = SERVICE_INDEX.indexOf(`\n${service}|`);
  if (start < 0) throw new Error(`serviceMethods: no namespace ${service}`);
  const line = SERVICE_INDEX.slice(start + 1, SERVICE_INDEX.indexOf("\n", start + 1));
  return line
    .split("|")
    .slice(1)
    .map((method) => {
      const name = /^[A-Za-z][A-Za-z0-9]*/.exec(method)?.[0];
      const shape = name === undefined ? undefined : SHAPES[method.slice(name.length)];
      if (name === undefined || shape === undefined) {
        throw new Error(`serviceMethods: not a method: ${method}`);
      }
      return [name, shape] as const;
    });
}
