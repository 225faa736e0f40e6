/**
 * A loopback stand-in for accounts.spotify.com that enforces the rules the SDK must follow:
 * HTTP Basic for confidential clients, PKCE verifiers checked against their S256 challenge,
 * single-use codes, refresh-token rotation and OAuth-shaped errors. Faults (429, 5xx) can be
 * queued in front of the token endpoint.
 */
import { createHash, randomBytes } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface FakeClient {
  clientId: string;
  /** Absent for public (PKCE-only) clients. */
  clientSecret?: string;
  redirectUris: string[];
}

/** A token request as the server saw it, for assertions. */
export interface RecordedTokenRequest {
  form: Record<string, string>;
  authorization: string | undefined;
}

/** A canned answer served instead of processing the next token request. */
export interface CannedResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
}

interface IssuedCode {
  clientId: string;
  redirectUri: string;
  scope: string;
  challenge: string | undefined;
  used: boolean;
}

export class FakeAccountsServer {
  readonly tokenRequests: RecordedTokenRequest[] = [];
  readonly authorizeRequests: URLSearchParams[] = [];
  /** Seconds every new access token lives. */
  expiresIn = 3600;
  /** Issue a new refresh token on every refresh (and revoke the old one). */
  rotateRefreshTokens = true;
  /** What the simulated user does on the sign-in page. */
  userDecision: "approve" | "deny" = "approve";
  /** Every access, refresh token and code the server issued, to search leaks for. */
  readonly issuedSecrets: string[] = [];
  readonly #clients = new Map<string, FakeClient>();
  readonly #codes = new Map<string, IssuedCode>();
  /** `pkce`: issued to a sign-in without client authentication, so refreshable the same way. */
  readonly #refreshTokens = new Map<string, { clientId: string; scope: string; pkce: boolean }>();
  readonly #canned: CannedResponse[] = [];
  readonly #server: Server;
  #url = "";

