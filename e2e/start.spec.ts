/**
 * The start of a signed-in device that has no data yet (a first visit): its first questions to the server
 * (the session, and the key made for this new device) and the creation of its database come from the early
 * script index.html loads beside the app's bundle (src/app/start-early.ts), so they do not wait for that
 * bundle. Here the bundle is held back until the key has been asked for and the database exists; without
 * the early script neither happens while the bundle waits, and the test fails at the deadline.
 */
import type { Request } from '@playwright/test';
import { expect, test } from './fixtures';

/** Long enough for the early script on a loaded CI machine, short enough to fail quickly without it. */
const KEY_REQUEST_DEADLINE_MS = 15_000;

test('a new device asks for its key and makes its database while the app bundle is on its way, then shows the register', async ({
  page,
  registerPage,
}) => {
  const appBundle = /\/assets\/index-[\w-]+\.js$/;
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let isBundleHeld = false;
  await page.route(appBundle, async (route) => {
    isBundleHeld = true;
    await held;
    await route.continue();
  });
  const keyRequest = page.waitForRequest(
    (request: Request) => request.url().endsWith('/api/auth/device-key') && request.method() === 'POST',
    { timeout: KEY_REQUEST_DEADLINE_MS },
  );

  await page.goto('/', { waitUntil: 'commit' });
  let asked: Request;
  try {
    asked = await keyRequest;
    await expect
      .poll(() => page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name)), {
        message: 'the device database, made while the bundle waits',
        timeout: KEY_REQUEST_DEADLINE_MS,
      })
      .toContain('tijdig');
    // The bundle was asked for and is held back (not released before the finally below): the key and the
    // database came without it.
    expect(isBundleHeld).toBe(true);
  } finally {
    release();
  }
  // The key is made for the id this device's database then takes: the register opens with it.
  expect((await (await asked.response())?.json()) as unknown).toEqual({ key: expect.any(String) });
  await registerPage.expectLoaded();
  await expect(page.getByText('Er staan nog geen patiënten in')).toBeVisible();
});
