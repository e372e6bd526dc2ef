/**
 * A POH imports a PZP Bundle from elsewhere. The Bundle holds a "niet reanimeren" that was entered in error,
 * a written niet-reanimerenverklaring and the wishes of a second patient: the plan never shows a "niet
 * reanimeren" as current, the report names all three, and nothing changes until the POH accepts a part.
 * What she accepts are medical decisions, so she accepts them namens the huisarts she chooses, and the
 * server keeps them.
 */
import { writtenDeclaration } from '../src/domain/care-plan/fhir/test-data/written-declaration';
import { expect, test } from './fixtures';
import { SyncPage } from './pages/SyncPage';
import { accessibilityViolations } from './support/accessibility';

const SNOMED = 'http://snomed.info/sct';
const johanna = { reference: 'urn:uuid:johanna' };
const other = { reference: 'urn:uuid:anna' };

/** A hand-written Bundle in the shape of the IKNL PZP guide's examples. */
const bundle = {
  resourceType: 'Bundle',
  type: 'collection',
  entry: [
    {
      fullUrl: 'urn:uuid:johanna',
      resource: { resourceType: 'Patient', name: [{ text: 'Johanna Visser' }], birthDate: '1941-05-02' },
    },
    {
      fullUrl: 'urn:uuid:anna',
      resource: { resourceType: 'Patient', name: [{ text: 'Anna Smit' }], birthDate: '1939-01-01' },
    },
    {
      fullUrl: 'urn:uuid:cpr',
      resource: {
        resourceType: 'Consent',
        status: 'entered-in-error',
        scope: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'treatment' }],
        },
        category: [{ coding: [{ system: SNOMED, code: '129125009' }] }],
        patient: johanna,
        dateTime: '2026-10-01',
        provision: { type: 'deny', code: [{ coding: [{ system: SNOMED, code: '89666000' }] }] },
      },
    },
    {
      fullUrl: 'urn:uuid:ic',
      resource: {
        resourceType: 'Consent',
        status: 'active',
        scope: {
          coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'treatment' }],
        },
        category: [{ coding: [{ system: SNOMED, code: '129125009' }] }],
        patient: johanna,
        dateTime: '2026-10-01',
        provision: { type: 'deny', code: [{ coding: [{ system: SNOMED, code: '305351004' }] }] },
      },
    },
    {
      // A written niet-reanimerenverklaring: named at the top of the report, never read as a limit.
      fullUrl: 'urn:uuid:nr-declaration',
      resource: writtenDeclaration(johanna.reference, 'NR', 'Niet reanimeren verklaring'),
    },
    {
      fullUrl: 'urn:uuid:anna-place',
      resource: {
        resourceType: 'Observation',
        status: 'final',
        code: { coding: [{ system: SNOMED, code: '395091006' }] },
        subject: other,
        valueCodeableConcept: { coding: [{ system: SNOMED, code: '284546000' }] },
      },
    },
    {
      fullUrl: 'urn:uuid:goal',
      resource: {
        resourceType: 'Goal',
        lifecycleStatus: 'active',
        subject: johanna,
        description: { coding: [{ system: SNOMED, code: '713148004' }] },
        statusDate: '2026-10-01',
      },
    },
  ],
};

