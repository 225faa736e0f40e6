/** Audio features and audio analysis (legacy-access endpoints). */
import { rngFor } from "../prng.js";
import { apiHref, type BuildContext, spotifyUri } from "./common.js";

/** AudioFeaturesObject for track `id`. */
export function audioFeatures(ctx: BuildContext, id: string) {
  const rng = rngFor(ctx.seed, "features", id);
  return {
    acousticness: rng.round(0, 1),
    analysis_url: apiHref(ctx, `audio-analysis/${id}`),
    danceability: rng.round(0, 1),
    duration_ms: rngFor(ctx.seed, "track", id).int(90_000, 420_000),
    energy: rng.round(0, 1),
    id,
    instrumentalness: rng.round(0, 1),
    key: rng.int(-1, 11),
    liveness: rng.round(0, 1),
    loudness: rng.round(-30, 0),
    mode: rng.int(0, 1),
    speechiness: rng.round(0, 1),
    tempo: rng.round(60, 180),
    time_signature: rng.int(3, 7),
    track_href: apiHref(ctx, `tracks/${id}`),
    type: "audio_features" as const,
    uri: spotifyUri("track", id),
    valence: rng.round(0, 1),
  };
}

/** AudioAnalysisObject for track `id`: a few bars, beats, sections and segments. */
export function audioAnalysis(ctx: BuildContext, id: string) {
  const rng = rngFor(ctx.seed, "analysis", id);
  const duration = rng.round(120, 300, 2);
  const tempo = rng.round(70, 160);
  const key = rng.int(0, 11);
  const mode = rng.int(0, 1);
  const intervals = (count: number) =>
    Array.from({ length: count }, (_, i) => ({
      start: Math.round(((duration * i) / count) * 1000) / 1000,
      duration: Math.round((duration / count) * 1000) / 1000,
      confidence: rng.round(0, 1),
    }));
  return {
    meta: {
      analyzer_version: "4.0.0",
      platform: "Linux",
      detailed_status: "OK",
      status_code: 0,
      timestamp: 1_700_000_000,
      analysis_time: rng.round(1, 10),
      input_process: "libvorbisfile L+R 44100->22050",
    },
    track: {
      num_samples: Math.round(duration * 22050),
      duration,
      sample_md5: "",
      offset_seconds: 0,
      window_seconds: 0,
      analysis_sample_rate: 22050,
      analysis_channels: 1,
      end_of_fade_in: 0,
      start_of_fade_out: Math.round((duration - 5) * 100) / 100,
      loudness: rng.round(-20, -3),
      tempo,
      tempo_confidence: rng.round(0, 1),
      time_signature: 4,
      time_signature_confidence: rng.round(0, 1),
      key,
      key_confidence: rng.round(0, 1),
      mode,
      mode_confidence: rng.round(0, 1),
      codestring: "",
      code_version: 3.15,
      echoprintstring: "",
      echoprint_version: 4.12,
      synchstring: "",
      synch_version: 1,
      rhythmstring: "",
      rhythm_version: 1,
    },
    bars: intervals(8),
    beats: intervals(16),
    sections: intervals(4).map((section) => ({
      ...section,
      loudness: rng.round(-20, -3),
      tempo,
      tempo_confidence: rng.round(0, 1),
      key,
      key_confidence: rng.round(0, 1),
      mode,
      mode_confidence: rng.round(0, 1),
      time_signature: 4,
      time_signature_confidence: 1,
    })),
    segments: intervals(6).map((segment) => ({
      ...segment,
      loudness_start: rng.round(-60, -10),
      loudness_max: rng.round(-20, 0),
      loudness_max_time: rng.round(0, 0.2),
      loudness_end: 0,
      pitches: Array.from({ length: 12 }, () => rng.round(0, 1)),
      timbre: Array.from({ length: 12 }, () => rng.round(-100, 100)),
    })),
    tatums: intervals(32),
  };
}
