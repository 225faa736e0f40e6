/**
 * Reading configuration from the environment without assuming Node: browsers and some edge
 * runtimes have no `process`, and bundlers must not be asked to polyfill it.
 */

/** Environment variables, as `process.env` holds them; inject one in tests. */
export type EnvSource = Readonly<Record<string, string | undefined>>;

// The variables the auth providers read. Explicit options always win over them.
/** Client ID, read by both providers. */
export const ENV_CLIENT_ID = "SPOTIFY_SDK_CLIENT_ID";
/** Client secret, read by both providers (its presence turns PKCE off by default). */
export const ENV_CLIENT_SECRET = "SPOTIFY_SDK_CLIENT_SECRET";
/** Redirect URI, read by the authorization code provider only. */
export const ENV_REDIRECT_URI = "SPOTIFY_SDK_REDIRECT_URI";

/**
 * The process environment when there is one, else an empty object.
 *
 * @example readEnv(ENV_CLIENT_ID, defaultEnv())
 */
export function defaultEnv(): EnvSource {
  const holder = globalThis as { process?: { env?: EnvSource } };
  return holder.process?.env ?? {};
}

/** A variable's value, or `undefined` when it is unset or blank. */
export function readEnv(name: string, env: EnvSource): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

/** The first non-empty value: the explicit option, else the environment variable. */
export function optionOrEnv(
  explicit: string | undefined,
  name: string,
  env: EnvSource,
): string | undefined {
  const trimmed = explicit?.trim();
  return trimmed ? trimmed : readEnv(name, env);
}
