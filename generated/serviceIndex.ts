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

/** Each namespace with its methods, in the index's order. */
export type ServiceIndex = ReadonlyArray<
  readonly [
    service: string,
    methods: ReadonlyArray<readonly [name: string, shape: ServiceMethodShape]>,
  ]
>;

/**
 * Every namespace of the client (`albums`, `playlists`, ...) with its methods. Shipped as one
 * line of text per namespace (`name|method|...`, a method marked `/` when it takes a path
 * parameter, `*` or `~` when offset- or cursor-paginated), decoded when the module loads.
 */
export const serviceIndex: ServiceIndex =
  /* @__PURE__ */ decodeServiceIndex(`albums|checkSaved|get/|getTracks/*|getSaved*|getSeveral|remove|save
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
users|checkFollowing|follow|getCurrentProfile|getFollowedArtists~|getTopArtists*|getTopTracks*|getProfile/|unfollow`);

/**
 * Reads the index text back into lists, which cost a cold process far less to build than
 * objects keyed by name; throws on a method that is not a name, `/`, then `*` or `~`.
 */
/* @__NO_SIDE_EFFECTS__ */
function decodeServiceIndex(text: string): ServiceIndex {
  // The six shapes a method can have, shared by every method of that shape.
  const shapes: Record<string, ServiceMethodShape> = {
    "": { pathParam: false },
    "/": { pathParam: true },
    "*": { pathParam: false, pagination: "offset" },
    "/*": { pathParam: true, pagination: "offset" },
    "~": { pathParam: false, pagination: "cursor" },
    "/~": { pathParam: true, pagination: "cursor" },
  };
  return text.split("\n").map((line) => {
    const [service = "", ...methods] = line.split("|");
    const shaped = methods.map((method): readonly [string, ServiceMethodShape] => {
      const name = /^[A-Za-z][A-Za-z0-9]*/.exec(method)?.[0];
      const shape = name === undefined ? undefined : shapes[method.slice(name.length)];
      if (name === undefined || shape === undefined) {
        throw new Error(`decodeServiceIndex: not a method: ${method}`);
      }
      return [name, shape];
    });
    return [service, shaped] as const;
  });
}
