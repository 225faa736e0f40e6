/** Where the auth modules report things that are worth a human's attention but not an error. */
export interface AuthLogger {
  /** Something that needs attention, e.g. an unreadable token cache or no browser to open. */
  warn(message: string): void;
  /** Plain progress, e.g. the sign-in URL to open; `warn` is used when absent. */
  info?(message: string): void;
}

/** Logs through `console`, which exists in every runtime the SDK supports. */
export const consoleLogger: AuthLogger = {
  warn: (message) => console.warn(`[spotify-ts-sdk] ${message}`),
  info: (message) => console.info(`[spotify-ts-sdk] ${message}`),
};
