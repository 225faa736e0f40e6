/**
 * The rate-limit bench's server, run in a child process (forked with IPC) so that its work and
 * its pauses do not bunch the client's requests: the mock Spotify with a rolling-window limit.
 * Answers IPC messages: `"reset"` (new window, empty request log) and `"count429"`.
 */
import { createMockSpotify } from "../../src/testing/index.js";

const rate = Number(process.argv[2] ?? "100");
const mock = await createMockSpotify({
  acceptAnyToken: true,
  rateLimit: { requests: rate, windowMs: 1_000 },
});
process.on("message", (message: unknown) => {
  if (message === "reset") {
    mock.reset();
    process.send?.({ reset: true });
  } else if (message === "count429") {
    process.send?.({ count429: mock.requests.filter((r) => r.status === 429).length });
  }
});
process.on("disconnect", () => {
  void mock.close().then(() => process.exit(0));
});
process.send?.({ baseUrl: mock.baseUrl });
