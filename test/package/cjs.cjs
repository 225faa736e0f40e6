/**
 * Package smoke test, CommonJS side: loads every entry with `require()` (require(esm), Node
 * 20.19+), checks that require and import share one module instance, then runs useEntries.mjs.
 */
const assert = require("node:assert/strict");

const entries = {
  "spotify-ts-sdk": require("spotify-ts-sdk"),
  "spotify-ts-sdk/auth": require("spotify-ts-sdk/auth"),
  "spotify-ts-sdk/auth/node": require("spotify-ts-sdk/auth/node"),
  "spotify-ts-sdk/testing": require("spotify-ts-sdk/testing"),
};

async function main() {
  for (const specifier of Object.keys(entries)) {
    const imported = await import(specifier);
    assert.deepEqual(
      Object.keys(entries[specifier]).sort(),
      Object.keys(imported).sort(),
      `${specifier}: require() and import see different exports`,
    );
  }
  const { SpotifyClient } = await import("spotify-ts-sdk");
  assert.equal(entries["spotify-ts-sdk"].SpotifyClient, SpotifyClient, "dual package: two copies");
  assert.throws(
    () => require("spotify-ts-sdk/dist/src/client.js"),
    { code: "ERR_PACKAGE_PATH_NOT_EXPORTED" },
    "deep imports must stay closed",
  );
  const { useEntries } = await import("./useEntries.mjs");
  console.log(await useEntries(entries, "require"));
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
