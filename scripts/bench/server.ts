/**
 * The bench's Spotify stand-in, run in a child process so its CPU time is not charged to the
 * clients. Answers `GET /v1/albums/{id}` with the ~11 KB album fixture (pre-serialised once) and
 * the accounts token endpoint; prints its port on stdout.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { albumFixture } from "./fixture.js";

const albumBody = Buffer.from(JSON.stringify(albumFixture("4aawyAB9vmqN3uQ7FjRGTy")));
const tokenBody = Buffer.from(
  JSON.stringify({ access_token: "bench-token", token_type: "Bearer", expires_in: 3600 }),
);

const server = createServer((req, res) => {
  const url = req.url ?? "";
  if (req.method === "GET" && url.startsWith("/v1/albums/")) {
    res.writeHead(200, {
      "content-type": "application/json; charset=utf-8",
      "content-length": albumBody.length,
    });
    res.end(albumBody);
    return;
  }
  if (req.method === "POST" && url === "/api/token") {
    req.resume();
    req.on("end", () => {
      res.writeHead(200, {
        "content-type": "application/json",
        "content-length": tokenBody.length,
      });
      res.end(tokenBody);
    });
    return;
  }
  res.writeHead(404, { "content-type": "application/json" });
  res.end(JSON.stringify({ error: { status: 404, message: "Not found" } }));
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  process.stdout.write(`${(server.address() as AddressInfo).port}\n`);
});
process.on("disconnect", () => process.exit(0));
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
