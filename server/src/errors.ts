/**
 * Every error leaves the server as { code, message } with a 4xx status where the client is at fault.
 * Stack traces and internal messages stay in the log.
 */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { ApiError } from '../../src/domain';
import { HttpError } from './http-error';

// Thrown all over the server; kept importable from here.
export { HttpError };

const FASTIFY_CLIENT_ERRORS: Readonly<Record<string, { status: number; code: string; message: string }>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'malformedJson',
    message: 'The body is not valid JSON.',
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'emptyBody', message: 'The body is empty.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'bodyTooLarge', message: 'The body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'unsupportedMediaType',
    message: 'Send the body as application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'badContentLength',
    message: 'The Content-Length does not match the body.',
  },
};

/**
 * PostgreSQL's SQLSTATEs for text it cannot store (a NUL character in text or jsonb). They come from the
 * client's input, so they are a 400, not a server fault. (A push refuses such a change per mutation.)
 */
const UNSTORABLE_TEXT_STATES = new Set(['22021', '22P05']);

function issuesOf(error: FastifyError): ApiError['issues'] {
  return (error.validation ?? []).map((issue) => ({
    path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
    code: issue.message ?? 'invalid',
  }));
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler<FastifyError>((error, request, reply) => {
    if (error instanceof HttpError) {
      return reply
        .code(error.statusCode)
        .headers(error.headers)
        .send({ code: error.code, message: error.message, ...error.extra } satisfies ApiError);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return reply.code(400).send({
        code: 'invalid',
        message: `The ${error.validationContext ?? 'request'} does not match the schema.`,
        issues: issuesOf(error),
      } satisfies ApiError);
    }
    if (UNSTORABLE_TEXT_STATES.has(error.code)) {
      return reply
        .code(400)
        .send({ code: 'invalid', message: 'The request contains a NUL character, which cannot be stored.' });
    }
    const known = FASTIFY_CLIENT_ERRORS[error.code];
    if (known) return reply.code(known.status).send({ code: known.code, message: known.message });
    if (error.statusCode === 429) {
      return reply
        .code(429)
        .send({ code: 'tooManyRequests', message: 'Too many attempts; try again later.' });
    }
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply
        .code(error.statusCode)
        .send({ code: 'badRequest', message: 'The request was not understood.' });
    }
    request.log.error({ err: error }, 'unhandled error');
    return reply.code(500).send({ code: 'internal', message: 'Something went wrong on the server.' });
  });
}
