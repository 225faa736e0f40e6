/**
 * PKCE (RFC 7636) and `state` generation on WebCrypto, so the same code runs in browsers, Node
 * and edge runtimes. Every random value comes from `crypto.getRandomValues` (never Math.random).
 */

import { SpotifyError } from "../errors.js";

/** Random bytes behind a code verifier: 64 bytes = 512 bits, 86 base64url characters. */
const VERIFIER_BYTES = 64;
/** Random bytes behind a `state` value: 128 bits is far beyond guessing within one sign-in. */
const STATE_BYTES = 16;

function webCrypto(): Crypto {
  const crypto = globalThis.crypto;
  if (!crypto?.getRandomValues || !crypto.subtle) {
    // No fallback on purpose: Math.random is not an acceptable source for secrets.
    throw new SpotifyError(
      "spotify-ts-sdk/auth needs WebCrypto (globalThis.crypto with subtle); use a secure context (https) in browsers",
    );
  }
  return crypto;
}

/** Standard base64 (RFC 4648 section 4), built on `btoa` so no Buffer is needed. */
function base64Encode(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/** Base64url without padding (RFC 4648 section 5). */
export function base64UrlEncode(bytes: Uint8Array): string {
  return base64Encode(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** `count` bytes from the platform CSPRNG, base64url-encoded. */
export function randomBase64Url(count: number): string {
  return base64UrlEncode(webCrypto().getRandomValues(new Uint8Array(count)));
}

/**
 * A fresh PKCE code verifier: 86 characters of the unreserved set, 512 bits of entropy
 * (RFC 7636 section 4.1 asks for 43-128 characters and at least 256 bits).
 *
 * @example const verifier = createCodeVerifier();
 */
export function createCodeVerifier(): string {
  return randomBase64Url(VERIFIER_BYTES);
}

/**
 * The S256 challenge for a verifier: base64url(SHA-256(ASCII(verifier))).
 *
 * @example await createCodeChallenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")
 * // "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"
 */
export async function createCodeChallenge(verifier: string): Promise<string> {
  const digest = await webCrypto().subtle.digest("SHA-256", new TextEncoder().encode(verifier));
  return base64UrlEncode(new Uint8Array(digest));
}

/** A fresh, unguessable `state` value for the authorization request (CSRF protection). */
export function createState(): string {
  return randomBase64Url(STATE_BYTES);
}

/** HTTP Basic credentials (RFC 7617) with UTF-8 encoding, again without Buffer. */
export function basicAuthorization(user: string, password: string): string {
  return `Basic ${base64Encode(new TextEncoder().encode(`${user}:${password}`))}`;
}
