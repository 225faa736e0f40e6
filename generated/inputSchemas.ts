/**
 * valibot input schemas of every operation, as data; each is built the first time it is used.
 *
 * Generated from openapi/spotify.yaml by `npm run generate` (codegen/generate.ts).
 * Do not edit by hand: change the document or the generator, then regenerate.
 */

import * as v from "valibot";

/** An operationId that has an input schema. */
export type InputSchemaId =
  | "addPlaylistItems"
  | "addPlaylistTracks"
  | "addToQueue"
  | "changePlaylistDetails"
  | "checkFollowing"
  | "checkLibraryContains"
  | "checkPlaylistFollowers"
  | "checkSavedAlbums"
  | "checkSavedAudiobooks"
  | "checkSavedEpisodes"
  | "checkSavedShows"
  | "checkSavedTracks"
  | "createPlaylist"
  | "createPlaylistForUser"
  | "followArtistsOrUsers"
  | "followPlaylist"
  | "getAlbum"
  | "getAlbumTracks"
  | "getArtist"
  | "getArtistAlbums"
  | "getArtistTopTracks"
  | "getAudioAnalysis"
  | "getAudioFeatures"
  | "getAudiobook"
  | "getAudiobookChapters"
  | "getAvailableDevices"
  | "getAvailableMarkets"
  | "getCategories"
  | "getCategory"
  | "getCategoryPlaylists"
  | "getChapter"
  | "getCurrentUserPlaylists"
  | "getCurrentUserProfile"
  | "getCurrentlyPlaying"
  | "getEpisode"
  | "getFeaturedPlaylists"
  | "getFollowedArtists"
  | "getGenreSeeds"
  | "getNewReleases"
  | "getPlaybackState"
  | "getPlaylist"
  | "getPlaylistCoverImage"
  | "getPlaylistItems"
  | "getPlaylistTracks"
  | "getQueue"
  | "getRecentlyPlayed"
  | "getRecommendations"
  | "getRelatedArtists"
  | "getSavedAlbums"
  | "getSavedAudiobooks"
  | "getSavedEpisodes"
  | "getSavedShows"
  | "getSavedTracks"
  | "getSeveralAlbums"
  | "getSeveralArtists"
  | "getSeveralAudioFeatures"
  | "getSeveralAudiobooks"
  | "getSeveralChapters"
  | "getSeveralEpisodes"
  | "getSeveralShows"
  | "getSeveralTracks"
  | "getShow"
  | "getShowEpisodes"
  | "getTopArtists"
  | "getTopTracks"
  | "getTrack"
  | "getUserPlaylists"
  | "getUserProfile"
  | "pausePlayback"
  | "removeLibraryItems"
  | "removePlaylistItems"
  | "removePlaylistTracks"
  | "removeSavedAlbums"
  | "removeSavedAudiobooks"
  | "removeSavedEpisodes"
  | "removeSavedShows"
  | "removeSavedTracks"
  | "reorderOrReplacePlaylistItems"
  | "reorderOrReplacePlaylistTracks"
  | "saveAlbums"
  | "saveAudiobooks"
  | "saveEpisodes"
  | "saveLibraryItems"
  | "saveShows"
  | "saveTracks"
  | "search"
  | "seekToPosition"
  | "setPlaybackVolume"
  | "setRepeatMode"
  | "setShuffle"
  | "skipToNext"
  | "skipToPrevious"
  | "startPlayback"
  | "transferPlayback"
  | "unfollowArtistsOrUsers"
  | "unfollowPlaylist"
  | "uploadPlaylistCoverImage";

/** A valibot call as data: `[name, ...args]`. */
type SchemaNode = [name: string, ...args: unknown[]];

/** A node: the index of a shared one, or the node itself. */
type NodeData = number | SchemaNode;

