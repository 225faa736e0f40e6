/** Small helpers shared by the mock's tests: real HTTP with the global fetch, nothing patched. */
import type { MockSpotify } from "../../src/testing/index.js";

/** GET (or another method) on the mock API with a freshly issued token. */
export async function call(
  mock: MockSpotify,
  path: string,
  init: { method?: string; body?: unknown; token?: string } = {},
): Promise<Response> {
  const token = init.token ?? mock.issueToken();
  const headers: Record<string, string> = { authorization: `Bearer ${token}` };
  let body: string | undefined;
  if (init.body !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(init.body);
  }
  return fetch(path.startsWith("http") ? path : `${mock.baseUrl}${path}`, {
    method: init.method ?? "GET",
    headers,
    ...(body === undefined ? {} : { body }),
  });
}

/** Reads a JSON body as a plain record (tests index into it freely). */
export async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

/** Narrowing accessor for nested test data. */
export function field<T = unknown>(value: unknown, ...path: (string | number)[]): T {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== "object" || current === null) {
      throw new TypeError(`no ${String(key)} in ${JSON.stringify(current)?.slice(0, 80)}`);
    }
    current = (current as Record<string | number, unknown>)[key];
  }
  return current as T;
}
