/**
 * The shared tablet in the meeting room: it locks after the idle time, also offline, hides every patient
 * detail, and opens again with the account's password, checked on the device itself.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LockScreen } from './pages/LockScreen';
import { accessibilityViolations } from './support/accessibility';
import { aPatient, listNameOf } from './support/patients';
import { PASSWORD } from './support/server';

/** The idle time of this device, set as Instellingen would store it; seconds so the test need not wait minutes. */
async function setIdleSeconds(page: Page, seconds: number): Promise<void> {
  await page.evaluate((idleSeconds) => {
    localStorage.setItem(
      'tijdig.lock',
      JSON.stringify({ state: { isLocked: false, failedTries: 0, idleSeconds }, version: 0 }),
    );
  }, seconds);
}

test.describe('Device lock', () => {
  test.use({ signedInAs: null });

  test('a shared tablet locks after idle while offline and unlocks with the password', async ({
    page,
    context,
    server,
    registerPage,
    addPatient,
  }) => {
    const tablet = await server.createAccount('poh', 'Tessa Tablet', { isSharedDevice: true });
    const patient = aPatient();
    const lockScreen = new LockScreen(page);
    await lockScreen.signInOnThisDevice(tablet.email, PASSWORD);
    await registerPage.goto();
    await addPatient(patient);
    await page.goto('/instellingen');
    const idleTime = page.getByRole('combobox', { name: 'Vergrendelen na' });
    await expect(idleTime).toHaveValue('300');
    await idleTime.scrollIntoViewIfNeeded();
    await page.screenshot({ path: 'test-results/screenshots/device-lock-setting.png' });
    await setIdleSeconds(page, 5);
    // Online and not locked by anyone: the reload opens silently with the server's device key.
    await registerPage.goto();
    await registerPage.expectListed(listNameOf(patient));

    await context.setOffline(true);
    await lockScreen.expectLocked({ timeout: 20_000 });
    await expect(page.getByText('Aangemeld als Tessa Tablet, Huisartsenpraktijk De Linde.')).toBeVisible();
    expect(await page.content(), 'no patient detail anywhere in the page').not.toContain(patient.familyName);
    await page.screenshot({ path: 'test-results/screenshots/device-lock.png' });
    expect(await accessibilityViolations(page)).toEqual([]);

    await lockScreen.tryPassword('niet mijn wachtwoord');
    await expect(
      page.getByText('Dit wachtwoord klopt niet. Nog 4 pogingen voordat dit apparaat wordt gewist.'),
    ).toBeVisible();
    await lockScreen.unlock(PASSWORD);
    await registerPage.expectListed(listNameOf(patient));
  });
});
