import react from '@vitejs/plugin-react';
import { configDefaults, defineConfig } from 'vitest/config';

/** Test files of plain logic, run in Node (the `logic` project below). */
const LOGIC_TESTS = ['src/domain/**/*.test.ts', 'src/lib/**/*.test.ts'];

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
          environment: 'jsdom',
          // Worker threads instead of child processes: the 166 jsdom files took 233 s instead of 299 s on
          // two cores, with the same isolation (each file its own module graph and jsdom). The server
          // project stays in processes: its tests start servers, PGlite workers and child processes.
          pool: 'threads',
          setupFiles: ['src/test/setup.ts'],
          include: ['src/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...LOGIC_TESTS],
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