/**
 * Every operation's input schema, a line each: the operationId, a space, and the JSON of its
 * node. Node `[name, ...args]` is the call `v.<name>(...args)`. Calls that take plain
 * values (limits, literals, messages) get their arguments as written; in the arguments of
 * other calls a number is a node of {@link SHARED_NODES}, an array that starts with a string
 * a node, another array a list of nodes, an object entries of nodes. `["lazy", n]` is
 * `v.lazy(() => shared node n)`, a reference closing a cycle; `["regex", pattern, message]`
 * is `v.regex(new RegExp(pattern), message)`. Written by codegen/inputSchemaData.ts.
 *
 * Text rather than code, and read a line at a time: a call parses only its operation's line
 * and the shared nodes that line uses. Parsing every line on the first call cost more than
 * building the schema.
 */
const INPUT_SCHEMAS = `
addPlaylistItems 12
addPlaylistTracks 12
addToQueue ["object",{"query":["object",{"uri":["pipe",0,["regex","^spotify:(track|episode):[0-9A-Za-z]+$","must be a spotify:track: or spotify:episode: URI"]],"device_id":13}]}]
changePlaylistDetails ["object",{"path":2,"body":["looseObject",{"name":13,"public":15,"collaborative":15,"description":13}]}]
checkFollowing ["object",{"query":17}]
checkLibraryContains 18
checkPlaylistFollowers ["object",{"path":2,"query":["optional",["object",{"ids":["optional",["pipe",8,19]]}]]}]
checkSavedAlbums ["object",{"query":22}]
checkSavedAudiobooks 25
checkSavedEpisodes 25
checkSavedShows 25
checkSavedTracks 25
createPlaylist ["object",{"body":27}]
createPlaylistForUser ["object",{"path":28,"body":27}]
followArtistsOrUsers 30
followPlaylist ["object",{"path":2,"body":["optional",["looseObject",{"public":15}]]}]
getAlbum 33
getAlbumTracks 37
getArtist 38
getArtistAlbums ["object",{"path":31,"query":["optional",["object",{"include_groups":["optional",["array",["picklist",["album","single","appears_on","compilation"]]]],"market":32,"limit":39,"offset":7}]]}]
getArtistTopTracks 33
getAudioAnalysis 38
getAudioFeatures 38
getAudiobook 33
getAudiobookChapters 37
getAvailableDevices 40
getAvailableMarkets 40
getCategories 41
getCategory ["object",{"path":42,"query":["optional",["object",{"locale":13}]]}]
getCategoryPlaylists ["object",{"path":42,"query":43}]
getChapter 33
getCurrentUserPlaylists ["object",{"query":44}]
getCurrentUserProfile 40
getCurrentlyPlaying 46
getEpisode 33
getFeaturedPlaylists 41
getFollowedArtists ["object",{"query":["object",{"type":["literal","artist"],"after":13,"limit":35}]}]
getGenreSeeds 40
getNewReleases 47
getPlaybackState 46
getPlaylist ["object",{"path":2,"query":["optional",["object",{"market":32,"fields":13,"additional_types":45}]]}]
getPlaylistCoverImage 48
getPlaylistItems ["object",{"path":2,"query":["optional",["object",{"market":32,"fields":13,"limit":35,"offset":7,"additional_types":45}]]}]
getPlaylistTracks ["object",{"path":2,"query":["optional",["object",{"market":32,"fields":13,"limit":50,"offset":7,"additional_types":45}]]}]
getQueue 40
getRecentlyPlayed ["object",{"query":["optional",["object",{"limit":35,"after":51,"before":51}]]}]
getRecommendations ["object",{"query":["optional",["object",{"limit":50,"market":32,"seed_artists":53,"seed_genres":["optional",["pipe",8,52]],"seed_tracks":53,"min_acousticness":55,"max_acousticness":55,"target_acousticness":55,"min_danceability":55,"max_danceability":55,"target_danceability":55,"min_duration_ms":7,"max_duration_ms":7,"target_duration_ms":7,"min_energy":55,"max_energy":55,"target_energy":55,"min_instrumentalness":55,"max_instrumentalness":55,"target_instrumentalness":55,"min_key":56,"max_key":56,"target_key":56,"min_liveness":55,"max_liveness":55,"target_liveness":55,"min_loudness":57,"max_loudness":57,"target_loudness":57,"min_mode":58,"max_mode":58,"target_mode":58,"min_popularity":60,"max_popularity":60,"target_popularity":60,"min_speechiness":55,"max_speechiness":55,"target_speechiness":55,"min_tempo":61,"max_tempo":61,"target_tempo":61,"min_time_signature":51,"max_time_signature":51,"target_time_signature":51,"min_valence":55,"max_valence":55,"target_valence":55}]]}]
getRelatedArtists 38
getSavedAlbums ["object",{"query":["optional",["object",{"limit":35,"offset":7,"market":32}]]}]
getSavedAudiobooks 47
getSavedEpisodes 62
getSavedShows 47
getSavedTracks 62
getSeveralAlbums ["object",{"query":["object",{"ids":21,"market":32}]}]
getSeveralArtists 25
getSeveralAudioFeatures ["object",{"query":["object",{"ids":["pipe",20,11,9]}]}]
getSeveralAudiobooks 64
getSeveralChapters 64
getSeveralEpisodes 64
getSeveralShows 64
getSeveralTracks ["object",{"query":["object",{"market":32,"ids":23}]}]
getShow 33
getShowEpisodes 37
getTopArtists 65
getTopTracks 65
getTrack 33
getUserPlaylists ["object",{"path":28,"query":44}]
getUserProfile ["object",{"path":28}]
pausePlayback 67
removeLibraryItems 18
removePlaylistItems ["object",{"path":2,"body":["looseObject",{"items":69,"snapshot_id":13}]}]
removePlaylistTracks ["object",{"path":2,"body":["looseObject",{"tracks":69,"snapshot_id":13}]}]
removeSavedAlbums 70
removeSavedAudiobooks 25
removeSavedEpisodes 71
removeSavedShows ["object",{"query":63,"body":29}]
removeSavedTracks 71
reorderOrReplacePlaylistItems 72
reorderOrReplacePlaylistTracks 72
saveAlbums 70
saveAudiobooks 25
saveEpisodes 71
saveLibraryItems 18
saveShows 71
saveTracks ["object",{"body":["looseObject",{"ids":23,"timestamped_ids":["optional",["pipe",["array",["looseObject",{"id":1,"added_at":0}]],16]]}]}]
search ["object",{"query":["object",{"q":26,"type":["pipe",["array",["picklist",["album","artist","playlist","track","show","episode","audiobook"]]],11],"market":32,"limit":39,"offset":["optional",["pipe",3,4,5,["maxValue",1000,"must be at most 1000"]]],"include_external":["optional",["literal","audio"]]}]}]
seekToPosition ["object",{"query":["object",{"position_ms":6,"device_id":13}]}]
setPlaybackVolume ["object",{"query":["object",{"volume_percent":59,"device_id":13}]}]
setRepeatMode ["object",{"query":["object",{"state":["picklist",["off","track","context"]],"device_id":13}]}]
setShuffle ["object",{"query":["object",{"state":14,"device_id":13}]}]
skipToNext 67
skipToPrevious 67
startPlayback ["object",{"query":66,"body":["optional",["looseObject",{"context_uri":13,"uris":["optional",8],"offset":["optional",["union",[["looseObject",{"position":6}],68]]],"position_ms":7}]]}]
transferPlayback ["object",{"body":["looseObject",{"device_ids":["pipe",8,11,19],"play":15}]}]
unfollowArtistsOrUsers 30
unfollowPlaylist 48
uploadPlaylistCoverImage ["object",{"path":2,"body":0}]
`;

