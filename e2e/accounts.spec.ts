/** Accounts as people use them: a beheerder invites a colleague; signing out leaves nothing on the device. */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AccountPages } from './pages/AccountPages';
import { SyncPage } from './pages/SyncPage';
import { accessibilityViolations } from './support/accessibility';
import { waitUntilReadyForOffline } from './support/service-worker';

test.describe('Accounts', () => {
  test.describe('as beheerder', () => {
    test.use({ signedInAs: 'beheerder' });

    test('the beheerder invites a POH, who accepts the one-time link and is signed in', async ({
      page,
      browser,
      server,
    }) => {
      const accounts = new AccountPages(page);
      const link = await accounts.invite('Petra Ouwens', 'petra@delinde.nl', 'POH (praktijkondersteuner)');

      const colleague = await browser.newContext({ baseURL: server.url, locale: 'nl-NL' });
      const colleaguePage = await colleague.newPage();
      const colleagueAccounts = new AccountPages(colleaguePage);
      await colleagueAccounts.acceptInvitation(link, 'een goed wachtwoord van petra');
      await expect(colleaguePage.getByRole('heading', { level: 1, name: 'Patiënten' })).toBeVisible();
      await expect(colleaguePage.getByText('Petra Ouwens')).toBeVisible();

      // The link worked once.
      const other = await browser.newContext({ baseURL: server.url, locale: 'nl-NL' });
      const otherPage = await other.newPage();
      await otherPage.goto(link);
      await expect(otherPage.getByRole('alert')).toBeVisible();
      await expect(otherPage.getByRole('button', { name: 'Account aanmaken' })).toHaveCount(0);
      await colleague.close();
      await other.close();
    });

    test("the beheerder sees a colleague's failed sign-in in the audit log", async ({
      page,
      browser,
      server,
    }) => {
      const colleague = await server.createAccount('huisarts', 'Henk Visser');
      const elsewhere = await browser.newContext({ baseURL: server.url, locale: 'nl-NL' });
      const elsewherePage = await elsewhere.newPage();
      await elsewherePage.goto('/inloggen');
      await new AccountPages(elsewherePage).login(colleague.email, 'niet het goede wachtwoord');
      await expect(elsewherePage.getByText('E-mailadres of wachtwoord klopt niet.')).toBeVisible();
      await elsewhere.close();

      const table = await new AccountPages(page).showFailedSignIns();
      await expect(table.getByRole('columnheader', { name: 'Op het apparaat' })).toBeVisible();
      await expect(table.getByRole('columnheader', { name: 'Ontvangen' })).toBeVisible();
      const attempt = table.getByRole('row').filter({ hasText: 'Henk Visser' });
      await expect(attempt).toHaveCount(1);
      await expect(attempt).toContainText('login');
      await expect(attempt).toContainText('geweigerd');
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  });

  test.describe('signed out', () => {
    test.use({ signedInAs: null });

    test('the login page is accessible and a wrong password is refused in Dutch', async ({ page }) => {
      await page.goto('/patienten');
      await expect(page).toHaveURL(/\/inloggen$/);
      await expect(page.getByRole('button', { name: 'Inloggen' })).toBeVisible();
      expect(await accessibilityViolations(page)).toEqual([]);
      await new AccountPages(page).login('beheer@delinde.nl', 'niet het goede wachtwoord');
      await expect(page.getByText('E-mailadres of wachtwoord klopt niet.')).toBeVisible();
    });
  });

  test('signing out warns about a change made offline, then wipes the device', async ({
    page,
    registerPage,
    addPatient,
    account,
  }) => {
    if (!account) throw new Error('a signed-in account is expected');
    await registerPage.goto();
    await waitUntilReadyForOffline(page);
    await page.context().setOffline(true);
    await addPatient({
      givenName: 'Gerrit',
      familyName: 'Mulder',
      birthDate: '12-08-1936',
      sex: 'Man',
      treatingGp: 'Dr. H. Bakker',
    });
    await expect(new SyncPage(page).headerStatus).toHaveAccessibleName(/1 wachtend/);

    const accounts = new AccountPages(page);
    await accounts.signOutButton.click();
    const dialog = accounts.signOutDialog();
    await expect(dialog.getByRole('alert')).toContainText('1 wijziging staat nog niet op de server');
    await dialog.getByRole('button', { name: 'Toch afmelden en wissen' }).click();

    await page.context().setOffline(false);
    await expect(page).toHaveURL(/\/inloggen$/);
    // The app opens a new, empty database on the login page: nothing of the old one is left. The router
    // shows the login page a moment before the full reload that follows the wipe, so any read can meet that
    // reload (its page context is destroyed): read everything in one go and poll until the page has settled.
    const deviceState = async () => {
      try {
        const rows = await countRows(page, ['patients', 'outbox', 'meta']);
        const session = await page.evaluate(() => localStorage.getItem('tijdig.session'));
        return { rows, isSessionKept: session?.includes(account.email) ?? false };
      } catch {
        return 'reloading';
      }
    };
    await expect
      .poll(deviceState)
      .toEqual({ rows: { patients: 0, outbox: 0, meta: 0 }, isSessionKept: false });
  });
});

/** Row counts of the device database's stores, read with plain IndexedDB. */
function countRows(page: Page, stores: string[]): Promise<Record<string, number>> {
  return page.evaluate(
    (names) =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const request = indexedDB.open('tijdig');
        request.onerror = () => {
          reject(new Error('cannot open the device database'));
        };
        request.onsuccess = () => {
          const db = request.result;
          const present = names.filter((name) => db.objectStoreNames.contains(name));
          const counts: Record<string, number> = Object.fromEntries(names.map((name) => [name, 0]));
          if (present.length === 0) {
            db.close();
            resolve(counts);
            return;
          }
          const transaction = db.transaction(present, 'readonly');
          for (const name of present) {
            const count = transaction.objectStore(name).count();
            count.onsuccess = () => {
              counts[name] = count.result;
            };
          }
          transaction.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      }),
    stores,
  );
}
