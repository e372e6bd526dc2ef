/**
 * Zod compiles a fast parser per object schema with `new Function` when the page allows it, and finds out by
 * trying once. The app's Content-Security-Policy allows no eval (server/src/http/security-headers.ts), so
 * that try is refused, and the browser reports the refusal as a CSP violation although zod catches it.
 * Switching the compiler off before any schema runs skips the try; parsing is then what it is under the
 * CSP anyway (the server, without a CSP, keeps zod's compiled parsers). Imported first by main.tsx.
 */
import { z } from 'zod';

z.config({ jitless: true });
