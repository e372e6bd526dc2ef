/**
 * The care plan as a GP uses it: record a treatment limit offline, print the handover sheet for the
 * out-of-hours GP post and the ambulance (the limit in words, no BSN), and see in the version history
 * who changed what.
 */
import { expect, test } from './fixtures';
import { waitUntilReadyForOffline } from './support/service-worker';

const BSN = '111222333';

test.describe('Care plan', () => {
  test('a GP records "niet reanimeren" offline, prints the handover sheet, and the history shows who changed it', async ({
    page,
    registerPage,
    addPatient,
  }) => {
    await registerPage.goto();
    await addPatient({
      givenName: 'Johanna',
      familyName: 'Visser',
      birthDate: '02-05-1941',
      sex: 'Vrouw',
      bsn: BSN,
      treatingGp: 'Dr. H. Bakker',
    });
    const patientPath = new URL(page.url()).pathname;
    await page.goto(`${patientPath}/zorgplan`);
    await expect(page.getByRole('heading', { level: 1, name: /Zorgplan van Johanna Visser/ })).toBeVisible();
    await waitUntilReadyForOffline(page);
    await page.context().setOffline(true);

    const reanimatie = page.getByRole('group', { name: 'Reanimatie', exact: true });
    await reanimatie.getByRole('radio', { name: 'Niet' }).check();
    await reanimatie.getByLabel(/^Datum besproken/).fill('20-11-2026');
    await reanimatie.getByLabel(/^Met wie besproken/).fill('patiënt en dochter');
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expect(page.getByText('Zorgplan opgeslagen als concept.')).toBeVisible();

    // The handover sheet, still offline: the limit in words, marked as a concept, no BSN.
    await page.getByRole('link', { name: 'Overdracht HAP en ambulance' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Overdracht voor HAP en ambulance' }),
    ).toBeVisible();
    await page.evaluate(() => {
      window.print = () => undefined; // the browser's print dialog is outside the page
    });
    await page.getByRole('button', { name: 'Afdrukken' }).click();
    await page.emulateMedia({ media: 'print' });
    const printed = await page.locator('main').innerText();
    expect(printed).toContain('Niet reanimeren');
    expect(printed).toContain('CONCEPT');
    expect(printed).not.toContain(BSN);
    await page.emulateMedia({ media: 'screen' });

    // Back online the plan syncs; the history names the GP and the change.
    await page.context().setOffline(false);
    await page.goto(`${patientPath}/zorgplan/versies`);
    await expect(page.getByText(/Hanna Bakker \(huisarts\)/).first()).toBeVisible();
    await expect(page.getByText(/Reanimatie.*niet/i).first()).toBeVisible();
  });
});
