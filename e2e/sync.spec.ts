/**
 * Two devices, two people, one patient. Both change the same fact offline; when they come back online
 * both see the conflict with every candidate, one person picks a value, and both devices end with it.
 */
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LockScreen } from './pages/LockScreen';
import { PatientDetailPage } from './pages/PatientDetailPage';
import { PatientFormPage } from './pages/PatientFormPage';
import { RegisterPage } from './pages/RegisterPage';
import { SyncPage } from './pages/SyncPage';
import { waitUntilReadyForOffline } from './support/service-worker';
import type { NewPatient } from './support/patients';
import { PASSWORD, type Account } from './support/server';

const PATIENT: NewPatient = {
  givenName: 'Johanna',
  familyName: 'Visser',
  birthDate: '02-05-1941',
  sex: 'Vrouw',
  treatingGp: 'Dr. H. Bakker',
  contactName: 'Kees Visser',
  contactRelation: 'zoon',
  contactPhone: '06 11111111',
};

interface Device {
  context: BrowserContext;
  page: Page;
  syncPage: SyncPage;
}

async function openDevice(
  browser: Browser,
  baseURL: string,
  account: Account,
  signIn: (context: BrowserContext, account: Account) => Promise<void>,
): Promise<Device> {
  const context = await browser.newContext({ baseURL, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  await signIn(context, account);
  const page = await context.newPage();
  return { context, page, syncPage: new SyncPage(page) };
}

/** Edits the naaste's phone number on the patient's edit page, offline (the page load asks the password). */
async function changeContactPhoneOffline(device: Device, patientPath: string, phone: string): Promise<void> {
  await device.page.goto(`${patientPath}/bewerken`);
  await new LockScreen(device.page).unlock(PASSWORD);
  const form = new PatientFormPage(device.page);
  await form.field('Telefoon naaste').fill(phone);
  await form.save();
  await expect(device.page.getByText(phone)).toBeVisible();
}

test.describe('Sync between two devices', () => {
  test('both edit the same field offline, both see the conflict, one resolves it, both end with the chosen value', async ({
    browser,
    server,
    signIn,
    account,
    page,
    registerPage,
    addPatient,
  }) => {
    test.setTimeout(120_000);
    if (!account) throw new Error('a signed-in account is expected');
    // Device A is this test's page (huisarts Hanna Bakker); device B is a POH on a tablet. Both sign in with
    // the password, which lets them unlock offline.
    await new LockScreen(page).signInOnThisDevice(account.email, PASSWORD);
    await registerPage.goto();
    await addPatient(PATIENT);
    const patientPath = new URL(page.url()).pathname;
    const a: Device = { context: page.context(), page, syncPage: new SyncPage(page) };
    await a.syncPage.goto();
    await a.syncPage.syncNow();
    await expect(a.syncPage.headerStatus).toHaveAccessibleName(/Bijgewerkt/);

    const poh = await server.createAccount('poh', 'Petra Ouwens');
    const b = await openDevice(browser, server.url, poh, signIn);
    await new LockScreen(b.page).signInOnThisDevice(poh.email, PASSWORD);
    await b.syncPage.goto();
    await b.syncPage.syncNow();
    await new RegisterPage(b.page).goto();
    await expect(b.page.getByRole('link', { name: /Visser/ })).toBeVisible();

    // Both go offline (the app itself comes from the service worker) and change the same phone number.
    await waitUntilReadyForOffline(a.page);
    await waitUntilReadyForOffline(b.page);
    await a.context.setOffline(true);
    await b.context.setOffline(true);
    await changeContactPhoneOffline(a, patientPath, '06 22222222');
    await changeContactPhoneOffline(b, patientPath, '06 33333333');
    await expect(a.syncPage.headerStatus).toHaveAccessibleName(/1 wachtend op verbinding/);

    // Back online: A's change reaches the server first, B's becomes a candidate in a conflict.
    await a.context.setOffline(false);
    await a.syncPage.goto();
    await a.syncPage.syncNow();
    await b.context.setOffline(false);
    await b.syncPage.goto();
    await b.syncPage.syncNow();
    await a.syncPage.syncNow();

    for (const device of [a, b]) {
      const card = device.syncPage.conflict('Naaste');
      await expect(card).toBeVisible();
      await expect(card.getByText('06 11111111')).toBeVisible(); // the original
      await expect(
        card.getByRole('radio', { name: /^Hanna Bakker \(huisarts\).*06 22222222/ }),
      ).toBeVisible();
      await expect(card.getByRole('radio', { name: /^Petra Ouwens \(POH\).*06 33333333/ })).toBeVisible();
    }

    // The POH resolves it for everyone, choosing her own value.
    await b.syncPage.keepValueOf('Naaste', 'Petra Ouwens');
    await expect(b.page.getByText('Geen conflicten.')).toBeVisible();
    await b.syncPage.syncNow();
    await a.syncPage.syncNow();
    await expect(a.page.getByText('Geen conflicten.')).toBeVisible();

    for (const device of [a, b]) {
      await device.page.goto(patientPath);
      await new PatientDetailPage(device.page).heading.waitFor();
      await expect(device.page.getByText('06 33333333')).toBeVisible();
      await expect(device.page.getByText('06 22222222')).toHaveCount(0);
    }
    await b.context.close();
  });
});
