import { afterEach, describe, expect, it } from "vitest";
import { StaticToken } from "../../src/auth/staticToken.js";
import { LevelledLogger, redactSecrets, resolveLogLevel } from "../../src/logger.js";
import {
  json,
  makeStack,
  recordingLogger,
  spotifyError,
  startServer,
  type TestServer,
} from "./helpers.js";

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const TOKEN = "BQD-very-secret-token";

describe("debug logging", () => {
  it("logs method, url, status, attempt and duration for every attempt", async () => {
    server = await startServer((_q, res, _s, index) =>
      index === 0 ? json(res, 503, spotifyError(503, "busy")) : json(res, 200, {}),
    );
    const logger = recordingLogger();
    const { requester } = makeStack({
      baseUrl: server.baseUrl,
      logger,
      logLevel: "debug",
      provider: new StaticToken(TOKEN),
    });
    await requester.operation("getAlbum", { path: { id: "a1" } });
    const attempts = logger.lines.filter((line) => line.includes("(attempt"));
    expect(attempts).toHaveLength(2);
    expect(attempts[0]).toMatch(
      new RegExp(`^GET ${server.baseUrl}/albums/a1 -> 503 \\(attempt 1, \\d+\\.\\d ms\\)$`),
    );
    expect(attempts[1]).toMatch(/-> 200 \(attempt 2, /);
    expect(logger.lines).toContain(`GET ${server.baseUrl}/albums/a1 -> 503; retrying in 0 ms`);
    expect(logger.lines.join("\n")).not.toContain(TOKEN);
  });

  it("logs nothing below its level", async () => {
    server = await startServer((_q, res) => json(res, 200, {}));
    const logger = recordingLogger();
    const { requester } = makeStack({ baseUrl: server.baseUrl, logger, logLevel: "info" });
    await requester.operation("getAlbum", { path: { id: "a1" } });
    expect(logger.lines).toEqual([]);
  });
});

describe("LevelledLogger", () => {
  it("redacts bearer tokens, basic credentials and secret fields", () => {
    const logger = recordingLogger();
    const log = new LevelledLogger(logger, "debug");
    log.warn(`Authorization: Bearer ${TOKEN}`);
    log.error("Basic Y2xpZW50OnNlY3JldA==");
    log.info('{"access_token":"abc","refresh_token":"def","expires_in":3600}');
    log.debug("https://accounts.spotify.com/callback?code=xyz&state=s");
    const text = logger.lines.join("\n");
    for (const secret of [TOKEN, "Y2xpZW50OnNlY3JldA==", "abc", "def", "code=xyz"]) {
      expect(text).not.toContain(secret);
    }
    expect(text).toContain("expires_in");
    expect(text).toContain("state=s");
  });

  it("filters by level", () => {
    const logger = recordingLogger();
    const log = new LevelledLogger(logger, "warn");
    log.debug("d");
    log.info("i");
    log.warn("w");
    log.error("e");
    expect(logger.lines).toEqual(["w", "e"]);
    expect(log.enabled("debug")).toBe(false);
    expect(new LevelledLogger(logger, "silent").enabled("error")).toBe(false);
  });

  it("takes the level from the option, else SPOTIFY_SDK_LOG, else warn", () => {
    expect(resolveLogLevel("error", { SPOTIFY_SDK_LOG: "debug" })).toBe("error");
    expect(resolveLogLevel(undefined, { SPOTIFY_SDK_LOG: "DEBUG" })).toBe("debug");
    expect(resolveLogLevel(undefined, { SPOTIFY_SDK_LOG: "verbose" })).toBe("warn");
    expect(resolveLogLevel(undefined, {})).toBe("warn");
  });

  it("redactSecrets leaves ordinary text alone", () => {
    expect(redactSecrets("GET https://api.spotify.com/v1/albums/a?market=SE -> 200")).toBe(
      "GET https://api.spotify.com/v1/albums/a?market=SE -> 200",
    );
  });
});
