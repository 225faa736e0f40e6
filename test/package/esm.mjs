/** Package smoke test, ESM side: loads every entry with `import` (see useEntries.mjs). */
import * as root from "spotify-ts-sdk";
import * as auth from "spotify-ts-sdk/auth";
import * as authNode from "spotify-ts-sdk/auth/node";
import * as testing from "spotify-ts-sdk/testing";
import { useEntries } from "./useEntries.mjs";

const entries = {
  "spotify-ts-sdk": root,
  "spotify-ts-sdk/auth": auth,
  "spotify-ts-sdk/auth/node": authNode,
  "spotify-ts-sdk/testing": testing,
};
console.log(await useEntries(entries, "import"));
