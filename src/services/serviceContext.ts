/**
 * Connects the service namespaces to a client: response schemas when `validateResponses` is on,
 * and the provider's granted scopes when `checkScopes` is on. Input checks live in preflight.ts,
 * which buildServices.ts loads on the first call.
 */
import type { AuthProvider } from "../auth/types.js";
import { onDemand } from "../core/onDemand.js";
import { SpotifyConfigurationError } from "../errors.js";
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

/**
 * The response checker, imported on the first checked response rather than with the client:
 * building every response schema costs startup time, and a bundler can split them out of the
 * initial load.
 */
const loadResponseCheck = onDemand(() => import("./responseCheck.js"));

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
    grantedScopes: () => (options.checkScopes ? provider.getGrantedScopes?.() : undefined),
  };
  if (options.validateResponses) {
    // Start loading the response schemas while the request is in flight, not after it answered;
    // a failed load surfaces from checkResponse, not here.
    context.call = (id, input, callOptions) => {
      loadResponseCheck().catch(() => {});
      return call(id, input, callOptions);
    };
    context.checkResponse = async (id, method, response, data) => {
      (await loadResponseCheck()).checkResponseBody(id, method, response, data);
    };
  }
  return context;
}
