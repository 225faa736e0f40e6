/** Every route's data handler, keyed by normalized route (`"GET /albums/{}"`). */
import { browseHandlers } from "./browse.js";
import { catalogHandlers } from "./catalog.js";
import { libraryHandlers } from "./library.js";
import { playerHandlers } from "./player.js";
import { playlistHandlers } from "./playlists.js";
import type { HandlerTable } from "./types.js";

/** The union of the per-area tables; a route appears in exactly one of them. */
export const handlers: HandlerTable = {
  ...catalogHandlers,
  ...browseHandlers,
  ...libraryHandlers,
  ...playlistHandlers,
  ...playerHandlers,
};
