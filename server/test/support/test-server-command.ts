/**
 * The real server from its sources (through tsx) as production starts it: PGlite's WebAssembly compiled
 * once, optimized (compileOptimized, store/pglite.ts), which costs about 1.2 s at start.
 */
export const PRODUCTION_SERVER_ARGS: readonly string[] = ['--import', 'tsx', 'server/src/main.ts'];

/**
 * The arguments that start the real server from its sources (through tsx) for a test that needs a process
 * of its own: the data directory lock's. The end-to-end tests run the built server instead (below).
 *
 * `--liftoff-only`: PGlite's WebAssembly runs on V8's baseline compiler alone. Optimising its hot
 * functions in the background cost each start about 1.3 of its 6.2 s of CPU, for a server that lives one
 * test; nine end-to-end tests took 125 and 135 s of CPU with the flag against 150 and 137 s without. The
 * server's own choice (PRODUCTION_SERVER_ARGS) yields to the flag.
 */
export const TEST_SERVER_ARGS: readonly string[] = ['--liftoff-only', ...PRODUCTION_SERVER_ARGS];

/**
 * The built server (scripts/build-server.mjs), as `npm start` runs it, with the same flag: the end-to-end
 * tests' servers (`npm run e2e` builds it before the tests).
 */
export const BUILT_SERVER_ARGS: readonly string[] = ['--liftoff-only', 'server/dist/main.mjs'];
