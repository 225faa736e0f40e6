/**
 * Connects the service namespaces to a client: input schemas for validation before sending,
 * response schemas when `validateResponses` is on, and the provider's granted scopes when
 * `checkScopes` is on.
 */
import * as v from "valibot";
import { inputSchemas } from "../../generated/schemaTable.js";
import type { AuthProvider } from "../auth/types.js";
import { describeIssues } from "../core/issuePath.js";
import { SpotifyConfigurationError, SpotifyValidationError } from "../errors.js";
import type { ApiPromise } from "../http/apiPromise.js";
import type { CallOptions } from "../http/operationTypes.js";
import type { ServiceContext } from "./buildServices.js";
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
  let responses: Promise<ResponseTable> | undefined;
  const context: ServiceContext = {
    call,
    pageConcurrency,
    inputSchema: (id) => (inputSchemas as Record<string, v.GenericSchema | undefined>)[id],
    grantedScopes: () => (options.checkScopes ? provider.getGrantedScopes?.() : undefined),
  };
  if (options.validateResponses) {
    // Loaded on first use so that clients without response validation never pay for the schemas.
    context.checkResponse = async (id, status, data) => {
      responses ??= import("../../generated/schemaTable.js").then(
        (module) => module.responseSchemas as unknown as ResponseTable,
      );
      const schema = (await responses)[id]?.[String(status)];
      if (schema === undefined) return;
      const result = v.safeParse(schema, data);
      if (result.success) return;
      const { path, message } = describeIssues(result.issues);
      throw new SpotifyValidationError(
        `${id}: the response does not match the schema at ${path}: ${message}`,
        {
          path,
          status,
          body: data,
        },
      );
    };
  }
  return context;
}
