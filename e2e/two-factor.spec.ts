/**
 * Two-factor sign-in as a specialist PZ meets it: invited from outside the practice, they set up the
 * authenticator app right after choosing a password, and from then on sign in with a code.
 */
import { expect, test } from './fixtures';
import { AccountPages } from './pages/AccountPages';
import { accessibilityViolations } from './support/accessibility';
import { PASSWORD } from './support/server';

test.use({ signedInAs: 'beheerder' });

test('a specialist PZ enrols two-factor sign-in and then signs in with a code from the app', async ({
  page,
  browser,
  server,
}) => {
  const link = await new AccountPages(page).invite(
    'Karin Jansen',
    'k.jansen@stoptteam.nl',
    'specialist PZ (consulent palliatieve zorg)',
  );

  const specialist = await browser.newContext({ baseURL: server.url, locale: 'nl-NL' });
  const specialistPage = await specialist.newPage();
  const accounts = new AccountPages(specialistPage);
  await accounts.acceptInvitation(link, PASSWORD);
  await expect(specialistPage.getByText(/Voor uw account is tweestapsverificatie verplicht/)).toBeVisible();
  await specialistPage.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
  await expect(specialistPage.getByRole('img', { name: 'QR-code voor de authenticator-app' })).toBeVisible();
  await specialistPage.screenshot({ path: 'test-results/screenshots/two-factor-enrol.png', fullPage: true });
  expect(await accessibilityViolations(specialistPage)).toEqual([]);
  // A new QR code replaces the key: wait for it before typing a code of the new one.
  const key = specialistPage.getByLabel('Sleutel voor handmatige invoer');
  const firstKey = await key.innerText();
  await specialistPage.getByRole('button', { name: 'Nieuwe QR-code' }).click();
  await expect(key).not.toHaveText(firstKey);
  // Scanned or typed by hand: the key as text sets up the app too.
  const app = await accounts.enrolTwoFactor({ isStarted: true });
  await expect(specialistPage.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await specialist.close();

  // A fresh device: the password alone does not sign in; the code from the app does.
  const later = await browser.newContext({ baseURL: server.url, locale: 'nl-NL' });
  const laterPage = await later.newPage();
  await laterPage.goto('/inloggen');
  const laterAccounts = new AccountPages(laterPage);
  await laterAccounts.login('k.jansen@stoptteam.nl', PASSWORD);
  await expect(laterPage.getByLabel(/^Code uit uw authenticator-app/)).toBeVisible();
  await laterPage.screenshot({ path: 'test-results/screenshots/two-factor-code.png', fullPage: true });
  await laterAccounts.giveCode(app);
  await expect(laterPage.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  await later.close();
});
