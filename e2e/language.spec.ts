import { expect, test } from './fixtures';
import { LanguageSetting } from './pages/LanguageSetting';
import { LockScreen } from './pages/LockScreen';
import { PASSWORD } from './support/server';
import { waitUntilReadyForOffline } from './support/service-worker';

/** English is not in the first load: it is fetched when chosen and kept by the service worker. */
test.describe('Choosing English', () => {
  test('once chosen online, the app starts in English offline too', async ({ page, context, account }) => {
    const lockScreen = new LockScreen(page);
    const language = new LanguageSetting(page);
    await lockScreen.signInOnThisDevice(account?.email ?? '', PASSWORD);
    await waitUntilReadyForOffline(page);

    await language.goto();
    await language.choose('English');
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();

    await context.setOffline(true);
    // Forget the browser's HTTP cache, so only the service worker can answer for the English texts.
    await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
    await page.reload();
    // The lock screen itself speaks English: the texts came from the service worker's cache.
    await expect(page.getByRole('heading', { level: 1, name: 'Tijdig is locked' })).toBeVisible();
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByRole('navigation', { name: 'Main menu' })).toBeVisible();
  });

  test('offline on a device that never used English, the app stays Dutch and says why', async ({
    page,
    context,
    account,
  }) => {
    const lockScreen = new LockScreen(page);
    const language = new LanguageSetting(page);
    await lockScreen.signInOnThisDevice(account?.email ?? '', PASSWORD);
    await waitUntilReadyForOffline(page);
    await language.goto();

    await context.setOffline(true);
    await language.choose('English');
    await language.expectUnavailableNote();
    await expect(page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Nederlands' })).toBeChecked();
  });
});
