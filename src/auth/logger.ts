/** Where the auth modules report things that are worth a human's attention but not an error. */
export interface AuthLogger {
  warn(message: string): void;
  info?(message: string): void;
}

/** Logs through `console`, which exists in every runtime the SDK supports. */
export const consoleLogger: AuthLogger = {
  warn: (message) => console.warn(`[spotify-ts-sdk] ${message}`),
  info: (message) => console.info(`[spotify-ts-sdk] ${message}`),
};
