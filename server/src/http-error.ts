/**
 * An error a handler throws on purpose: its status, code and message go to the client as they are
 * (errors.ts answers it). A module of its own so that code running outside the HTTP layer, such as a push
 * in PGlite's worker thread, can throw it without loading the HTTP layer's packages.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
    /** Headers for the answer, such as Retry-After on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}
