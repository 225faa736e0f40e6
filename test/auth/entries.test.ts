import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import * as universal from "../../src/auth/index.js";
import * as node from "../../src/auth/index.node.js";

const entry = (file: string) => fileURLToPath(new URL(`../../src/auth/${file}`, import.meta.url));

describe("entry points", () => {
  it("bundles the universal entry for browsers without any node: module", async () => {
    const result = await build({
      entryPoints: [entry("index.ts")],
      bundle: true,
      write: false,
      platform: "browser",
      format: "esm",
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(
      inputs.filter((input) => input.startsWith("node:") || input.includes("/auth/node/")),
    ).toEqual([]);
    expect(result.outputFiles[0]?.text).not.toMatch(/["']node:/);
  });

  it("exports the universal API", () => {
    expect(Object.keys(universal).sort()).toEqual(
      [
        "AuthenticationError",
        "AuthorizationCode",
        "ClientCredentials",
        "DEFAULT_ACCOUNTS_URL",
        "DEFAULT_SKEW_SECONDS",
        "ENV_CLIENT_ID",
        "ENV_CLIENT_SECRET",
        "ENV_REDIRECT_URI",
        "MemoryTokenCache",
        "OAuthError",
        "SpotifyConfigurationError",
        "SpotifyValidationError",
        "StaticToken",
        "createCodeChallenge",
        "createCodeVerifier",
        "createState",
      ].sort(),
    );
  });

  it("adds authorizeLocal and FileTokenCache under Node, with a subclass of AuthorizationCode", () => {
    const added = Object.keys(node).filter((name) => !(name in universal));
    expect(added.sort()).toEqual([
      "DEFAULT_AUTHORIZE_TIMEOUT_MS",
      "FileTokenCache",
      "authorizeLocal",
    ]);
    expect(node.AuthorizationCode).not.toBe(universal.AuthorizationCode);
    const auth = new node.AuthorizationCode({ clientId: "id", env: {} });
    expect(auth).toBeInstanceOf(universal.AuthorizationCode);
  });
});

describe("StaticToken", () => {
  it("hands out its token and the scopes it was given, and cannot be invalidated", async () => {
    const auth = new universal.StaticToken("static-value", { scope: "a b" });
    await expect(auth.getAccessToken()).resolves.toBe("static-value");
    expect(auth.getGrantedScopes()).toEqual(["a", "b"]);
    expect("invalidate" in auth).toBe(false);
  });
});

describe("environment", () => {
  it("ignores blank variables and trims values", () => {
    const auth = new universal.ClientCredentials({
      env: { SPOTIFY_SDK_CLIENT_ID: "  id-from-env ", SPOTIFY_SDK_CLIENT_SECRET: "s" },
      clientId: "   ",
    });
    expect(auth.clientId).toBe("id-from-env");
  });
});
