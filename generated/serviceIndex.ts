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

/** Namespace -> method name -> shape. */
export type ServiceIndex = Readonly<Record<string, Readonly<Record<string, ServiceMethodShape>>>>;

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

/** Reads the index text back; throws on a method that is not `name`, `/`, then `*` or `~`. */
/* @__NO_SIDE_EFFECTS__ */
function decodeServiceIndex(text: string): ServiceIndex {
  const index: Record<string, Record<string, ServiceMethodShape>> = {};
  for (const line of text.split("\n")) {
    const [service = "", ...methods] = line.split("|");
    const namespace: Record<string, ServiceMethodShape> = {};
    for (const method of methods) {
      const parts = /^([A-Za-z][A-Za-z0-9]*)(\/?)([*~]?)$/.exec(method);
      if (parts === null) throw new Error(`decodeServiceIndex: not a method: ${method}`);
      const pathParam = parts[2] === "/";
      namespace[parts[1] as string] =
        parts[3] === ""
          ? { pathParam }
          : { pathParam, pagination: parts[3] === "*" ? "offset" : "cursor" };
    }
    index[service] = namespace;
  }
  return index;
}
