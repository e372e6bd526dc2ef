/**
 * A POH imports a PZP Bundle from elsewhere. The Bundle holds a "niet reanimeren" that was entered in error
 * and the wishes of a second patient: the plan never shows that limit as current, the report names both
 * problems, and nothing changes until the POH accepts a part.
 */
import { expect, test } from './fixtures';
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
  // A huisarts: accepting an imported treatment goal is a medical decision, and the review does not yet ask a
  // POH on whose behalf she accepts it (the server then refuses her change, visibly; see the README).
  test.use({ signedInAs: 'huisarts' });

  test('a huisarts imports a Bundle with an erroneous "niet reanimeren" and a second patient, and accepts only what she ticks', async ({
    page,
    registerPage,
    addPatient,
  }) => {
    // Four pages and a save on each side of the import: more than the default budget on a busy machine.
    test.setTimeout(90_000);
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
    await expect(report.getByRole('alert')).toContainText('ook gegevens van een andere patiënt (Anna Smit)');
    const unmapped = report.getByRole('table', { name: /Niet overgenomen/ });
    await expect(unmapped).toContainText('Gemarkeerd als onjuist ingevoerd; niet gelezen');
    await expect(unmapped).toContainText('Gaat over een andere patiënt; niet gelezen');
    await expect(report).not.toContainText('Alles in de bundel is herkend.');

    // The review offers the goal only: the erroneous limit is not there, and nothing is saved yet.
    const review = report.getByRole('region', { name: 'Controleren en overnemen' });
    await expect(review.getByRole('row', { name: /Behandeldoel/ })).toBeVisible();
    await expect(review.getByRole('row', { name: /Reanimatie/ })).toHaveCount(0);
    await expect(page.locator('main')).not.toContainText('Niet reanimeren');
    await expect(page.locator('main')).toContainText('Wel reanimeren');
    await expect(page.locator('main')).toContainText('Behandeldoel: niet vastgelegd');
    expect(await accessibilityViolations(page)).toEqual([]);

    await review.getByRole('checkbox', { name: 'Behandeldoel overnemen' }).check();
    await review.getByRole('button', { name: '1 aangevinkt onderdeel overnemen' }).click();
    await expect(review.getByText('1 onderdeel is overgenomen in het zorgplan (concept).')).toBeVisible();

    await page.goto(`${patientPath}/zorgplan`);
    await expect(
      page.getByRole('group', { name: 'Reanimatie', exact: true }).getByRole('radio', { name: 'Wel' }),
    ).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Symptoomgericht (palliatief)' })).toBeChecked();
  });
});
