/**
 * JSON bodies with a bounded nesting depth. Tijdig's deepest document (a care plan) nests about ten
 * levels; a body of 20 KB of brackets nests thousands deep and made later recursive code overflow its
 * stack (a 500). The depth is measured on the raw text, before anything recursive sees it.
 */
import type { FastifyInstance } from 'fastify';
import { HttpError } from '../errors';

export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of arrays and objects in JSON text, counting brackets outside strings. */
export function jsonNestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let isInString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (isInString) {
      if (char === '\\') index += 1;
      else if (char === '"') isInString = false;
    } else if (char === '"') {
      isInString = true;
    } else if (char === '[' || char === '{') {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (char === ']' || char === '}') {
      depth -= 1;
    }
  }
  return deepest;
}

/** Replaces Fastify's JSON parser by the same parser behind a depth check (400 tooDeep). */
export function installJsonDepthLimit(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (jsonNestingDepth(text) > MAX_JSON_DEPTH) {
      done(new HttpError(400, 'tooDeep', `The body nests deeper than ${MAX_JSON_DEPTH} levels.`), undefined);
      return;
    }
    void parseJson(request, text, done);
  });
}
