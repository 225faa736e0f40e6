/** Playlist reads and edits. Edits answer like Spotify (a new snapshot id) but change nothing. */
import { hexSnapshot, images } from "../builders/common.js";
import { playlist, playlistItem } from "../builders/playlist.js";
import { CURRENT_USER_ID, playlistOwner } from "../builders/user.js";
import { indexedId } from "../ids.js";
import { carriedParams, MockApiError, offsetPage, readPaging } from "../paging.js";
import { type Handler, type HandlerTable, param } from "./types.js";

/** `/items` pages by at most 50 since February 2026; the older `/tracks` route kept 100. */
function itemsPage(route: "items" | "tracks", maxLimit: number): Handler {
  return (input) => {
    const { ctx, query } = input;
    const id = param(input);
    return offsetPage(
      ctx,
      `playlists/${id}/${route}`,
      readPaging(query, { defaultLimit: 20, maxLimit }),
      ctx.sizes.playlistItems,
      (i) => playlistItem(ctx, id, i),
      carriedParams(query, ["market", "fields", "additional_types"]),
    );
  };
}

/** URIs from the query (`uris=a,b`) or the JSON body (`{ uris: [...] }`), capped at 100. */
function countUris(query: URLSearchParams, body: unknown): number {
  const fromQuery = query.get("uris")?.split(",").filter(Boolean) ?? [];
  const fromBody =
    typeof body === "object" && body !== null && "uris" in body && Array.isArray(body.uris)
      ? body.uris
      : [];
  const count = fromQuery.length + fromBody.length;
  if (count > 100) throw new MockApiError(400, "You can add a maximum of 100 tracks per request.");
  return count;
}

const newSnapshot: Handler = (input) => {
  countUris(input.query, input.body);
  return { snapshot_id: hexSnapshot(input.ctx, param(input), 1) };
};

function bodyValue(body: unknown, name: string): unknown {
  return typeof body === "object" && body !== null
    ? (body as Record<string, unknown>)[name]
    : undefined;
}

function bodyString(body: unknown, name: string): string | undefined {
  const value = bodyValue(body, name);
  return typeof value === "string" ? value : undefined;
}

function bodyBoolean(body: unknown, name: string): boolean | undefined {
  const value = bodyValue(body, name);
  return typeof value === "boolean" ? value : undefined;
}

function createPlaylist(owner: (params: readonly string[]) => string): Handler {
  return ({ ctx, body, params }) => {
    const name = bodyString(body, "name");
    if (name === undefined || name === "") {
      throw new MockApiError(400, "Missing required field: name");
    }
    const ownerId = owner(params);
    // A fresh playlist is empty and owned by its creator; the id encodes owner and name.
    const id = indexedId(ctx.seed, `created:${ownerId}:${name}`, 0);
    const created = playlist({ ...ctx, sizes: { ...ctx.sizes, playlistItems: 0 } }, id);
    return {
      ...created,
      name,
      description: bodyString(body, "description") ?? "",
      public: bodyBoolean(body, "public") ?? true,
      collaborative: bodyBoolean(body, "collaborative") ?? false,
      owner: playlistOwner(ctx, ownerId),
    };
  };
}

/** Handlers for `/playlists/...` and playlist creation. */
export const playlistHandlers: HandlerTable = {
  "GET /playlists/{}": (input) => playlist(input.ctx, param(input)),
  "GET /playlists/{}/items": itemsPage("items", 50),
  "GET /playlists/{}/tracks": itemsPage("tracks", 100),
  "POST /playlists/{}/items": newSnapshot,
  "POST /playlists/{}/tracks": newSnapshot,
  "PUT /playlists/{}/items": newSnapshot,
  "PUT /playlists/{}/tracks": newSnapshot,
  "DELETE /playlists/{}/items": newSnapshot,
  "DELETE /playlists/{}/tracks": newSnapshot,
  "POST /me/playlists": createPlaylist(() => CURRENT_USER_ID),
  "POST /users/{}/playlists": createPlaylist((params) => params[0] ?? CURRENT_USER_ID),
  "GET /playlists/{}/images": (input) => images(input.ctx, "playlist", param(input)),
};
