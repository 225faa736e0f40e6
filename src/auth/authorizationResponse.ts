/**
 * Reading the redirect Spotify sends the user back with: `?code=...&state=...` on success,
 * `?error=access_denied&state=...` when the user declined (RFC 6749 section 4.1.2).
 */
import { AuthenticationError, SpotifyValidationError } from "../errors.js";
import { oauthErrorFrom } from "./tokenResponse.js";

/** The query parameters of a redirect given as a URL, a path with query, or a bare query. */
function redirectParams(urlOrQuery: string): URLSearchParams {
  const withoutFragment = urlOrQuery.split("#", 1)[0] ?? "";
  const queryStart = withoutFragment.indexOf("?");
  if (queryStart >= 0) return new URLSearchParams(withoutFragment.slice(queryStart + 1));
  // A full URL without a query carries no parameters; anything else is taken as a bare query.
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(withoutFragment)) return new URLSearchParams();
  return new URLSearchParams(withoutFragment);
}

/**
 * Checks the redirect's `state` and returns its authorization code.
 *
 * Errors never quote the code or the states: the code is a credential until it is exchanged.
 *
 * @throws OAuthError `access_denied` (or another OAuth code) when Spotify reports an error.
 * @throws AuthenticationError with reason `state_mismatch` or `missing_code`.
 */
export function codeFromRedirect(urlOrQuery: string, expectedState: string | undefined): string {
  if (!expectedState) {
    throw new SpotifyValidationError(
      "No state to check the redirect against: pass { expectedState }, the state returned by getAuthorizationUrl()",
      { path: "expectedState" },
    );
  }
  const params = redirectParams(urlOrQuery);
  // State first: a redirect we did not ask for is rejected whatever else it says (CSRF).
  if (params.get("state") !== expectedState) {
    throw new AuthenticationError(
      "The redirect's state does not match the one this sign-in started with; it may be forged or from another attempt",
      { reason: "state_mismatch" },
    );
  }
  const error = params.get("error");
  if (error !== null) {
    const description = params.get("error_description") ?? undefined;
    const prefix =
      error === "access_denied"
        ? "The user declined to authorize the app"
        : "Spotify's authorization page returned an error";
    throw oauthErrorFrom(
      description === undefined ? { error } : { error, error_description: description },
      { prefix },
    );
  }
  const code = params.get("code");
  if (!code) {
    throw new AuthenticationError("The redirect carries neither a code nor an error", {
      reason: "missing_code",
    });
  }
  return code;
}
