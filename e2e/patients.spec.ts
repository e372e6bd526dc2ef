import { expect, test } from './fixtures';
import { aMinimalPatient, aPatient, listNameOf } from './support/patients';

test.describe('Patient register', () => {
  test('a patient added through the form is still there after a reload', async ({
    page,
    registerPage,
    patientDetailPage,
    addPatient,
  }) => {
    const jan = aPatient();

    await page.goto('/');
    await registerPage.expectLoaded();
    await expect(registerPage.emptyState()).toBeVisible();

    await addPatient(jan);
    await page.reload();
    await patientDetailPage.expectShowing(jan);
    await patientDetailPage.expectBsnMasked('111222333');

    await registerPage.goto();
    await registerPage.expectListed(listNameOf(jan));
    await expect(registerPage.rows).toHaveCount(1);
    await expect(registerPage.emptyState()).toBeHidden();

    await registerPage.openPatient(listNameOf(jan));
    await patientDetailPage.expectShowing(jan);
  });

  test('the form refuses an empty or invalid patient and saves nothing', async ({
    registerPage,
    patientFormPage,
  }) => {
    await patientFormPage.gotoNew();
    await patientFormPage.save();

    await patientFormPage.expectNewPatientForm();
    for (const label of ['Voornaam', 'Achternaam', 'Geboortedatum', 'Behandelend huisarts'] as const) {
      await patientFormPage.expectRejected(label);
    }

    await patientFormPage.fill(aPatient({ bsn: '123456789', birthDate: '31-02-1948' }));
    await patientFormPage.save();
    await patientFormPage.expectNewPatientForm();
    await patientFormPage.expectRejected('BSN');
    await patientFormPage.expectRejected('Geboortedatum');
    await patientFormPage.expectAccepted('Voornaam');

    await registerPage.goto();
    await expect(registerPage.emptyState()).toBeVisible();
  });

  test('search and the "Toon" filter narrow the register', async ({ registerPage, addPatient }) => {
    const jan = aPatient();
    const zoe = aMinimalPatient({ status: 'Overleden', deathDate: '02-01-2024', placeOfDeath: 'Thuis' });

    await registerPage.goto();
    await addPatient(jan);
    await addPatient(zoe);
    await registerPage.goto();
    await expect(registerPage.rows).toHaveCount(2);

    await registerPage.search('unal');
    await registerPage.expectListed(listNameOf(zoe));
    await registerPage.expectNotListed(listNameOf(jan));

    await registerPage.search('J.V.');
    await registerPage.expectListed(listNameOf(jan));
    await registerPage.expectNotListed(listNameOf(zoe));

    await registerPage.search('');
    await expect(registerPage.rows).toHaveCount(2);

    await registerPage.show('Overleden');
    await registerPage.expectListed(listNameOf(zoe));
    await registerPage.expectNotListed(listNameOf(jan));

    await registerPage.show('Niet gemarkeerd');
    await registerPage.expectListed(listNameOf(jan));
    await registerPage.expectNotListed(listNameOf(zoe));

    await registerPage.show('Alle');
    await expect(registerPage.rows).toHaveCount(2);
  });
});
