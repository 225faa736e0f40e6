/**
 * Removes credentials from text the SDK logs or keeps on errors (URLs, messages). Its own module,
 * apart from the logger, because every error carries a redacted URL: code loaded on demand
 * imports the errors, and with them only this, not the logger.
 */

// `Bearer <token>`, `Basic <credentials>`, URL query secrets (an OAuth `code`) and JSON/form
// fields that hold secrets.
const SECRET_PATTERNS: readonly RegExp[] = [
  /\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]+/gi,
  /([?&](?:code|access_token|refresh_token|client_secret|code_verifier)=)[^&\s#]+/gi,
  /("?(?:access_token|refresh_token|client_secret|code_verifier|authorization)"?\s*[:=]\s*"?)[^"&\s,}]+/gi,
];

/**
 * Replaces credentials in a log message or URL with `[redacted]`.
 *
 * @example redactSecrets("Authorization: Bearer abc") // "Authorization: Bearer [redacted]"
 */
export function redactSecrets(text: string): string {
  let out = text;
  for (const pattern of SECRET_PATTERNS) {
    out = out.replace(pattern, (_match, prefix: string) =>
      /^(Bearer|Basic)$/i.test(prefix) ? `${prefix} [redacted]` : `${prefix}[redacted]`,
    );
  }
  return out;
}
