/** Package smoke test, ESM side: loads every entry with `import` (see useEntries.mjs). */
import assert from "node:assert/strict";
import * as root from "spotify-ts-sdk";
import * as auth from "spotify-ts-sdk/auth";
import * as authNode from "spotify-ts-sdk/auth/node";
import * as testing from "spotify-ts-sdk/testing";
import { checkLayout, useEntries } from "./useEntries.mjs";

const entries = {
  "spotify-ts-sdk": root,
  "spotify-ts-sdk/auth": auth,
  "spotify-ts-sdk/auth/node": authNode,
  "spotify-ts-sdk/testing": testing,
};
console.log(await useEntries(entries, "import"));

// Under Node the exports map picks dist/node/; bundlers and other runtimes get dist/src/, which
// loads its input checks as a chunk on the first call. Both must work.
const defaultLayout = await import(
  new URL("./node_modules/spotify-ts-sdk/dist/src/index.js", import.meta.url).href
);
assert.notEqual(defaultLayout.SpotifyClient, root.SpotifyClient, "expected the dist/node/ build");
const mock = await testing.createMockSpotify({ seed: 7 });
try {
  await checkLayout(defaultLayout, mock, "dist/src/ by path");
  console.log("dist/src/ by path: albums.get and a refused bad id, against the mock");
} finally {
  await mock.close();
}
