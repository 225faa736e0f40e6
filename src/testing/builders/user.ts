/** User objects: the current user, other users, playlist owners. */
import { rngFor } from "../prng.js";
import {
  apiHref,
  type BuildContext,
  externalUrls,
  images,
  personName,
  spotifyUri,
} from "./common.js";

/** The id `GET /me` answers with; the owner of "own" playlists. */
export const CURRENT_USER_ID = "mockuser";

/** PlaylistUserObject / PlaylistOwnerObject for `id`. */
export function playlistOwner(ctx: BuildContext, id: string) {
  return {
    external_urls: externalUrls("user", id),
    href: apiHref(ctx, `users/${id}`),
    id,
    type: "user" as const,
    uri: spotifyUri("user", id),
    display_name: personName(rngFor(ctx.seed, "user", id)),
  };
}

/** PublicUserObject for `id`. */
export function publicUser(ctx: BuildContext, id: string) {
  const rng = rngFor(ctx.seed, "user-full", id);
  return {
    ...playlistOwner(ctx, id),
    followers: { href: null, total: rng.int(0, 500) },
    images: images(ctx, "user", id),
  };
}

/** PrivateUserObject of the token's user (`GET /me`). */
export function privateUser(ctx: BuildContext) {
  const id = CURRENT_USER_ID;
  return {
    ...publicUser(ctx, id),
    account_id: `acct-${id}`,
    country: ctx.market ?? "SE",
    email: `${id}@example.invalid`,
    explicit_content: { filter_enabled: false, filter_locked: false },
    product: "premium",
  };
}
