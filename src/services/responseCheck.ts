/**
 * Response validation (`validateResponses: true`): a response body is checked against the schema
 * the document gives its status. serviceContext.ts imports this module on the first checked
 * response, since it pulls in valibot and every response schema.
 */
import * as v from "valibot";
import { responseSchemas } from "../../generated/schemaTable.js";
import { describeIssues } from "../core/issuePath.js";
import { SpotifyValidationError } from "../errors.js";

type ResponseTable = Record<string, Record<string, v.GenericSchema | undefined> | undefined>;

/** Throws SpotifyValidationError, naming the failing field, when `data` does not match. */
export function checkResponseBody(
  id: string,
  method: string,
  response: Response,
  data: unknown,
): void {
  const status = response.status;
  const byStatus = (responseSchemas as unknown as ResponseTable)[id];
  const schema = responseSchema(byStatus, status, data);
  if (schema === undefined) return;
  const result = v.safeParse(schema, data);
  if (result.success) return;
  const { path, message } = describeIssues(result.issues);
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  throw new SpotifyValidationError(
    `${id}: the response does not match the schema at ${path}: ${message}`,
    {
      path,
      status,
      body: data,
      headers,
      method,
      url: response.url || undefined,
    },
  );
}

/**
 * The schema a response is checked against: the one documented for its status; for a 2xx the
 * document does not list (a proxy's 203, a 200 where Spotify documents 201), the documented
 * success schema, so an undocumented status cannot wave a body through unchecked. A bodiless 204
 * stays valid: it is how Spotify says "nothing" (no active device), and it carries no content.
 */
function responseSchema(
  byStatus: Record<string, v.GenericSchema | undefined> | undefined,
  status: number,
  data: unknown,
): v.GenericSchema | undefined {
  if (byStatus === undefined) return undefined;
  const documented = byStatus[String(status)];
  if (documented !== undefined || status < 200 || status > 299) return documented;
  if (status === 204 && data === undefined) return undefined;
  const success = Object.keys(byStatus).find((key) => /^2\d\d$/.test(key));
  return success === undefined ? undefined : byStatus[success];
}
