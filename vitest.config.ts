import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

/** Test files of plain logic, run in Node (the `logic` project below). */
export const LOGIC_TESTS = ['src/domain/**/*.test.ts', 'src/lib/**/*.test.ts'];

/**
 * App test files that need a module graph of their own: they replace modules (vi.mock; every such file
 * must be here, scripts/isolated-app-tests.test.ts checks it), or test what the app's first start loads.
 */
export const ISOLATED_APP_TESTS = [
  'src/app/first-screen-modules.test.tsx',
  'src/features/register/read-register-patients.test.ts',
  'src/features/register/signal-facts-not-loaded.test.ts',
  'src/features/mdo/meetings/MeetingPage.test.tsx',
  'src/features/account/EnrolmentQrCode.test.tsx',
  'src/sync/sync-engine-not-loaded.test.ts',
];

/** What both app projects run in: jsdom in worker threads, with the app's setup before each file. */
const APP_TEST_ENVIRONMENT = {
  environment: 'jsdom',
  // Worker threads instead of child processes: the 166 jsdom files took 233 s instead of 299 s on two cores.
  // The server project stays in processes: its tests start servers, PGlite workers and child processes.
  pool: 'threads',
  setupFiles: 'src/test/setup.ts',
} as const;

export default defineConfig({
  plugins: [react()],
  test: {
    restoreMocks: true,
    testTimeout: 20_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'app',
          ...APP_TEST_ENVIRONMENT,
          // The files of a worker share one jsdom and one module graph instead of each making its own: the
          // 128 files took 175-194 s instead of 354 s on two workers (jsdom's start and the app's setup had
          // cost 158 s of a worker). Each file still starts on a device that has seen nothing
          // (src/test/fresh-device.ts) and opens databases of its own; files passed in shuffled orders.
          isolate: false,
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...LOGIC_TESTS, ...ISOLATED_APP_TESTS],
        },
      },
      {
        extends: true,
        test: {
          name: 'app-isolated',
          ...APP_TEST_ENVIRONMENT,
          include: ISOLATED_APP_TESTS,
        },
      },
      {
        // The domain's rules and the small helpers of src/lib need no DOM, no IndexedDB and no app state: in
        // Node without jsdom and the app's setup, their 37 files took 14 s instead of 52 s on two cores (a
        // jsdom and the setup cost each file about 3 s of a worker, the tests themselves 2 s in all).
        extends: true,
        test: {
          name: 'logic',
          environment: 'node',
          pool: 'threads',
          include: LOGIC_TESTS,
        },
      },
      {
        // The sync server, on PGlite and (when TEST_DATABASE_URL is set) on real PostgreSQL.
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          // PGlite's WebAssembly on V8's baseline compiler alone: optimising its hot functions in the background
          // cost more CPU than it saved in test databases that live seconds. The project alone took 328 s
          // (360 s of CPU) with the flag against 390 s (498 s of CPU) without, on two cores.
          execArgv: ['--liftoff-only'],
          include: ['server/test/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Repository checks that run in Node, such as the import walls of eslint.config.js.
        extends: true,
        test: { name: 'scripts', environment: 'node', include: ['scripts/**/*.test.ts'] },
      },
    ],
  },
});