/** The nodes used in more than one place, as JSON: line n is node n. */
const SHARED_NODES = `["string"]
["pipe",0,["regex","^[0-9A-Za-z]+$","must be a Spotify ID (letters and digits only)"]]
["object",{"playlist_id":1}]
["number"]
["integer","must be an integer"]
["minValue",0,"must be at least 0"]
["pipe",3,4,5]
["optional",6]
["array",0]
["maxLength",100,"must have at most 100 items"]
["optional",["pipe",8,9]]
["minLength",1,"must have at least 1 items"]
["object",{"path":2,"query":["optional",["object",{"position":7,"uris":10}]],"body":["optional",["looseObject",{"uris":["optional",["pipe",8,11,9]],"position":7}]]}]
["optional",0]
["boolean"]
["optional",14]
["maxLength",50,"must have at most 50 items"]
["object",{"type":["picklist",["artist","user"]],"ids":["pipe",8,11,16]}]
["object",{"query":["object",{"uris":["pipe",["array",["pipe",0,["regex","^spotify:(track|album|episode|show|audiobook|artist|user|playlist):[^:]+$","must match ^spotify:(track|album|episode|show|audiobook|artist|user|playlist):[^:]+$"]]],11,["maxLength",40,"must have at most 40 items"]]}]}]
["maxLength",1,"must have at most 1 items"]
["array",1]
["pipe",20,11,["maxLength",20,"must have at most 20 items"]]
["object",{"ids":21}]
["pipe",20,11,16]
["object",{"ids":23}]
["object",{"query":24}]
["pipe",0,["minLength",1,"must be at least 1 characters"]]
["looseObject",{"name":26,"public":15,"collaborative":15,"description":13}]
["object",{"user_id":0}]
["optional",["looseObject",{"ids":["optional",["pipe",8,16]]}]]
["object",{"query":17,"body":29}]
["object",{"id":1}]
["optional",["pipe",0,["regex","^([A-Z]{2}|from_token)$","must be a two-letter country code such as SE, or from_token"]]]
["object",{"path":31,"query":["optional",["object",{"market":32}]]}]
["minValue",1,"must be at least 1"]
["optional",["pipe",3,4,34,["maxValue",50,"must be at most 50"]]]
["optional",["object",{"market":32,"limit":35,"offset":7}]]
["object",{"path":31,"query":36}]
["object",{"path":31}]
["optional",["pipe",3,4,34,["maxValue",10,"must be at most 10"]]]
["object",{}]
["object",{"query":["optional",["object",{"locale":13,"limit":35,"offset":7}]]}]
["object",{"category_id":0}]
["optional",["object",{"limit":35,"offset":7}]]
["optional",["object",{"limit":35,"offset":["optional",["pipe",3,4,5,["maxValue",100000,"must be at most 100000"]]]}]]
["optional",["array",["picklist",["track","episode"]]]]
["object",{"query":["optional",["object",{"market":32,"additional_types":45}]]}]
["object",{"query":43}]
["object",{"path":2}]
["maxValue",100,"must be at most 100"]
["optional",["pipe",3,4,34,49]]
["optional",["pipe",3,4]]
["maxLength",5,"must have at most 5 items"]
["optional",["pipe",20,52]]
["maxValue",1,"must be at most 1"]
["optional",["pipe",3,5,54]]
["optional",["pipe",3,4,5,["maxValue",11,"must be at most 11"]]]
["optional",3]
["optional",["pipe",3,4,5,54]]
["pipe",3,4,5,49]
["optional",59]
["optional",["pipe",3,5]]
["object",{"query":36}]
["object",{"ids":23,"market":32}]
["object",{"query":63}]
["object",{"query":["optional",["object",{"time_range":["optional",["picklist",["long_term","medium_term","short_term"]]],"limit":35,"offset":7}]]}]
["optional",["object",{"device_id":13}]]
["object",{"query":66}]
["looseObject",{"uri":0}]
["pipe",["array",68],11,9]
["object",{"query":22,"body":29}]
["object",{"query":24,"body":29}]
["object",{"path":2,"query":["optional",["object",{"uris":10}]],"body":["optional",["looseObject",{"uris":10,"range_start":7,"insert_before":7,"range_length":["optional",["pipe",3,4,34]],"snapshot_id":13}]]}]`;

