/**
 * End-to-end tests against the production build served by the real sync server (built too, as `npm
 * start` runs it), in Debian's Chromium. `npm run e2e` builds first. Each test starts a server of its own
 * (e2e/support/server.ts) on a free port, so tests share no data. One worker: the machine has two cores
 * and every test installs a service worker of its own.
 */
import { defineConfig } from '@playwright/test';

const isCI = Boolean(process.env.CI);

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  workers: 1,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  timeout: 60_000,
  expect: { timeout: 7_500 },
  reporter: isCI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    serviceWorkers: 'allow',
    // Recording a trace costs every test its DOM snapshots (a tenth to a seventh of the run's time, measured
    // on nine tests: 126 and 112 s without against 142 and 131 s with). CI retries a failing test once and
    // records that retry; a local run (no retries) keeps the trace of a test that fails.
    trace: isCI ? 'on-first-retry' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    browserName: 'chromium',
    launchOptions: {
      // Browser downloads are impossible here: always Debian's Chromium.
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
});
