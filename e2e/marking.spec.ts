import { expect, test } from './fixtures';
import { QuickMarkDialog } from './pages/QuickMarkDialog';
import { waitUntilReadyForOffline } from './support/service-worker';

test.describe('Quick-mark', () => {
  test('a GP quick-marks a new patient offline, by keyboard only, and finds them under Gemarkeerd after reload', async ({
    page,
    context,
    appShell,
    registerPage,
  }) => {
    // The GP's name is on the device already (Instellingen), as on any practice PC in use.
    await page.addInitScript(() => {
      localStorage.setItem(
        'tijdig.profile',
        JSON.stringify({ state: { name: 'Dr. A. Bakker', role: 'huisarts' }, version: 0 }),
      );
    });
    await registerPage.goto();
    await waitUntilReadyForOffline(page);
    await context.setOffline(true);
    await appShell.expectOffline();

    const quickMark = new QuickMarkDialog(page);
    await quickMark.openWithShortcut();
    await quickMark.typeName('Gerda van Dijk');
    await quickMark.chooseNewPatient('Gerda van Dijk');
    await quickMark.typeBirthDate('12-04-1941');
    await quickMark.answerSurpriseQuestion('Nee');
    await quickMark.mark();
    await quickMark.expectConfirmed('Gerda van Dijk', 'Geel');
    expect(quickMark.interactions, 'choices after typing the name').toBeLessThanOrEqual(4);

    await page.keyboard.press('Escape');
    await page.reload();
    await registerPage.expectLoaded();
    await appShell.expectOffline();
    await registerPage.show('Gemarkeerd');
    await registerPage.expectListed('Dijk, Gerda van');
    await expect(registerPage.row('Dijk, Gerda van')).toContainText('Gemarkeerd sinds');
    await expect(registerPage.row('Dijk, Gerda van')).toContainText('Geel');
  });
});
