/**
 * The clients compared by the bench, each set up against the local server and doing the same
 * thing: GET /v1/albums/{id} with a bearer token, parse the JSON.
 */
import { createRequire } from "node:module";
import { SpotifyApi } from "@spotify/web-api-ts-sdk";
import ky from "ky";
import createClient from "openapi-fetch";
import type { paths } from "../../generated/openapi.js";
import { SpotifyClient } from "../../src/index.js";

export const ALBUM_ID = "4aawyAB9vmqN3uQ7FjRGTy";
export const TOKEN = "bench-token";

/** One client under test. */
export interface Contender {
  name: string;
  /** Builds the client and returns the call to measure. */
  setup(origin: string): Call;
}
export type Call = () => Promise<unknown>;

/** ky with the retry and timeout settings the SDK applies (retry on 429/5xx, 30 s per attempt). */
export const KY_RETRY = {
  limit: 3,
  methods: ["get"],
  statusCodes: [429, 500, 502, 503, 504],
  afterStatusCodes: [429],
  maxRetryAfter: 60_000,
  backoffLimit: 8_000,
  delay: (attempt: number) => 500 * 2 ** (attempt - 1),
  jitter: true,
  retryOnTimeout: true,
};

const rawFetch: Contender = {
  name: "raw fetch",
  setup(origin) {
    const url = `${origin}/v1/albums/${ALBUM_ID}`;
    const init = { headers: { authorization: `Bearer ${TOKEN}` } };
    return async () => {
      const response = await fetch(url, init);
      if (!response.ok) throw new Error(`status ${response.status}`);
      return response.json();
    };
  },
};

const kyAlone: Contender = {
  name: "ky (same retry/timeout)",
  setup(origin) {
    const url = `${origin}/v1/albums/${ALBUM_ID}`;
    return () =>
      ky
        .get(url, {
          headers: { authorization: `Bearer ${TOKEN}` },
          timeout: 30_000,
          retry: KY_RETRY,
        })
        .json();
  },
};

/**
 * The request pipelines issue 3 compares against: openapi-fetch as it comes, openapi-fetch given
 * a light request class (its `Request` option; the SDK does the same), and the naive way of
 * putting ky under openapi-fetch. Each is an openapi-fetch client with the bearer token calling
 * GET /albums/{id}; only `options` differ. None of them retries on its own or maps errors.
 */
function openapiFetchContender(
  name: string,
  options: Pick<NonNullable<Parameters<typeof createClient>[0]>, "fetch" | "Request">,
): Contender {
  return {
    name,
    setup(origin) {
      const client = createClient<paths>({
        baseUrl: `${origin}/v1`,
        headers: { authorization: `Bearer ${TOKEN}` },
        ...options,
      });
      const init = { params: { path: { id: ALBUM_ID } } };
      return async () => (await client.GET("/albums/{id}", init)).data;
    },
  };
}

/** Keeps the fields openapi-fetch sets; `fetch` then builds the one real Request. */
class BenchLightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  constructor(url: string, init: { method?: string; headers?: Headers }) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers ?? new Headers();
  }
}

const openapiFetchAlone = openapiFetchContender("openapi-fetch alone", {});

const openapiFetchLight = openapiFetchContender("openapi-fetch + light Request", {
  Request: BenchLightRequest as unknown as typeof Request,
  fetch: ((request: BenchLightRequest) =>
    fetch(request.url, {
      method: request.method,
      headers: request.headers,
    })) as unknown as typeof fetch,
});

const openapiFetchOverKy = openapiFetchContender("openapi-fetch + ky (naive)", {
  fetch: (request: Request) => ky(request, { timeout: 30_000, retry: KY_RETRY }),
});

function sdkClient(origin: string): SpotifyClient {
  return new SpotifyClient({
    accessToken: TOKEN,
    baseUrl: `${origin}/v1`,
    env: {},
    logLevel: "silent",
  });
}

/**
 * `client.request("getAlbum", ...)` is not a row of its own: the service method below is a thin
 * layer over exactly that call, so its row bounds both.
 */
const sdkRaw: Contender = {
  name: "this SDK: client.raw.GET",
  setup(origin) {
    const client = sdkClient(origin);
    const init = { params: { path: { id: ALBUM_ID } } };
    return () => client.raw.GET("/albums/{id}", init);
  },
};

const sdkService: Contender = {
  name: "this SDK: client.albums.get",
  setup(origin) {
    const client = sdkClient(origin);
    return () => client.albums.get(ALBUM_ID);
  },
};

const spotifyTsSdk: Contender = {
  name: "@spotify/web-api-ts-sdk",
  setup(origin) {
    // It has no base-URL option (`rootUrl` is a private static). Its documented `fetch` option
    // (SdkOptions.fetch) receives the full https://api.spotify.com/v1/... URL; swapping the
    // origin costs one slice + concat per call, which is charged to it.
    const root = "https://api.spotify.com/v1/";
    const local = `${origin}/v1/`;
    const api = SpotifyApi.withAccessToken(
      "bench-client",
      { access_token: TOKEN, token_type: "Bearer", expires_in: 3600, refresh_token: "" },
      { fetch: (input, init) => fetch(local + String(input).slice(root.length), init) },
    );
    return () => api.albums.get(ALBUM_ID);
  },
};

const spotifyWebApiNode: Contender = {
  name: "spotify-web-api-node",
  setup(origin) {
    // No host/port/scheme option: src/webapi-request.js hard-codes api.spotify.com:443 in
    // `builder()`, which spotify-web-api.js looks up on the module object at each call. Wrapping
    // that one export (in this process only) points it at the local server.
    const require = createRequire(import.meta.url);
    const webApiRequest = require("spotify-web-api-node/src/webapi-request") as {
      builder: (token: string) => {
        withHost(h: string): { withPort(p: number): { withScheme(s: string): unknown } };
      };
    };
    const SpotifyWebApi = require("spotify-web-api-node") as new (options: {
      accessToken: string;
    }) => {
      getAlbum(id: string): Promise<{ body: unknown }>;
    };
    const { hostname, port, protocol } = new URL(origin);
    const original = webApiRequest.builder;
    webApiRequest.builder = (token: string) =>
      original(token)
        .withHost(hostname)
        .withPort(Number(port))
        .withScheme(protocol.replace(":", "")) as ReturnType<typeof original>;
    const api = new SpotifyWebApi({ accessToken: TOKEN });
    return async () => (await api.getAlbum(ALBUM_ID)).body;
  },
};

/** In table order; the first is the baseline every ratio is taken against. */
export const CONTENDERS: readonly Contender[] = [
  rawFetch,
  kyAlone,
  openapiFetchAlone,
  openapiFetchLight,
  openapiFetchOverKy,
  sdkRaw,
  sdkService,
  spotifyTsSdk,
  spotifyWebApiNode,
];