  constructor(clients: FakeClient[]) {
    for (const client of clients) this.#clients.set(client.clientId, client);
    this.#server = createServer((req, res) => {
      this.#route(req, res).catch((error: unknown) => {
        json(res, 500, { error: "server_error", error_description: String(error) });
      });
    });
  }

  /** Base URL, e.g. `http://127.0.0.1:54321`; pass it as `accountsUrl`. */
  get url(): string {
    return this.#url;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.#server.listen(0, "127.0.0.1", resolve));
    const { port } = this.#server.address() as AddressInfo;
    this.#url = `http://127.0.0.1:${port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** Serves `responses` (in order) to the next token requests instead of processing them. */
  queueTokenResponses(...responses: CannedResponse[]): void {
    this.#canned.push(...responses);
  }

  /** Registers another redirect URI for every client (for ports chosen at test time). */
  allowRedirectUri(uri: string): void {
    for (const client of this.#clients.values()) client.redirectUris.push(uri);
  }

  /** Revokes a refresh token, as when the user removes the app's access. */
  revokeRefreshToken(token: string): void {
    this.#refreshTokens.delete(token);
  }

  /** The grant types of all token requests so far. */
  grants(): string[] {
    return this.tokenRequests.map((request) => request.form.grant_type ?? "?");
  }

  async #route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", this.#url);
    if (req.method === "GET" && url.pathname === "/authorize") return this.#authorize(url, res);
    if (req.method === "POST" && url.pathname === "/api/token") {
      const form = Object.fromEntries(new URLSearchParams(await readText(req)));
      this.tokenRequests.push({ form, authorization: req.headers.authorization });
      const canned = this.#canned.shift();
      if (canned) return json(res, canned.status, canned.body ?? {}, canned.headers);
      if (req.headers["content-type"] !== "application/x-www-form-urlencoded") {
        return oauthError(res, 400, "invalid_request", "Body must be form-encoded");
      }
      return this.#token(form, req.headers.authorization, res);
    }
    json(res, 404, { error: "not_found" });
  }

  /** Signs the simulated user in at once and redirects, as Spotify does after consent. */
  #authorize(url: URL, res: ServerResponse) {
    const query = url.searchParams;
    this.authorizeRequests.push(query);
    const client = this.#clients.get(query.get("client_id") ?? "");
    const redirectUri = query.get("redirect_uri") ?? "";
    if (!client?.redirectUris.includes(redirectUri)) {
      return json(res, 400, { error: "invalid_client", error_description: "INVALID_CLIENT" });
    }
    const challenge = query.get("code_challenge") ?? undefined;
    const publicClient = client.clientSecret === undefined;
    if (query.get("response_type") !== "code" || (publicClient && challenge === undefined)) {
      return json(res, 400, { error: "invalid_request" });
    }
    if (challenge !== undefined && query.get("code_challenge_method") !== "S256") {
      return json(res, 400, { error: "invalid_request", error_description: "S256 required" });
    }
    const back = new URL(redirectUri);
    if (this.userDecision === "deny") back.searchParams.set("error", "access_denied");
    else {
      const code = this.#issue(24);
      this.#codes.set(code, {
        clientId: client.clientId,
        redirectUri,
        scope: query.get("scope") ?? "",
        challenge,
        used: false,
      });
      back.searchParams.set("code", code);
    }
    const state = query.get("state");
    if (state !== null) back.searchParams.set("state", state);
    res.writeHead(302, { location: back.toString() }).end();
  }

  #token(form: Record<string, string>, authorization: string | undefined, res: ServerResponse) {
    if ("client_secret" in form) {
      return oauthError(res, 400, "invalid_request", "Send client credentials as HTTP Basic");
    }
    const client = this.#authenticate(form, authorization);
    if (!client) return oauthError(res, 401, "invalid_client", "Invalid client");
    // Without Basic auth only PKCE-bound grants are accepted (any app may use PKCE).
    const confidential = authorization !== undefined;
    const unauthenticated = () => oauthError(res, 401, "invalid_client", "Invalid client");
    switch (form.grant_type) {
      case "client_credentials":
        if (!confidential) return unauthenticated();
        return json(res, 200, this.#accessToken(undefined));
      case "authorization_code": {
        const code = this.#codes.get(form.code ?? "");
        if (!code || code.used || code.clientId !== client.clientId) {
          return oauthError(res, 400, "invalid_grant", "Invalid authorization code");
        }
        code.used = true;
        if (code.redirectUri !== form.redirect_uri) {
          return oauthError(res, 400, "invalid_grant", "Invalid redirect URI");
        }
        if (code.challenge !== undefined && s256(form.code_verifier ?? "") !== code.challenge) {
          return oauthError(res, 400, "invalid_grant", "code_verifier was incorrect");
        }
        if (code.challenge === undefined && !confidential) return unauthenticated();
        return json(res, 200, this.#userTokens(client.clientId, code.scope, !confidential));
      }
      case "refresh_token": {
        const grant = this.#refreshTokens.get(form.refresh_token ?? "");
        if (!grant || grant.clientId !== client.clientId) {
          return oauthError(res, 400, "invalid_grant", "Refresh token revoked");
        }
        if (!grant.pkce && !confidential) return unauthenticated();
        if (!this.rotateRefreshTokens) return json(res, 200, this.#accessToken(grant.scope));
        this.#refreshTokens.delete(form.refresh_token ?? "");
        return json(res, 200, this.#userTokens(client.clientId, grant.scope, grant.pkce));
      }
      default:
        return oauthError(res, 400, "unsupported_grant_type", "grant_type must be valid");
    }
  }

  /** The client named by Basic auth (checked), else by `client_id` in the body (PKCE). */
  #authenticate(form: Record<string, string>, authorization: string | undefined) {
    if (authorization !== undefined) {
      const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(authorization);
      const [id, secret] = Buffer.from(match?.[1] ?? "", "base64")
        .toString("utf8")
        .split(":");
      const client = this.#clients.get(id ?? "");
      return client?.clientSecret !== undefined && client.clientSecret === secret
        ? client
        : undefined;
    }
    return this.#clients.get(form.client_id ?? "");
  }

  #accessToken(scope: string | undefined) {
    return {
      access_token: this.#issue(32),
      token_type: "Bearer",
      expires_in: this.expiresIn,
      ...(scope === undefined ? {} : { scope }),
    };
  }

  #userTokens(clientId: string, scope: string, pkce: boolean) {
    const refreshToken = this.#issue(32);
    this.#refreshTokens.set(refreshToken, { clientId, scope, pkce });
    return { ...this.#accessToken(scope), refresh_token: refreshToken };
  }

  #issue(bytes: number): string {
    const value = randomBytes(bytes).toString("base64url");
    this.issuedSecrets.push(value);
    return value;
  }
}

function s256(verifier: string): string {
  return createHash("sha256").update(verifier, "ascii").digest("base64url");
}

function json(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
}

function oauthError(res: ServerResponse, status: number, error: string, description: string) {
  json(res, status, { error, error_description: description });
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}
