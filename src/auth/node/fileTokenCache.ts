/**
 * A token cache in a JSON file, in the same format as the Python `spotify_sdk`, so a Python and a
 * TypeScript program can share one sign-in.
 */
import { randomBytes } from "node:crypto";
import { mkdir, open, readFile, rename, rm } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import * as v from "valibot";
import { type AuthLogger, consoleLogger } from "../logger.js";
import { InspectsAsSummary } from "../redaction.js";
import type { TokenCache } from "../tokenCache.js";
import type { TokenInfo } from "../types.js";

/** The file's shape: snake_case, `expires_at` in epoch seconds (Python writes it as a float). */
const CachedTokenSchema = v.object({
  access_token: v.string(),
  expires_at: v.pipe(v.number(), v.finite()),
  refresh_token: v.optional(v.nullable(v.string())),
  scope: v.optional(v.nullable(v.string())),
  token_type: v.optional(v.nullable(v.string())),
});

/** Options of {@link FileTokenCache}. */
export interface FileTokenCacheOptions {
  /** Where warnings about an unreadable file go. Default: `console`. */
  logger?: AuthLogger | undefined;
}

/**
 * Keeps the token in a JSON file readable only by the user (file 0600, new directories 0700).
 * Writes are atomic (a temporary file in the same directory, then a rename), so a reader, even in
 * another process, sees the old file or the new one, never half of one. A missing file reads as
 * empty with one warning per cache; an unreadable or corrupt one reads as empty with a warning,
 * never a crash.
 *
 * @example new AuthorizationCode({ tokenCache: new FileTokenCache(".cache/spotify-token.json") })
 */
export class FileTokenCache extends InspectsAsSummary implements TokenCache {
  /** Absolute path of the cache file (not a secret). */
  readonly path: string;
  readonly #logger: AuthLogger;
  /** A missing file is normal before the first sign-in: say so once, not on every read. */
  #reportedMissing = false;

  constructor(path: string, options: FileTokenCacheOptions = {}) {
    super("FileTokenCache");
    this.path = resolve(path);
    this.#logger = options.logger ?? consoleLogger;
  }

  /** The token in the file; `undefined` when the file is missing, unreadable or corrupt. */
  async get(): Promise<TokenInfo | undefined> {
    let text: string;
    try {
      text = await readFile(this.path, "utf8");
    } catch (error) {
      if (errorCode(error) !== "ENOENT") {
        this.#logger.warn(
          `Could not read the token cache ${this.path} (${errorCode(error) ?? "unknown error"}); treating it as empty`,
        );
      } else if (!this.#reportedMissing) {
        this.#reportedMissing = true;
        this.#logger.warn(`No token cache at ${this.path} yet; starting without a token`);
      }
      return undefined;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // The parser's message would quote the file's content, which may hold a token.
      this.#logger.warn(`The token cache ${this.path} is not valid JSON; treating it as empty`);
      return undefined;
    }
    const parsed = v.safeParse(CachedTokenSchema, json);
    if (!parsed.success) {
      this.#logger.warn(
        `The token cache ${this.path} does not hold a token (needs access_token and expires_at); treating it as empty`,
      );
      return undefined;
    }
    const file = parsed.output;
    return {
      accessToken: file.access_token,
      expiresAt: file.expires_at,
      refreshToken: file.refresh_token ?? undefined,
      scope: file.scope ?? undefined,
      tokenType: file.token_type ?? undefined,
    };
  }

  /** Replaces the file atomically (temporary file + rename), mode 0600. */
  async set(token: TokenInfo): Promise<void> {
    const file = {
      access_token: token.accessToken,
      token_type: token.tokenType ?? "Bearer",
      expires_at: token.expiresAt,
      refresh_token: token.refreshToken ?? null,
      scope: token.scope ?? null,
    };
    const directory = dirname(this.path);
    await mkdir(directory, { recursive: true, mode: 0o700 });
    // Unique per writer, so concurrent writers (threads or processes) never share a temp file.
    const temporary = `${this.path}.${process.pid}.${randomBytes(6).toString("hex")}.tmp`;
    try {
      const handle = await open(temporary, "wx", 0o600);
      try {
        await handle.writeFile(`${JSON.stringify(file, null, 2)}\n`, "utf8");
        // Flushed before the rename, so a crash cannot leave the new name on an empty file.
        await handle.sync();
        // The mode given to open() is filtered by the umask; make sure it is exactly 0600.
        await handle.chmod(0o600);
      } finally {
        await handle.close();
      }
      await rename(temporary, this.path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  }

  /** Deletes the file; a missing file is fine. */
  async clear(): Promise<void> {
    await rm(this.path, { force: true });
  }

  /** A summary: the path only. */
  toJSON(): Record<string, unknown> {
    return { path: this.path };
  }
}

function errorCode(error: unknown): string | undefined {
  if (typeof error !== "object" || error === null || !("code" in error)) return undefined;
  return typeof error.code === "string" ? error.code : undefined;
}