let sharedNodeLines: string[] | undefined;

// Built schemas, by shared node index and by operationId.
const builtNodes = /* @__PURE__ */ new Map<number, unknown>();
const builtInputs = /* @__PURE__ */ new Map<string, unknown>();

/** The value cached under `key`, built by `build` the first time. */
function once<K, T>(cache: Map<K, unknown>, key: K, build: () => T): T {
  if (cache.has(key)) return cache.get(key) as T;
  const built = build();
  cache.set(key, built);
  return built;
}

/** The JSON of operation `id`'s node, or undefined when it has none. */
function inputSchemaLine(id: string): string | undefined {
  const start = INPUT_SCHEMAS.indexOf(`\n${id} `);
  if (start < 0) return undefined;
  const from = start + id.length + 2;
  return INPUT_SCHEMAS.slice(from, INPUT_SCHEMAS.indexOf("\n", from));
}

/** The JSON of shared node `index`. */
function sharedNodeLine(index: number): string {
  sharedNodeLines ??= SHARED_NODES.split("\n");
  return sharedNodeLines[index] as string;
}

/** The schema (or pipe action) a node stands for; a shared node is built once. */
function build(node: NodeData): unknown {
  if (typeof node !== "number") return buildNode(node);
  return once(builtNodes, node, () => buildNode(JSON.parse(sharedNodeLine(node)) as SchemaNode));
}

