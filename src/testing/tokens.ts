/**
 * The accounts service's memory: issued access tokens, refresh tokens and authorization codes.
 * Token strings come from `node:crypto` (never `Math.random`) because tests may log them and a
 * guessable token would hide bugs in redaction; they are the only non-seeded output of the mock.
 */
import { createHash, randomBytes } from "node:crypto";

/** Why an access token was refused, mapped to Spotify's 401 messages. */
export type TokenProblem = "missing" | "invalid" | "expired";

interface AccessGrant {
  expiresAtMs: number;
  scope: string;
}

/** A pending authorization code, as /authorize left it. */
export interface CodeGrant {
  clientId: string;
  redirectUri: string;
  scope: string;
  codeChallenge: string | undefined;
  expiresAtMs: number;
}

/** Spotify's authorization codes live for ten minutes. */
const CODE_LIFETIME_MS = 10 * 60_000;

function opaque(prefix: string): string {
  return `${prefix}${randomBytes(24).toString("base64url")}`;
}

/** `BASE64URL(SHA256(verifier))`, the S256 transform of RFC 7636. */
export function s256(verifier: string): string {
  return createHash("sha256").update(verifier).digest("base64url");
}

/** Issued tokens and codes of one mock. */
export class TokenStore {
  readonly #access = new Map<string, AccessGrant>();
  readonly #refresh = new Map<string, { clientId: string; scope: string }>();
  readonly #codes = new Map<string, CodeGrant>();

  constructor(
    private readonly now: () => number,
    private readonly lifetimeSeconds: number,
  ) {}

  /** Issues an access token valid for `lifetimeSeconds` (default: the mock's lifetime). */
  issueAccess(
    scope: string,
    lifetimeSeconds = this.lifetimeSeconds,
  ): { token: string; expiresIn: number } {
    const token = opaque("mock-at-");
    this.#access.set(token, { expiresAtMs: this.now() + lifetimeSeconds * 1000, scope });
    return { token, expiresIn: lifetimeSeconds };
  }

  /** Issues a refresh token bound to `clientId`. */
  issueRefresh(clientId: string, scope: string): string {
    const token = opaque("mock-rt-");
    this.#refresh.set(token, { clientId, scope });
    return token;
  }

  /**
   * Redeems a refresh token. With `rotate` (the default) the old token dies here, so a client that
   * keeps using it finds out in tests rather than in production; without, it stays valid.
   */
  redeemRefresh(token: string, clientId: string, rotate: boolean): { scope: string } | undefined {
    const grant = this.#refresh.get(token);
    if (grant === undefined || grant.clientId !== clientId) return undefined;
    if (rotate) this.#refresh.delete(token);
    return { scope: grant.scope };
  }

  /** Stores a new single-use authorization code. */
  issueCode(grant: Omit<CodeGrant, "expiresAtMs">): string {
    const code = opaque("mock-code-");
    this.#codes.set(code, { ...grant, expiresAtMs: this.now() + CODE_LIFETIME_MS });
    return code;
  }

  /** Takes a code out of the store: a second use fails even if the first exchange failed. */
  consumeCode(code: string): CodeGrant | undefined {
    const grant = this.#codes.get(code);
    this.#codes.delete(code);
    if (grant === undefined || grant.expiresAtMs <= this.now()) return undefined;
    return grant;
  }

  /** Checks a bearer token: its granted scopes, or why it is refused. */
  inspect(
    token: string | undefined,
  ): { ok: true; scope: string } | { ok: false; problem: TokenProblem } {
    if (token === undefined || token === "") return { ok: false, problem: "missing" };
    const grant = this.#access.get(token);
    if (grant === undefined) return { ok: false, problem: "invalid" };
    if (grant.expiresAtMs <= this.now()) return { ok: false, problem: "expired" };
    return { ok: true, scope: grant.scope };
  }
}
