/**
 * Connects the service namespaces to a client: input schemas for validation before sending,
 * response schemas when `validateResponses` is on, and the provider's granted scopes when
 * `checkScopes` is on.
 */
import * as v from "valibot";
import type { AuthProvider } from "../auth/types.js";
import { describeIssues } from "../core/issuePath.js";
import { SpotifyConfigurationError, SpotifyValidationError } from "../errors.js";
import type { ApiPromise } from "../http/apiPromise.js";
import type { CallOptions } from "../http/operationTypes.js";
import type { InputSchemaTable, ServiceContext } from "./buildServices.js";
import type { OperationInputParts } from "./normalize.js";

/** The service-related client options. */
export interface ServiceOptions {
  /** Check every response body against the document's schema (unknown fields are kept). Default false. */
  validateResponses?: boolean | undefined;
  /** Refuse, before sending, calls that need a scope the token was not granted. Default false. */
  checkScopes?: boolean | undefined;
  /** Offset pages fetched at the same time while iterating a list. Default 4. */
  pageConcurrency?: number | undefined;
}

/** Default for {@link ServiceOptions.pageConcurrency}. */
export const DEFAULT_PAGE_CONCURRENCY = 4;

type ResponseTable = Record<string, Record<string, v.GenericSchema | undefined> | undefined>;

type InputTable = InputSchemaTable;

let schemaTables: Promise<{ inputs: InputTable; responses: ResponseTable }> | undefined;
/** Set once the import resolved, so later calls validate without waiting on a promise. */
let loadedInputs: InputTable | undefined;

/**
 * The generated schemas, imported on the first call rather than with the client: building ~200
 * valibot schemas costs startup time, and a bundler can split them out of the initial load.
 */
function loadSchemas(): Promise<{ inputs: InputTable; responses: ResponseTable }> {
  schemaTables ??= import("../../generated/schemaTable.js").then((module) => {
    loadedInputs = module.inputSchemas as unknown as InputTable;
    return { inputs: loadedInputs, responses: module.responseSchemas as unknown as ResponseTable };
  });
  return schemaTables;
}

/** Builds the context the namespaces call through. */
export function createServiceContext(
  options: ServiceOptions,
  provider: AuthProvider,
  call: (id: string, input: OperationInputParts, options?: CallOptions) => ApiPromise<unknown>,
): ServiceContext {
  const pageConcurrency = options.pageConcurrency ?? DEFAULT_PAGE_CONCURRENCY;
  if (!Number.isInteger(pageConcurrency) || pageConcurrency < 1 || pageConcurrency > 32) {
    throw new SpotifyConfigurationError(
      `SpotifyClient option pageConcurrency: must be an integer from 1 to 32, got ${String(pageConcurrency)}`,
      { option: "pageConcurrency" },
    );
  }
  const context: ServiceContext = {
    call,
    pageConcurrency,
    inputSchemas: () => loadedInputs ?? loadSchemas().then((schemas) => schemas.inputs),
    grantedScopes: () => (options.checkScopes ? provider.getGrantedScopes?.() : undefined),
  };
  if (options.validateResponses) {
    context.checkResponse = async (id, method, response, data) => {
      const status = response.status;
      const schema = responseSchema((await loadSchemas()).responses[id], status, data);
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
    };
  }
  return context;
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
