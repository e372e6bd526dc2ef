/**
 * The `test` every spec uses: page objects ready to use, and a check that the app threw no uncaught
 * errors while the test ran.
 */
import { test as base, expect } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { PatientDetailPage } from './pages/PatientDetailPage';
import { PatientFormPage } from './pages/PatientFormPage';
import { RegisterPage } from './pages/RegisterPage';
import type { NewPatient } from './support/patients';

export interface TijdigFixtures {
  appShell: AppShell;
  registerPage: RegisterPage;
  patientFormPage: PatientFormPage;
  patientDetailPage: PatientDetailPage;
  /** Adds a patient the way a user does: from the register, through the form, to the saved detail page. */
  addPatient: (patient: NewPatient) => Promise<void>;
  /** Fails the test when the page throws an uncaught error. */
  failOnPageErrors: undefined;
}

export const test = base.extend<TijdigFixtures>({
  appShell: async ({ page }, use) => {
    await use(new AppShell(page));
  },
  registerPage: async ({ page }, use) => {
    await use(new RegisterPage(page));
  },
  patientFormPage: async ({ page }, use) => {
    await use(new PatientFormPage(page));
  },
  patientDetailPage: async ({ page }, use) => {
    await use(new PatientDetailPage(page));
  },
  addPatient: async ({ appShell, registerPage, patientFormPage, patientDetailPage }, use) => {
    await use(async (patient) => {
      await appShell.openSection('Patiënten');
      await registerPage.expectLoaded();
      await registerPage.startNewPatient();
      await patientFormPage.expectNewPatientForm();
      await patientFormPage.fill(patient);
      await patientFormPage.save();
      await patientDetailPage.expectJustSaved(patient);
    });
  },
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
      await use(undefined);
      expect(errors, 'uncaught errors in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
