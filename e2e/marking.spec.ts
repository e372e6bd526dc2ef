import { expect, test } from './fixtures';
import { LockScreen } from './pages/LockScreen';
import { QuickMarkDialog } from './pages/QuickMarkDialog';
import { PASSWORD } from './support/server';
import { waitUntilReadyForOffline } from './support/service-worker';

/** Today as the app shows it (dd-mm-jjjj), in the test's time zone. */
function todayInAmsterdam(): string {
  const parts = new Intl.DateTimeFormat('nl-NL', {
    timeZone: 'Europe/Amsterdam',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}-${part('month')}-${part('year')}`;
}

test.describe('Quick-mark', () => {
  test('a GP quick-marks a new patient offline, keyboard only, and the patient appears in Gemarkeerd after reload', async ({
    page,
    context,
    account,
    appShell,
    registerPage,
  }) => {
    const lockScreen = new LockScreen(page);
    await lockScreen.signInOnThisDevice(account?.email ?? '', PASSWORD);
    await registerPage.goto();
    await waitUntilReadyForOffline(page);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        message: 'the service worker controls the page before going offline',
      })
      .toBe(true);
    await context.setOffline(true);
    await appShell.expectOffline();

    const quickMark = new QuickMarkDialog(page);
    await quickMark.openWithShortcut();
    await quickMark.typeName('Gerda van Dijk');
    await quickMark.chooseNewPatient('Gerda van Dijk');
    await quickMark.typeBirthDate('12-04-1941');
    await quickMark.answerSurpriseQuestion('Nee');
    await quickMark.typeMarkedBy('Dr. A. Bakker');
    await quickMark.mark();
    await quickMark.expectConfirmed('Gerda van Dijk', 'Geel');
    await expect(quickMark.confirmation.getByRole('link')).toBeVisible();
    expect(
      quickMark.interactions,
      'choices after typing the name (option, Nee, Markeren)',
    ).toBeLessThanOrEqual(4);

    await page.keyboard.press('Escape');
    await expect(quickMark.dialog).toBeHidden();
    await page.reload();
    await lockScreen.unlock(PASSWORD);
    await registerPage.expectLoaded();
    await appShell.expectOffline();
    await registerPage.show('Gemarkeerd');
    await registerPage.expectListed('Dijk, Gerda van');
    // The contract reads "Gemarkeerd sinds <date> · Geel"; the colour is a separate word after the date.
    await expect(registerPage.row('Dijk, Gerda van')).toContainText(
      new RegExp(`Gemarkeerd sinds ${todayInAmsterdam()}\\s*(·\\s*)?Geel`),
    );
  });

  test('Escape in the search first closes only the list of patients, a second Escape the dialog', async ({
    page,
    account,
    registerPage,
  }) => {
    await new LockScreen(page).signInOnThisDevice(account?.email ?? '', PASSWORD);
    await registerPage.goto();
    const quickMark = new QuickMarkDialog(page);
    await quickMark.openWithShortcut();
    await quickMark.typeName('Gerda van Dijk');
    await expect(quickMark.search).toHaveAttribute('aria-expanded', 'true');
    await page.screenshot({ path: 'test-results/screenshots/quick-mark-combobox.png' });
    await page.keyboard.press('Escape');
    await expect(quickMark.search).toHaveAttribute('aria-expanded', 'false');
    await expect(quickMark.dialog).toBeVisible();
    await expect(quickMark.search).toHaveValue('Gerda van Dijk');
    await page.keyboard.press('Escape');
    await expect(quickMark.dialog).toBeHidden();
  });
});
