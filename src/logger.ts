/**
 * The SDK's levelled logger: `silent < error < warn < info < debug`, writing to any console-like
 * object. Everything that reaches it passes {@link redactSecrets} first, so a debug log line can
 * be pasted into an issue without leaking a token.
 */
import { redactSecrets } from "./secretRedaction.js";

export { redactSecrets };

/** Log levels, quietest first. */
export type LogLevel = "silent" | "error" | "warn" | "info" | "debug";

/** A console-like sink; `console` itself fits. */
export interface Logger {
  /** Receives `error` messages (every level but `silent`). */
  error(message: string, ...details: unknown[]): void;
  /** Receives `warn` messages (levels `warn`, `info`, `debug`). */
  warn(message: string, ...details: unknown[]): void;
  /** Receives `info` messages, e.g. a retry and its wait (levels `info`, `debug`). */
  info(message: string, ...details: unknown[]): void;
  /** Receives `debug` messages: every attempt, secrets redacted (level `debug`). */
  debug(message: string, ...details: unknown[]): void;
}

/** The environment variable that sets the level when no `logLevel` option is given. */
export const ENV_LOG_LEVEL = "SPOTIFY_SDK_LOG";

const LEVEL_RANK: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3, debug: 4 };

/** Whether `value` names a level (`"debug"`, `"warn"`, ...). */
export function isLogLevel(value: unknown): value is LogLevel {
  return typeof value === "string" && Object.hasOwn(LEVEL_RANK, value);
}

/**
 * A {@link Logger} that drops messages below its level and redacts the rest. Cheap to ask
 * `enabled("debug")` before building an expensive message.
 */
export class LevelledLogger {
  readonly level: LogLevel;
  readonly #sink: Logger;
  readonly #rank: number;

  constructor(sink: Logger, level: LogLevel) {
    this.#sink = sink;
    this.level = level;
    this.#rank = LEVEL_RANK[level];
  }

  /** Whether messages at `level` are written. */
  enabled(level: Exclude<LogLevel, "silent">): boolean {
    return LEVEL_RANK[level] <= this.#rank;
  }

  error(message: string): void {
    if (this.#rank >= 1) this.#sink.error(redactSecrets(message));
  }
  warn(message: string): void {
    if (this.#rank >= 2) this.#sink.warn(redactSecrets(message));
  }
  info(message: string): void {
    if (this.#rank >= 3) this.#sink.info(redactSecrets(message));
  }
  debug(message: string): void {
    if (this.#rank >= 4) this.#sink.debug(redactSecrets(message));
  }
}

/**
 * Picks the level: explicit option, else `SPOTIFY_SDK_LOG`, else `warn`. An unknown value in the
 * environment is ignored rather than fatal (a typo there should not break an app).
 */
export function resolveLogLevel(
  option: LogLevel | undefined,
  env: Readonly<Record<string, string | undefined>>,
): LogLevel {
  if (option !== undefined) return option;
  const fromEnv = env[ENV_LOG_LEVEL]?.trim().toLowerCase();
  return isLogLevel(fromEnv) ? fromEnv : "warn";
}
