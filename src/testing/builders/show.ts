/** Podcast shows and their episodes. */
import { indexedId } from "../ids.js";
import { offsetPage } from "../paging.js";
import { rngFor } from "../prng.js";
import {
  apiHref,
  availableMarkets,
  type BuildContext,
  copyrights,
  externalUrls,
  images,
  personName,
  releaseDate,
  spotifyUri,
  title,
} from "./common.js";

/** Number of episodes of show `id` (`sizes.showEpisodes`). */
export function showEpisodeCount(ctx: BuildContext): number {
  return ctx.sizes.showEpisodes;
}

/** Id of episode `index` of show `showId`; index 0 is the newest, as Spotify lists them. */
export function showEpisodeId(ctx: BuildContext, showId: string, index: number): string {
  return indexedId(ctx.seed, `show:${showId}`, index);
}

/** SimplifiedShowObject for `id`. */
export function simplifiedShow(ctx: BuildContext, id: string) {
  const rng = rngFor(ctx.seed, "show", id);
  const name = `The ${title(rng)} Podcast`;
  const publisher = personName(rng);
  const description = `Conversations about ${name.toLowerCase()}.`;
  return {
    available_markets: availableMarkets(ctx),
    copyrights: copyrights(rng, publisher),
    description,
    html_description: `<p>${description}</p>`,
    explicit: rng.chance(0.1),
    external_urls: externalUrls("show", id),
    href: apiHref(ctx, `shows/${id}`),
    id,
    images: images(ctx, "show", id),
    is_externally_hosted: false,
    languages: ["en"],
    media_type: "audio",
    name,
    publisher,
    type: "show" as const,
    uri: spotifyUri("show", id),
    total_episodes: showEpisodeCount(ctx),
  };
}

/** ShowObject for `id` with its first page of (up to 50) episodes. */
export function show(ctx: BuildContext, id: string) {
  const base = simplifiedShow(ctx, id);
  return {
    ...base,
    episodes: offsetPage(
      ctx,
      `shows/${id}/episodes`,
      { limit: 50, offset: 0 },
      base.total_episodes,
      (i) => simplifiedEpisode(ctx, showEpisodeId(ctx, id, i)),
    ),
  };
}

/** SimplifiedEpisodeObject for `id`. */
export function simplifiedEpisode(ctx: BuildContext, id: string) {
  const rng = rngFor(ctx.seed, "episode", id);
  const name = `Episode: ${title(rng)}`;
  const description = `In this episode: ${name.toLowerCase()}.`;
  const fullyPlayed = rng.chance(0.3);
  return {
    audio_preview_url: null,
    description,
    html_description: `<p>${description}</p>`,
    duration_ms: rng.int(600_000, 5_400_000),
    explicit: rng.chance(0.1),
    external_urls: externalUrls("episode", id),
    href: apiHref(ctx, `episodes/${id}`),
    id,
    images: images(ctx, "episode", id),
    is_externally_hosted: false,
    is_playable: true,
    language: "en",
    languages: ["en"],
    name,
    ...releaseDate(rng),
    resume_point: {
      fully_played: fullyPlayed,
      resume_position_ms: fullyPlayed ? 0 : rng.int(0, 600_000),
    },
    type: "episode" as const,
    uri: spotifyUri("episode", id),
  };
}

/** EpisodeObject for `id`, with the show it belongs to. */
export function episode(ctx: BuildContext, id: string, showId?: string) {
  const owner =
    showId ?? indexedId(ctx.seed, "episode-show", rngFor(ctx.seed, "ep", id).int(0, 99));
  return { ...simplifiedEpisode(ctx, id), show: simplifiedShow(ctx, owner) };
}
