import { describe, expect, it } from "vitest";
import { ClientCredentials } from "../../src/auth/clientCredentials.js";
import { StaticToken } from "../../src/auth/staticToken.js";
import { SpotifyClient, SpotifyConfigurationError, SpotifyError } from "../../src/index.js";

const noEnv = {};
const neverFetch: typeof fetch = () => Promise.reject(new Error("nothing may be sent"));

function configurationError(make: () => unknown): SpotifyConfigurationError {
  try {
    make();
  } catch (error) {
    expect(error).toBeInstanceOf(SpotifyConfigurationError);
    expect(error).toBeInstanceOf(SpotifyError);
    return error as SpotifyConfigurationError;
  }
  throw new Error("expected SpotifyConfigurationError");
}

describe("choosing the auth", () => {
  it("uses a static token for accessToken", () => {
    const client = new SpotifyClient({ accessToken: "t", env: noEnv });
    expect(client.authProvider).toBeInstanceOf(StaticToken);
  });

  it("uses client credentials for clientId + clientSecret", () => {
    const client = new SpotifyClient({ clientId: "id", clientSecret: "secret", env: noEnv });
    expect(client.authProvider).toBeInstanceOf(ClientCredentials);
  });

  it("uses the given authProvider as is", () => {
    const authProvider = { getAccessToken: async () => "t" };
    expect(new SpotifyClient({ authProvider, env: noEnv }).authProvider).toBe(authProvider);
  });

  it("falls back to SPOTIFY_SDK_CLIENT_ID / SECRET when no auth option is given", () => {
    const client = new SpotifyClient({
      env: { SPOTIFY_SDK_CLIENT_ID: "id", SPOTIFY_SDK_CLIENT_SECRET: "s" },
    });
    expect(client.authProvider).toBeInstanceOf(ClientCredentials);
    expect((client.authProvider as ClientCredentials).clientId).toBe("id");
  });

  it("lets explicit options beat the environment", () => {
    const env = { SPOTIFY_SDK_CLIENT_ID: "env-id", SPOTIFY_SDK_CLIENT_SECRET: "env-secret" };
    const client = new SpotifyClient({ clientId: "explicit-id", clientSecret: "explicit", env });
    expect((client.authProvider as ClientCredentials).clientId).toBe("explicit-id");
    expect(new SpotifyClient({ accessToken: "t", env }).authProvider).toBeInstanceOf(StaticToken);
  });

  it("names the options when none is given", () => {
    const error = configurationError(() => new SpotifyClient({ env: noEnv }));
    for (const name of [
      "accessToken",
      "clientId",
      "clientSecret",
      "authProvider",
      "SPOTIFY_SDK_CLIENT_ID",
    ]) {
      expect(error.message).toContain(name);
    }
  });

  it("names the options when more than one is given", () => {
    const error = configurationError(
      () => new SpotifyClient({ accessToken: "t", authProvider: new StaticToken("u"), env: noEnv }),
    );
    expect(error.message).toContain("accessToken");
    expect(error.message).toContain("authProvider");
    expect(error.option).toBe("accessToken, authProvider");
  });

  it("reports the missing half of the client credentials", () => {
    expect(configurationError(() => new SpotifyClient({ clientId: "id", env: noEnv })).option).toBe(
      "clientSecret",
    );
  });

  it("fromClientCredentials builds a client-credentials client", () => {
    const client = SpotifyClient.fromClientCredentials({
      clientId: "id",
      clientSecret: "s",
      env: noEnv,
    });
    expect(client.authProvider).toBeInstanceOf(ClientCredentials);
    expect(
      configurationError(() => SpotifyClient.fromClientCredentials({ env: noEnv })).option,
    ).toBe("clientId");
  });
});

describe("validating option values before anything is sent", () => {
  const valid = { accessToken: "t", env: noEnv, fetch: neverFetch };
  const invalid: [string, Record<string, unknown>][] = [
    ["timeout", { timeout: 0 }],
    ["timeout", { timeout: -5 }],
    ["timeout", { timeout: Number.POSITIVE_INFINITY }],
    ["timeout", { timeout: Number.NaN }],
    ["maxRetries", { maxRetries: -1 }],
    ["maxRetries", { maxRetries: 11 }],
    ["maxRetries", { maxRetries: 1.5 }],
    ["maxRetryAfter", { maxRetryAfter: -1 }],
    ["baseUrl", { baseUrl: "not a url" }],
    ["baseUrl", { baseUrl: "ftp://example.com" }],
    ["accountsUrl", { accountsUrl: "file:///etc" }],
    ["logLevel", { logLevel: "loud" }],
    ["logger", { logger: { log() {} } }],
    ["fetch", { fetch: "yes" }],
    ["accessToken", { accessToken: "" }],
    ["authProvider", { accessToken: undefined, authProvider: {} }],
  ];
  for (const [option, values] of invalid) {
    it(`rejects ${option} = ${JSON.stringify(values[option]) ?? String(values[option])}`, () => {
      const error = configurationError(() => new SpotifyClient({ ...valid, ...values } as never));
      expect(error.option).toBe(option);
      expect(error.message).toContain(option);
    });
  }

  it("accepts the documented ranges", () => {
    expect(
      () => new SpotifyClient({ ...valid, timeout: 1, maxRetries: 0, maxRetryAfter: 0 }),
    ).not.toThrow();
    expect(
      () => new SpotifyClient({ ...valid, maxRetries: 10, baseUrl: "http://127.0.0.1:1/v1/" }),
    ).not.toThrow();
    expect(
      new SpotifyClient({ ...valid, baseUrl: "http://127.0.0.1:1/v1/" }).toJSON(),
    ).toMatchObject({
      baseUrl: "http://127.0.0.1:1/v1",
    });
  });

  it("applies the defaults", () => {
    expect(new SpotifyClient(valid).toJSON()).toMatchObject({
      baseUrl: "https://api.spotify.com/v1",
      timeout: 30_000,
      maxRetries: 3,
      maxRetryAfter: 60,
      logLevel: "warn",
    });
  });

  it("reads the log level from SPOTIFY_SDK_LOG unless logLevel is given", () => {
    expect(
      new SpotifyClient({ ...valid, env: { SPOTIFY_SDK_LOG: "debug" } }).toJSON().logLevel,
    ).toBe("debug");
    expect(
      new SpotifyClient({ ...valid, env: { SPOTIFY_SDK_LOG: "debug" }, logLevel: "error" }).toJSON()
        .logLevel,
    ).toBe("error");
  });
});
