/**
 * Checks run by the package smoke test (scripts/packSmoke.ts) inside a throwaway project that
 * installed the packed tarball. `esm.mjs` hands in the entries loaded with `import`, `cjs.cjs`
 * the same entries loaded with `require()`; this module then uses them as a consumer would.
 *
 * Plain JavaScript on purpose: it runs against the installed package, not against src/.
 */
import assert from "node:assert/strict";

/** Value exports every entry must carry (a subset: enough to catch a wrong or empty entry). */
export const EXPECTED = {
  "spotify-ts-sdk": [
    "SpotifyClient",
    "ClientCredentials",
    "StaticToken",
    "SpotifyError",
    "NotFoundError",
    "ApiPromise",
  ],
  "spotify-ts-sdk/auth": [
    "AuthorizationCode",
    "ClientCredentials",
    "MemoryTokenCache",
    "createCodeVerifier",
    "authorizeLocal",
    "FileTokenCache",
  ],
  "spotify-ts-sdk/auth/node": ["AuthorizationCode", "authorizeLocal", "FileTokenCache"],
  "spotify-ts-sdk/testing": ["createMockSpotify", "indexFromId", "pkceChallenge"],
};

/**
 * Asserts the exported names, then starts the mock from `spotify-ts-sdk/testing` and makes real
 * calls through the client and the auth provider. Returns a one-line summary.
 *
 * @param {Record<string, Record<string, unknown>>} entries module namespaces by specifier
 * @param {"import" | "require"} via how the entries were loaded
 */
export async function useEntries(entries, via) {
  for (const [specifier, names] of Object.entries(EXPECTED)) {
    const entry = entries[specifier];
    assert.ok(entry, `${via} ${specifier}: not loaded`);
    for (const name of names) {
      assert.equal(
        typeof entry[name],
        "function",
        `${via} ${specifier}: ${name} is ${typeof entry[name]}`,
      );
    }
  }
  const { SpotifyClient, NotFoundError } = entries["spotify-ts-sdk"];
  const { AuthorizationCode, ClientCredentials } = entries["spotify-ts-sdk/auth"];
  const { createMockSpotify } = entries["spotify-ts-sdk/testing"];
  // Under Node the `node` condition must pick the subclass whose authorizeLocal works.
  assert.equal(typeof AuthorizationCode.prototype.authorizeLocal, "function");

  // One module instance across entries: what /auth throws is what users catch from the root.
  for (const name of [
    "ClientCredentials",
    "StaticToken",
    "AuthenticationError",
    "OAuthError",
    "SpotifyValidationError",
  ]) {
    assert.equal(
      entries["spotify-ts-sdk/auth"][name] ?? entries["spotify-ts-sdk"][name],
      entries["spotify-ts-sdk"][name],
      `${via}: spotify-ts-sdk/auth and spotify-ts-sdk carry two copies of ${name}`,
    );
  }

  const mock = await createMockSpotify({ seed: 7 });
  try {
    await checkLayout(entries["spotify-ts-sdk"], mock, `${via} spotify-ts-sdk`);
    const client = new SpotifyClient({ accessToken: mock.issueToken(), baseUrl: mock.baseUrl });
    const album = await client.albums.get("4aawyAB9vmqN3uQ7FjRGTy");
    assert.equal(album.id, "4aawyAB9vmqN3uQ7FjRGTy", `${via}: albums.get answered another album`);
    await client.close();

    const auth = new ClientCredentials({
      clientId: "mock-client-id",
      clientSecret: "mock-client-secret",
      accountsUrl: mock.accountsUrl,
    });
    const viaProvider = new SpotifyClient({ authProvider: auth, baseUrl: mock.baseUrl });
    const artist = await viaProvider.artists.get("0OdUWJ0sBjDrqHygGUXeCF");
    assert.equal(
      artist.id,
      "0OdUWJ0sBjDrqHygGUXeCF",
      `${via}: artists.get answered another artist`,
    );
    // The error classes users catch must be the ones the client throws (one module instance).
    mock.fault("getAlbum", { kind: "status", status: 404, times: 1 });
    const failure = await viaProvider.albums.get("4aawyAB9vmqN3uQ7FjRGTy").catch((error) => error);
    assert.ok(failure instanceof NotFoundError, `${via}: a 404 rejected with ${failure}`);
    await viaProvider.close();

    const tokenRequests = mock.requests.filter((r) => r.service === "accounts").length;
    assert.equal(tokenRequests, 1, `${via}: expected one token request, saw ${tokenRequests}`);

    const wrongSecret = new ClientCredentials({
      clientId: "mock-client-id",
      clientSecret: "not-the-secret",
      accountsUrl: mock.accountsUrl,
    });
    const refused = await wrongSecret.getAccessToken().catch((error) => error);
    assert.ok(
      refused instanceof entries["spotify-ts-sdk"].AuthenticationError,
      `${via}: a refused token request rejected with ${refused}`,
    );
  } finally {
    await mock.close();
  }
  return `${via}: ${Object.keys(EXPECTED).length} entries, 3 calls against the mock on Node ${process.version}`;
}

/**
 * Uses one build of the root entry (dist/node/ under Node, or dist/src/ loaded by path): an
 * answered call, bad input refused before sending by the input checks, and a response refused
 * by the response checks; the two layouts load these differently (inside the main file, in a
 * file or chunk of their own).
 *
 * @param {Record<string, any>} root the root entry's module namespace
 * @param {{ issueToken(): string, baseUrl: string, requests: unknown[], fault: Function }} mock
 * @param {string} label names the layout in failures
 */
export async function checkLayout(root, mock, label) {
  const client = new root.SpotifyClient({ accessToken: mock.issueToken(), baseUrl: mock.baseUrl });
  try {
    const sent = mock.requests.length;
    const refused = await client.albums.get("not an id").catch((error) => error);
    assert.ok(
      refused instanceof root.SpotifyValidationError,
      `${label}: bad id rejected with ${refused}`,
    );
    assert.equal(mock.requests.length, sent, `${label}: a request was sent for a bad id`);
    const album = await client.albums.get("4aawyAB9vmqN3uQ7FjRGTy");
    assert.equal(album.id, "4aawyAB9vmqN3uQ7FjRGTy", `${label}: albums.get answered another album`);
  } finally {
    await client.close();
  }
  // Response checks load on demand, in their own file or chunk; what they throw must still be
  // the root's SpotifyValidationError.
  const checked = new root.SpotifyClient({
    accessToken: mock.issueToken(),
    baseUrl: mock.baseUrl,
    validateResponses: true,
  });
  try {
    mock.fault("getAlbum", { kind: "emptyBody", times: 1 });
    const failure = await checked.albums.get("4aawyAB9vmqN3uQ7FjRGTy").catch((error) => error);
    assert.ok(
      failure instanceof root.SpotifyValidationError,
      `${label}: an empty album body rejected with ${failure}`,
    );
  } finally {
    await checked.close();
  }
}
