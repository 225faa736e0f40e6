/**
 * The mock accounts service: `GET /authorize` and `POST /api/token`, following Spotify's rules for
 * the grants it still supports (no implicit grant, PKCE with S256 for public clients).
 */
import { timingSafeEqual } from "node:crypto";
import { s256, type TokenStore } from "./tokens.js";

/** A response the server writes as-is. */
export interface PlainResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Settings of the accounts service. */
export interface AccountsConfig {
  clientId: string;
  clientSecret: string;
  redirectUris: readonly string[] | undefined;
  denyAuthorization: () => boolean;
  rotateRefreshTokens: boolean;
}

const JSON_TYPE = { "content-type": "application/json; charset=utf-8" };

function oauthError(status: number, error: string, description: string): PlainResponse {
  return {
    status,
    headers: JSON_TYPE,
    body: JSON.stringify({ error, error_description: description }),
  };
}

function redirect(target: URL): PlainResponse {
  return { status: 302, headers: { location: target.toString() }, body: "" };
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Spotify refuses `localhost` redirects since November 2025; IP literals are fine. */
function redirectAllowed(config: AccountsConfig, uri: string): boolean {
  if (config.redirectUris !== undefined) return config.redirectUris.includes(uri);
  try {
    const url = new URL(uri);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "localhost";
  } catch {
    return false;
  }
}

/** Handles `GET /authorize?client_id=...&response_type=code&redirect_uri=...`. */
export function authorize(
  config: AccountsConfig,
  store: TokenStore,
  query: URLSearchParams,
): PlainResponse {
  const clientId = query.get("client_id") ?? "";
  const redirectUri = query.get("redirect_uri") ?? "";
  // Errors about the client or the redirect target cannot be redirected: the page says so.
  if (clientId !== config.clientId) {
    return {
      status: 400,
      headers: { "content-type": "text/plain" },
      body: "INVALID_CLIENT: Invalid client",
    };
  }
  if (!redirectAllowed(config, redirectUri)) {
    return {
      status: 400,
      headers: { "content-type": "text/plain" },
      body: "INVALID_CLIENT: Invalid redirect URI",
    };
  }
  const target = new URL(redirectUri);
  const state = query.get("state");
  if (state !== null) target.searchParams.set("state", state);
  if (query.get("response_type") !== "code") {
    target.searchParams.set("error", "unsupported_response_type");
    return redirect(target);
  }
  const challenge = query.get("code_challenge") ?? undefined;
  if (challenge !== undefined && query.get("code_challenge_method") !== "S256") {
    target.searchParams.set("error", "invalid_request");
    return redirect(target);
  }
  if (config.denyAuthorization()) {
    target.searchParams.set("error", "access_denied");
    return redirect(target);
  }
  const code = store.issueCode({
    clientId,
    redirectUri,
    scope: query.get("scope") ?? "",
    codeChallenge: challenge,
  });
  target.searchParams.set("code", code);
  return redirect(target);
}

/** Who the client says it is: Basic credentials or `client_id` in the body. */
function clientOf(
  config: AccountsConfig,
  authorization: string | undefined,
  form: URLSearchParams,
): { clientId: string; authenticated: boolean } | PlainResponse {
  if (authorization?.startsWith("Basic ")) {
    const decoded = Buffer.from(authorization.slice(6), "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    const id = colon < 0 ? decoded : decoded.slice(0, colon);
    const secret = colon < 0 ? "" : decoded.slice(colon + 1);
    if (id !== config.clientId || !sameSecret(secret, config.clientSecret)) {
      return oauthError(400, "invalid_client", "Invalid client");
    }
    return { clientId: id, authenticated: true };
  }
  const id = form.get("client_id");
  if (id === null) return oauthError(400, "invalid_client", "Missing client authentication");
  if (id !== config.clientId) return oauthError(400, "invalid_client", "Invalid client");
  // Credentials in the body (client_secret_post) work too, although Spotify documents Basic.
  const secret = form.get("client_secret");
  if (secret !== null && !sameSecret(secret, config.clientSecret)) {
    return oauthError(400, "invalid_client", "Invalid client secret");
  }
  return { clientId: id, authenticated: secret !== null };
}

/** A token response; `scope` is left out for client credentials, which grant no user scopes. */
function tokenBody(store: TokenStore, scope: string | undefined, refresh?: string): PlainResponse {
  const { token, expiresIn } = store.issueAccess(scope ?? "");
  const body: Record<string, string | number> = {
    access_token: token,
    token_type: "Bearer",
    expires_in: expiresIn,
  };
  if (scope !== undefined) body.scope = scope;
  if (refresh !== undefined) body.refresh_token = refresh;
  return {
    status: 200,
    headers: { ...JSON_TYPE, "cache-control": "no-store" },
    body: JSON.stringify(body),
  };
}

/** Handles `POST /api/token` (form-encoded). */
export function token(
  config: AccountsConfig,
  store: TokenStore,
  contentType: string | undefined,
  authorization: string | undefined,
  rawBody: string,
): PlainResponse {
  if (!contentType?.startsWith("application/x-www-form-urlencoded")) {
    return oauthError(400, "invalid_request", "Body must be application/x-www-form-urlencoded");
  }
  const form = new URLSearchParams(rawBody);
  const client = clientOf(config, authorization, form);
  if ("status" in client) return client;
  const grantType = form.get("grant_type");
  switch (grantType) {
    case "client_credentials":
      if (!client.authenticated) return oauthError(400, "invalid_client", "Invalid client");
      return tokenBody(store, undefined);
    case "authorization_code": {
      const grant = store.consumeCode(form.get("code") ?? "");
      if (grant === undefined || grant.clientId !== client.clientId) {
        return oauthError(400, "invalid_grant", "Invalid authorization code");
      }
      if (grant.redirectUri !== form.get("redirect_uri")) {
        return oauthError(400, "invalid_grant", "Invalid redirect URI");
      }
      if (grant.codeChallenge !== undefined) {
        const verifier = form.get("code_verifier") ?? "";
        if (s256(verifier) !== grant.codeChallenge) {
          return oauthError(400, "invalid_grant", "code_verifier was incorrect");
        }
      } else if (!client.authenticated) {
        // Without PKCE only a confidential client may redeem a code.
        return oauthError(400, "invalid_client", "Invalid client");
      }
      return tokenBody(store, grant.scope, store.issueRefresh(client.clientId, grant.scope));
    }
    case "refresh_token": {
      const rotate = config.rotateRefreshTokens;
      const grant = store.redeemRefresh(form.get("refresh_token") ?? "", client.clientId, rotate);
      if (grant === undefined) return oauthError(400, "invalid_grant", "Invalid refresh token");
      // Without rotation Spotify omits refresh_token and the client keeps the one it has.
      const next = rotate ? store.issueRefresh(client.clientId, grant.scope) : undefined;
      return tokenBody(store, grant.scope, next);
    }
    default:
      return oauthError(
        400,
        "unsupported_grant_type",
        `grant_type must be client_credentials, authorization_code or refresh_token`,
      );
  }
}
