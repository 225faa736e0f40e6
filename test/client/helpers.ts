/** A loopback server that plays both the Web API (`/v1/...`) and the accounts service (`/api/token`). */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo, Socket } from "node:net";

export interface FakeSpotify {
  origin: string;
  baseUrl: string;
  requests: { method: string; url: string; authorization: string | undefined; body: string }[];
  tokenRequests: number;
  close(): Promise<void>;
}

/** `api` answers `/v1/...`; the token endpoint always issues `token-<n>`. */
export async function startFakeSpotify(
  api: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end('{"id":"a1"}');
  },
): Promise<FakeSpotify> {
  const sockets = new Set<Socket>();
  const state: FakeSpotify = {
    origin: "",
    baseUrl: "",
    requests: [],
    tokenRequests: 0,
    close: async () => {},
  };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      if (req.url === "/api/token") {
        state.tokenRequests++;
        res.writeHead(200, { "content-type": "application/json" });
        res.end(
          JSON.stringify({
            access_token: `token-${state.tokenRequests}`,
            token_type: "Bearer",
            expires_in: 3600,
          }),
        );
        return;
      }
      state.requests.push({
        method: req.method ?? "",
        url: req.url ?? "",
        authorization: req.headers.authorization,
        body,
      });
      api(req, res);
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  state.origin = `http://127.0.0.1:${port}`;
  state.baseUrl = `${state.origin}/v1`;
  state.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return state;
}
