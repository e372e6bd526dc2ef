import { expect, test } from './fixtures';
import { aMinimalPatient, listNameOf } from './support/patients';

test.describe('Signalling', () => {
  // The signed-in account is the author; nobody types a name (a wijkverpleegkundige may not add the patient).
  test('a signal is recorded by the signed-in account and the patient appears in Signalen zonder markering', async ({
    page,
    appShell,
    registerPage,
    addPatient,
  }) => {
    const patient = aMinimalPatient();
    await registerPage.goto();
    await addPatient(patient);
    const panel = page.getByRole('region', { name: 'Signalering en checklists' });
    await panel.getByRole('button', { name: 'Invullen: Signaleringskaart' }).click();
    await panel
      .getByRole('group', { name: /meer hulp nodig bij wassen/ })
      .getByRole('radio', { name: 'Ja' })
      .check();
    await panel.getByLabel('Niet-pluisgevoel: wat valt u verder op?').fill('Eet sinds een week bijna niets.');
    await panel.getByRole('button', { name: 'Opslaan' }).click();
    await expect(panel.getByText('Checklist opgeslagen')).toBeVisible();
    await expect(panel.getByRole('region', { name: 'Eerdere checklists' })).toContainText(
      'Vastgelegd door Hanna Bakker (huisarts)',
    );

    await appShell.openSection('Patiënten');
    await registerPage.show('Signalen zonder markering');
    await registerPage.expectListed(listNameOf(patient));
    await expect(registerPage.row(listNameOf(patient))).toContainText(
      'Suggestie: markeren (nieuwe signalen)',
    );
    await registerPage.show('Suggestie: markeren');
    await registerPage.expectListed(listNameOf(patient));
    await registerPage.show('Gemarkeerd');
    await registerPage.expectNotListed(listNameOf(patient));
  });
});