test.describe('FHIR import', () => {
  test.use({ signedInAs: 'poh' });

  test('a POH imports a Bundle with an erroneous "niet reanimeren" and a second patient, and accepts only what she ticks, namens the huisarts', async ({
    page,
    server,
    registerPage,
    addPatient,
  }) => {
    // Five pages, a save on each side of the import and a sync: more than the default budget on a busy machine.
    test.setTimeout(120_000);
    const huisarts = server.beheerder.name;
    await registerPage.goto();
    await addPatient({
      givenName: 'Johanna',
      familyName: 'Visser',
      birthDate: '02-05-1941',
      sex: 'Vrouw',
      treatingGp: 'Dr. H. Bakker',
    });
    const patientPath = new URL(page.url()).pathname;
    await page.goto(`${patientPath}/zorgplan`);
    const reanimatie = page.getByRole('group', { name: 'Reanimatie', exact: true });
    await reanimatie.getByRole('radio', { name: 'Wel' }).check();
    await page.getByRole('combobox', { name: 'Namens huisarts' }).selectOption({ label: huisarts });
    await page.getByRole('button', { name: 'Opslaan als concept' }).click();
    await expect(page.getByText('Zorgplan opgeslagen als concept.')).toBeVisible();

    await page.getByRole('link', { name: 'Overdracht HAP en ambulance' }).click();
    const exchange = page.getByRole('region', { name: 'Uitwisselen (FHIR)' });
    const chooser = page.waitForEvent('filechooser');
    await exchange.getByRole('button', { name: 'Bestand kiezen' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'van-het-ziekenhuis.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(bundle)),
    });

    const report = exchange.getByRole('region', { name: 'Gelezen uit van-het-ziekenhuis.json' });
    await expect(report.getByRole('alert').filter({ hasText: 'andere patiënt' })).toContainText(
      'ook gegevens van een andere patiënt (Anna Smit)',
    );
    await expect(report.getByRole('alert').filter({ hasText: 'wilsverklaring' })).toContainText(
      'De bundel meldt een schriftelijke wilsverklaring die Tijdig niet overneemt: Niet reanimeren verklaring.',
    );
    const unmapped = report.getByRole('table', { name: /Niet overgenomen/ });
    await expect(unmapped).toContainText('Gemarkeerd als onjuist ingevoerd; niet gelezen');
    await expect(unmapped).toContainText('Gaat over een andere patiënt; niet gelezen');
    await expect(report).not.toContainText('Alles in de bundel is herkend.');

    // The review offers the goal and the IC limit: the erroneous limit is not there, and nothing is saved yet.
    const review = report.getByRole('region', { name: 'Controleren en overnemen' });
    await expect(review.getByRole('row', { name: /Behandeldoel/ })).toBeVisible();
    await expect(review.getByRole('row', { name: /IC-opname/ })).toBeVisible();
    await expect(review.getByRole('row', { name: /Reanimatie/ })).toHaveCount(0);
    // Only the report names the written declaration ("Niet reanimeren verklaring"); no limit says it.
    await expect(page.locator('main')).not.toContainText(/Niet reanimeren(?! verklaring)/);
    await expect(page.locator('main')).toContainText('Wel reanimeren');
    await expect(page.locator('main')).toContainText('Behandeldoel: niet vastgelegd');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Both are decisions of the huisarts: the POH accepts them only namens the huisarts she chooses.
    await review.getByRole('checkbox', { name: 'Behandeldoel overnemen' }).check();
    await review.getByRole('checkbox', { name: 'IC-opname overnemen' }).check();
    const accept = review.getByRole('button', { name: '2 aangevinkte onderdelen overnemen' });
    await accept.click();
    const namens = review.getByRole('combobox', { name: 'Namens huisarts' });
    await expect(namens).toHaveAccessibleDescription(/Kies namens welke huisarts u dit medische besluit/);
    await namens.selectOption({ label: huisarts });
    await accept.click();
    await expect(review.getByText('2 onderdelen zijn overgenomen in het zorgplan (concept).')).toBeVisible();

    // The server accepts them: after a sync the plan still holds the imported decisions, namens the huisarts.
    const syncPage = new SyncPage(page);
    await syncPage.goto();
    await syncPage.syncNow();
    await expect(syncPage.headerStatus).toHaveAccessibleName(/Bijgewerkt/);
    await page.goto(`${patientPath}/zorgplan`);
    await expect(
      page.getByRole('group', { name: 'Reanimatie', exact: true }).getByRole('radio', { name: 'Wel' }),
    ).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Symptoomgericht (palliatief)' })).toBeChecked();
    const ic = page.getByRole('group', { name: 'IC-opname', exact: true });
    await expect(ic.getByRole('radio', { name: 'Niet' })).toBeChecked();
    await expect(ic.getByText(`Besluit van ${huisarts}, vastgelegd door Hanna Bakker`)).toBeVisible();
  });
});
