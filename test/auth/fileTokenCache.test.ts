import { spawn } from "node:child_process";
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AuthorizationCode, FileTokenCache, type TokenInfo } from "../../src/auth/index.node.js";
import {
  CONFIDENTIAL,
  followAuthorization,
  manualClock,
  NO_ENV,
  startAccountsServer,
} from "./helpers.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "spotify-token-cache-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const TOKEN: TokenInfo = {
  accessToken: "access-token-value",
  expiresAt: 1_800_000_000,
  refreshToken: "refresh-token-value",
  scope: "user-read-private user-library-read",
  tokenType: "Bearer",
};

function recordingLogger() {
  const warnings: string[] = [];
  return { warnings, logger: { warn: (message: string) => warnings.push(message) } };
}

describe("FileTokenCache", () => {
  it("writes the Python spotify_sdk field names", async () => {
    const path = join(dir, "python-format.json");
    await new FileTokenCache(path).set(TOKEN);
    expect(JSON.parse(await readFile(path, "utf8"))).toEqual({
      access_token: "access-token-value",
      token_type: "Bearer",
      expires_at: 1_800_000_000,
      refresh_token: "refresh-token-value",
      scope: "user-read-private user-library-read",
    });
  });

  it("creates the file 0600 and its new directories 0700", async () => {
    const path = join(dir, "nested", "deeper", "token.json");
    await new FileTokenCache(path).set(TOKEN);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect((await stat(join(dir, "nested", "deeper"))).mode & 0o777).toBe(0o700);
    expect((await stat(join(dir, "nested"))).mode & 0o777).toBe(0o700);
  });

  it("reads back what it wrote", async () => {
    const cache = new FileTokenCache(join(dir, "round-trip.json"));
    await cache.set(TOKEN);
    expect(await cache.get()).toEqual(TOKEN);
  });

  it("reads a file written by the Python SDK (float expires_at, null refresh token)", async () => {
    const path = join(dir, "from-python.json");
    const python = {
      access_token: "py-access",
      token_type: "Bearer",
      expires_at: 1_800_000_123.456,
      refresh_token: null,
      scope: "playlist-read-private",
    };
    await writeFile(path, JSON.stringify(python));
    expect(await new FileTokenCache(path).get()).toEqual({
      accessToken: "py-access",
      expiresAt: 1_800_000_123.456,
      refreshToken: undefined,
      scope: "playlist-read-private",
      tokenType: "Bearer",
    });
  });

  it("reads a missing file as empty, warning once per cache", async () => {
    const { warnings, logger } = recordingLogger();
    const cache = new FileTokenCache(join(dir, "absent.json"), { logger });
    expect(await cache.get()).toBeUndefined();
    expect(await cache.get()).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/No token cache at .*absent\.json yet/)]);
  });

  it("reads a corrupt file as empty with a warning that does not quote it", async () => {
    const path = join(dir, "corrupt.json");
    await writeFile(path, '{"access_token": "leaked-token-123", "expires_at": 17');
    const { warnings, logger } = recordingLogger();
    expect(await new FileTokenCache(path, { logger }).get()).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/not valid JSON/)]);
    expect(warnings.join("\n")).not.toContain("leaked-token-123");
  });

  it("reads JSON that is not a token as empty with a warning", async () => {
    const path = join(dir, "not-a-token.json");
    await writeFile(path, JSON.stringify({ access_token: "leaked-token-456" }));
    const { warnings, logger } = recordingLogger();
    expect(await new FileTokenCache(path, { logger }).get()).toBeUndefined();
    expect(warnings).toEqual([expect.stringMatching(/does not hold a token/)]);
    expect(warnings.join("\n")).not.toContain("leaked-token-456");
  });

  it("removes the file on clear()", async () => {
    const path = join(dir, "cleared.json");
    const cache = new FileTokenCache(path);
    await cache.set(TOKEN);
    await cache.clear();
    expect(await cache.get()).toBeUndefined();
    await cache.clear(); // clearing an absent file is fine
  });

  it("always holds a whole token while two processes write it concurrently", async () => {
    const path = join(dir, "contended", "token.json");
    const writer = fileURLToPath(new URL("./fixtures/writeTokenCache.ts", import.meta.url));
    const writes = 150;
    const children = ["alpha", "beta"].map((name) =>
      spawn(process.execPath, ["--import", "tsx", writer, path, name, String(writes)], {
        stdio: ["ignore", "ignore", "pipe"],
      }),
    );
    const exits = children.map(
      (child) =>
        new Promise<number | null>((resolve) => {
          let stderr = "";
          child.stderr?.on("data", (chunk: Buffer) => {
            stderr += chunk.toString();
          });
          child.on("exit", (code) => {
            if (code !== 0) console.error(stderr);
            resolve(code);
          });
        }),
    );
    let running = true;
    const done = Promise.all(exits).finally(() => {
      running = false;
    });
    // Before the first write lands the file is simply missing; anything else would be a torn read.
    const cache = new FileTokenCache(path, {
      logger: { warn: (m) => (m.startsWith("No token cache") ? undefined : expect.fail(m)) },
    });
    let reads = 0;
    while (running) {
      const token = await cache.get();
      if (token !== undefined) {
        expect(token.accessToken).toMatch(/^(alpha|beta)-\d+-x{2000}$/);
        reads += 1;
      }
    }
    expect(await done).toEqual([0, 0]);
    expect(reads).toBeGreaterThan(0);
    expect((await cache.get())?.accessToken).toMatch(/^(alpha|beta)-149-/);
    expect(await readdir(join(dir, "contended"))).toEqual(["token.json"]);
  });

  it("lets a second program pick up the token and the rotated refresh token from the file", async () => {
    const server = await startAccountsServer();
    try {
      const clock = manualClock();
      const path = join(dir, "shared", "token.json");
      const options = { ...CONFIDENTIAL, accountsUrl: server.url, env: NO_ENV, now: clock.now };
      const first = new AuthorizationCode({ ...options, tokenCache: new FileTokenCache(path) });
      const { url, state } = await first.getAuthorizationUrl();
      const code = await first.parseResponseUrl(await followAuthorization(url), {
        expectedState: state,
      });
      const signedIn = await first.exchangeCode(code);
      const second = new AuthorizationCode({ ...options, tokenCache: new FileTokenCache(path) });
      expect(await second.getAccessToken()).toBe(signedIn.accessToken);
      clock.advanceSeconds(3600);
      await second.getAccessToken(); // refreshes, rotating the refresh token in the file
      const rotated = second.getTokenInfo()?.refreshToken;
      expect(rotated).not.toBe(signedIn.refreshToken);
      // The first program's refresh token is dead now; it must use the one in the file.
      expect(await first.getAccessToken()).toBe(second.getTokenInfo()?.accessToken);
      clock.advanceSeconds(3600);
      await expect(first.getAccessToken()).resolves.toEqual(expect.any(String));
      expect((await new FileTokenCache(path).get())?.refreshToken).toBe(
        first.getTokenInfo()?.refreshToken,
      );
    } finally {
      await server.stop();
    }
  });
});
