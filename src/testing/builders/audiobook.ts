/** Audiobooks and their chapters. */
import { indexedId, spotifyId } from "../ids.js";
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

/** Id of chapter `index` of audiobook `audiobookId`. */
export function chapterId(ctx: BuildContext, audiobookId: string, index: number): string {
  return indexedId(ctx.seed, `audiobook:${audiobookId}`, index);
}

/** SimplifiedAudiobookObject for `id`. */
export function simplifiedAudiobook(ctx: BuildContext, id: string) {
  const rng = rngFor(ctx.seed, "audiobook", id);
  const name = title(rng);
  const author = personName(rng);
  const publisher = `${personName(rng)} Press`;
  const description = `A novel about ${name.toLowerCase()}.`;
  return {
    authors: [{ name: author }],
    available_markets: availableMarkets(ctx),
    copyrights: copyrights(rng, publisher),
    description,
    html_description: `<p>${description}</p>`,
    edition: "Unabridged",
    explicit: false,
    external_urls: externalUrls("show", id),
    href: apiHref(ctx, `audiobooks/${id}`),
    id,
    images: images(ctx, "audiobook", id),
    is_externally_hosted: false,
    languages: ["en"],
    media_type: "audio",
    name,
    narrators: [{ name: personName(rng) }],
    publisher,
    type: "audiobook" as const,
    uri: spotifyUri("show", id),
    total_chapters: ctx.sizes.audiobookChapters,
  };
}

/** AudiobookObject for `id` with its first page of (up to 50) chapters. */
export function audiobook(ctx: BuildContext, id: string) {
  const base = simplifiedAudiobook(ctx, id);
  return {
    ...base,
    chapters: offsetPage(
      ctx,
      `audiobooks/${id}/chapters`,
      { limit: 50, offset: 0 },
      base.total_chapters,
      (i) => simplifiedChapter(ctx, chapterId(ctx, id, i), i),
    ),
  };
}

/** SimplifiedChapterObject for `id` (chapter number `index`). */
export function simplifiedChapter(ctx: BuildContext, id: string, index?: number) {
  const rng = rngFor(ctx.seed, "chapter", id);
  const number = index ?? rng.int(0, 40);
  const description = `Chapter ${number + 1}.`;
  return {
    audio_preview_url: null,
    available_markets: availableMarkets(ctx),
    chapter_number: number,
    description,
    html_description: `<p>${description}</p>`,
    duration_ms: rng.int(300_000, 3_600_000),
    explicit: false,
    external_urls: externalUrls("episode", id),
    href: apiHref(ctx, `chapters/${id}`),
    id,
    images: images(ctx, "chapter", id),
    is_playable: true,
    languages: ["en"],
    name: `Chapter ${number + 1}: ${title(rng)}`,
    ...releaseDate(rng),
    resume_point: { fully_played: false, resume_position_ms: 0 },
    type: "chapter" as const,
    uri: spotifyUri("episode", id),
  };
}

/** ChapterObject for `id`, with its audiobook. */
export function chapter(ctx: BuildContext, id: string) {
  return {
    ...simplifiedChapter(ctx, id),
    audiobook: simplifiedAudiobook(ctx, spotifyId(ctx.seed, "chapter-book", id)),
  };
}
