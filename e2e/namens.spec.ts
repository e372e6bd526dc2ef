/**
 * "Namens": a POH records "niet reanimeren" on behalf of the practice's huisarts, chosen from the practice's
 * huisartsen; the care plan, the handover sheet and the version history show whose decision it is and who
 * recorded it.
 */
import { expect, test } from './fixtures';
import { SyncPage } from './pages/SyncPage';

test.describe('Namens', () => {
  test.use({ signedInAs: 'poh' });

  test('a POH records "niet reanimeren" namens the GP, and the handover sheet shows both names', async ({
    page,
    server,
    registerPage,
    addPatient,
  }) => {
    const syncPage = new SyncPage(page);
    await registerPage.goto();
    await addPatient({
      givenName: 'Johanna',
      familyName: 'Visser',
      birthDate: '02-05-1941',
      sex: 'Vrouw',
      bsn: '111222333',
      treatingGp: 'Dr. A. de Beheerder',
    });
    const patientPath = new URL(page.url()).pathname;
    await page.goto(`${patientPath}/zorgplan`);
    await expect(page.getByRole('heading', { level: 1, name: /Zorgplan van Johanna Visser/ })).toBeVisible();

    const reanimatie = page.getByRole('group', { name: 'Reanimatie', exact: true });
    await reanimatie.getByRole('radio', { name: 'Niet' }).check();
    await reanimatie.getByLabel(/^Datum besproken/).fill('20-11-2026');
    await reanimatie.getByLabel(/^Met wie besproken/).fill('patiënt en dochter');
    // Without a huisarts chosen, the decision is not saved.
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Kies namens welke huisarts u dit medische besluit vastlegt.',
    );

    await page
      .getByRole('combobox', { name: 'Namens huisarts' })
      .selectOption({ label: server.beheerder.name });
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expect(page.getByText('Zorgplan opgeslagen als concept.')).toBeVisible();
    const both = `Besluit van ${server.beheerder.name}, vastgelegd door Hanna Bakker`;
    await expect(reanimatie.getByText(both)).toBeVisible();

    await page.getByRole('link', { name: 'Overdracht HAP en ambulance' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Overdracht voor HAP en ambulance' }),
    ).toBeVisible();
    await expect(page.getByText(both)).toBeVisible();

    // The server accepts it: the POH named a huisarts of the practice.
    await syncPage.goto();
    await syncPage.syncNow();
    await expect(syncPage.headerStatus).toHaveAccessibleName(/Bijgewerkt/);

    // The version history says who recorded the decision namens whom, once, under the limit's changes.
    await page.goto(`${patientPath}/zorgplan/versies`);
    await expect(
      page
        .getByRole('listitem')
        .filter({ hasText: /^Reanimatie/ })
        .last(),
    ).toContainText(`Vastgelegd door Hanna Bakker namens ${server.beheerder.name}`);
    await expect(page.getByText(/^Vastgelegd door/)).toHaveCount(1);
    await page.screenshot({ path: 'test-results/screenshots/namens-versions.png', fullPage: true });
  });
});
