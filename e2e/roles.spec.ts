/**
 * Roles as people meet them: a beheerder invites a huisarts who is also beheerder, and an account that is
 * beheerder only works with the team, the settings and the audit log and never sees a patient screen.
 */
import { expect, test } from './fixtures';
import { AccountPages } from './pages/AccountPages';
import { AppShell } from './pages/AppShell';
import { PASSWORD } from './support/server';

test.describe('as beheerder', () => {
  test.use({ signedInAs: 'beheerder' });

  test('invites a huisarts who is also beheerder; she sees the patients and the team', async ({
    page,
    browser,
    server,
  }) => {
    const accounts = new AccountPages(page);
    const link = await accounts.invite('Dr. Hanna Dubbel', 'hanna@delinde.nl', 'huisarts', true);
    await page.reload();
    await expect(page.getByRole('table', { name: 'Openstaande uitnodigingen' })).toContainText(
      'huisarts en beheerder',
    );
    await page.screenshot({ path: 'test-results/screenshots/team-two-roles.png', fullPage: true });

    const colleague = await browser.newContext({ baseURL: server.url, locale: 'nl-NL' });
    const colleaguePage = await colleague.newPage();
    await new AccountPages(colleaguePage).acceptInvitation(link, 'een goed wachtwoord van hanna');
    // A beheerder sets up two-factor sign-in before the first session.
    await new AccountPages(colleaguePage).enrolTwoFactor();
    await expect(colleaguePage.getByRole('heading', { level: 1, name: 'Patiënten' })).toBeVisible();
    const shell = new AppShell(colleaguePage);
    await expect(shell.navigation.getByRole('link')).toHaveText([
      'Patiënten',
      'MDO',
      'Zorgplannen',
      'Overzicht',
      'Instellingen',
    ]);
    await colleaguePage.goto('/instellingen/team');
    await expect(colleaguePage.getByRole('table', { name: 'Teamleden' })).toContainText(
      'huisarts en beheerder',
    );
    await colleague.close();
  });
});

test.describe('as beheerder only', () => {
  test.use({ signedInAs: null });

  test('starts at Beheer, has no patient screens, and a typed patient address says why', async ({
    page,
    server,
  }) => {
    const account = await server.createAccount('beheerder', 'Bea Beheer');
    await page.goto('/');
    const accounts = new AccountPages(page);
    await accounts.login(account.email, PASSWORD);
    // A beheerder gives the code from the authenticator app after the password.
    if (!account.authenticator) throw new Error('a beheerder enrols when the account is made');
    await accounts.giveCode(account.authenticator);
    await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
    const shell = new AppShell(page);
    await expect(shell.navigation.getByRole('link')).toHaveText(['Beheer', 'Instellingen']);
    await expect(page.getByRole('button', { name: 'Snel markeren' })).toHaveCount(0);
    await page.screenshot({ path: 'test-results/screenshots/beheerder-only-start.png' });

    await page.getByRole('link', { name: 'Team en uitnodigingen' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Team en uitnodigingen' })).toBeVisible();

    await page.goto('/patienten');
    await expect(
      page.getByRole('heading', { level: 1, name: 'Geen toegang tot patiëntgegevens' }),
    ).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/beheerder-only-patients.png' });
    await page.getByRole('link', { name: 'Naar Beheer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Beheer' })).toBeVisible();
  });
});
