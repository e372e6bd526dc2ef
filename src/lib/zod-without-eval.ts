/**
 * Zod compiles a fast parser per object schema with `new Function` when the page allows it, and finds out by
 * trying once. The app's Content-Security-Policy allows no eval (server/src/http/security-headers.ts), so
 * that try is refused, and the browser reports the refusal as a CSP violation although zod catches it.
 * Switching the compiler off before any schema runs skips the try; parsing is then what it is under the
 * CSP anyway (the server, without a CSP, keeps zod's compiled parsers).
 *
 * Imported first by main.tsx and by the pull reader's worker (src/db/pulled-reader), without importing zod
 * (the early start script, app/start-early.ts, loads none):
 * zod and the schemas load with the screens and the sync engine after the first paint, and importing even
 * zod's `config` here pulled 3.7 KiB of it into the first bundle. Zod keeps its configuration in one object
 * on `globalThis`, which it takes over when it loads (so that copies of zod share it); setting `jitless` on
 * that object works whether zod loaded before or after.
 */
const slot = globalThis as { __zod_globalConfig?: Record<string, unknown> };
slot.__zod_globalConfig ??= {};
slot.__zod_globalConfig.jitless = true;

// An ES module, imported for the effect above.
export {};
