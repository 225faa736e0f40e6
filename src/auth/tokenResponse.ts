/**
 * Turning the accounts service's answers into a {@link TokenInfo} or a typed error.
 *
 * Nothing from a successful body is ever copied into an error: it holds the tokens. Error bodies
 * are reduced to OAuth's `error` and `error_description`, which carry no secrets.
 */
import * as v from "valibot";
import {
  AuthenticationError,
  errorFromResponse,
  OAuthError,
  type SpotifyError,
} from "../errors.js";
import type { TokenInfo } from "./types.js";

const TokenResponseSchema = v.object({
  access_token: v.pipe(v.string(), v.minLength(1)),
  token_type: v.optional(v.string()),
  expires_in: v.pipe(v.number(), v.finite(), v.minValue(0)),
  refresh_token: v.optional(v.string()),
  scope: v.optional(v.string()),
});

const OAuthErrorBodySchema = v.object({
  error: v.pipe(v.string(), v.minLength(1)),
  error_description: v.optional(v.string()),
});

/** OAuth's error body (RFC 6749 section 5.2), reduced to the two fields that are safe to keep. */
export type OAuthErrorBody = v.InferOutput<typeof OAuthErrorBodySchema>;

/**
 * Reads a successful token response. A refresh response may omit `refresh_token` (no rotation)
 * and `scope`; both are then carried over from `previous`.
 */
export function tokenFromResponse(
  body: unknown,
  nowMs: number,
  previous: TokenInfo | undefined,
): TokenInfo {
  const parsed = v.safeParse(TokenResponseSchema, body);
  if (!parsed.success) {
    // The body is deliberately left out: a half-valid token response can still hold a token.
    throw new AuthenticationError(
      "The Spotify accounts service answered the token request with a body that is not a token response",
      { status: 200, method: "POST" },
    );
  }
  const token = parsed.output;
  return {
    accessToken: token.access_token,
    expiresAt: Math.floor(nowMs / 1000) + token.expires_in,
    refreshToken: token.refresh_token || previous?.refreshToken,
    scope: token.scope ?? previous?.scope,
    tokenType: token.token_type,
  };
}

/** `{ error, error_description }` when the body is OAuth-shaped, else `undefined`. */
export function readOAuthErrorBody(body: unknown): OAuthErrorBody | undefined {
  const parsed = v.safeParse(OAuthErrorBodySchema, body);
  if (!parsed.success) return undefined;
  const { error, error_description } = parsed.output;
  return error_description === undefined ? { error } : { error, error_description };
}

/** Builds an {@link OAuthError} whose message names the code and Spotify's description. */
export function oauthErrorFrom(
  oauth: OAuthErrorBody,
  context: { status?: number | undefined; url?: string | undefined; prefix: string },
): OAuthError {
  const description = oauth.error_description ? `: ${oauth.error_description}` : "";
  return new OAuthError(`${context.prefix} (${oauth.error}${description})`, {
    status: context.status,
    oauthError: oauth.error,
    errorDescription: oauth.error_description,
    body: oauth,
    method: context.status === undefined ? undefined : "POST",
    url: context.url,
  });
}

/** Maps a failed token response onto the SDK's error classes. */
export function tokenEndpointError(
  failure: { status: number; body: unknown; headers: Headers; url: string },
  retryAfter: number | undefined,
): SpotifyError {
  const oauth = readOAuthErrorBody(failure.body);
  const { status, url } = failure;
  // Rate limits and outages are not authentication problems: let the shared factory classify them.
  if (status === 429 || status >= 500) {
    return errorFromResponse({
      status,
      body: oauth,
      headers: failure.headers,
      method: "POST",
      url,
      retryAfter,
    });
  }
  if (oauth) {
    return oauthErrorFrom(oauth, {
      status,
      url,
      prefix: "The Spotify accounts service refused the token request",
    });
  }
  return new AuthenticationError(
    `The Spotify accounts service answered the token request with status ${status}`,
    { status, method: "POST", url },
  );
}