/** Calls the valibot function a node names, with its arguments read as the data says. */
function buildNode([name, ...args]: SchemaNode): unknown {
  if (name === "regex") return v.regex(new RegExp(args[0] as string), args[1] as string);
  const takesValues = ["maxLength", "maxValue", "minLength", "minValue", "picklist"].includes(name);
  const call = valibotFunction(name) as (...args: unknown[]) => unknown;
  return call(...(takesValues ? args : args.map(schemaArgument)));
}

/** An argument of a schema function: a node, a list of nodes, entries of nodes, or text. */
function schemaArgument(arg: unknown): unknown {
  if (typeof arg === "number") return build(arg);
  if (Array.isArray(arg)) {
    return typeof arg[0] === "string" ? buildNode(arg as SchemaNode) : arg.map(schemaArgument);
  }
  if (typeof arg !== "object" || arg === null) return arg;
  const entries = Object.entries(arg as Record<string, unknown>);
  return Object.fromEntries(entries.map(([key, item]) => [key, schemaArgument(item)]));
}

/** The valibot function a node names (only those the data uses, as a bundler keeps these). */
function valibotFunction(name: string): (...args: never[]) => unknown {
  switch (name) {
    case "array":
      return v.array;
    case "boolean":
      return v.boolean;
    case "integer":
      return v.integer;
    case "literal":
      return v.literal;
    case "looseObject":
      return v.looseObject;
    case "maxLength":
      return v.maxLength;
    case "maxValue":
      return v.maxValue;
    case "minLength":
      return v.minLength;
    case "minValue":
      return v.minValue;
    case "number":
      return v.number;
    case "object":
      return v.object;
    case "optional":
      return v.optional;
    case "picklist":
      return v.picklist;
    case "pipe":
      return v.pipe;
    case "string":
      return v.string;
    case "union":
      return v.union;
  }
  throw new Error(`inputSchemas: no valibot function ${name}`);
}

/**
 * The input schema of operation `id`, built on the first request for it and reused after;
 * building it builds no other operation's schema.
 *
 * @example v.safeParse(inputSchemaOf("getAlbum"), { path: { id: "4aawyAB9vmqN3uQ7FjRGTy" } })
 */
/* @__NO_SIDE_EFFECTS__ */
export function inputSchemaOf(id: InputSchemaId): v.GenericSchema {
  return once(builtInputs, id, () => {
    const node = JSON.parse(inputSchemaLine(id) as string) as NodeData;
    return build(node) as v.GenericSchema;
  });
}

/** True when `id` is an operationId that has an input schema. */
export function hasInputSchema(id: string): id is InputSchemaId {
  return builtInputs.has(id) || inputSchemaLine(id) !== undefined;
}

/** The operationIds whose schema {@link inputSchemaOf} has built so far, in build order. */
export function builtInputSchemaIds(): string[] {
  return [...builtInputs.keys()];
}
