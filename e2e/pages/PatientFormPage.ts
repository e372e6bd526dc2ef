/** The patient form: new patient (/patienten/nieuw) and editing an existing one. */
import { expect, type Locator, type Page } from '@playwright/test';
import { nl } from '../support/i18n';
import type { NewPatient } from '../support/patients';

export type PatientFieldLabel =
  | 'Voornaam'
  | 'Tussenvoegsel'
  | 'Achternaam'
  | 'Geboortedatum'
  | 'Geslacht'
  | 'BSN'
  | 'Behandelend huisarts'
  | 'Hoofddiagnose'
  | 'ICPC-code'
  | 'Naam naaste'
  | 'Relatie'
  | 'Telefoon naaste'
  | 'Thuiszorgorganisatie'
  | 'Status'
  | 'Overlijdensdatum'
  | 'Plaats van overlijden';

/** Text fields in the order the form shows them, with the patient property that fills each. */
const TEXT_FIELDS: readonly [PatientFieldLabel, keyof NewPatient][] = [
  ['Voornaam', 'givenName'],
  ['Tussenvoegsel', 'namePrefix'],
  ['Achternaam', 'familyName'],
  ['Geboortedatum', 'birthDate'],
  ['BSN', 'bsn'],
  ['Behandelend huisarts', 'treatingGp'],
  ['Hoofddiagnose', 'diagnosis'],
  ['ICPC-code', 'icpcCode'],
  ['Naam naaste', 'contactName'],
  ['Relatie', 'contactRelation'],
  ['Telefoon naaste', 'contactPhone'],
  ['Thuiszorgorganisatie', 'homeCareOrganisation'],
];

export class PatientFormPage {
  readonly newPatientHeading: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.newPatientHeading = page.getByRole('heading', { level: 1, name: 'Nieuwe patiënt', exact: true });
    this.saveButton = page.getByRole('button', { name: 'Opslaan', exact: true });
  }

  async gotoNew(): Promise<void> {
    await this.page.goto('/patienten/nieuw');
    await this.expectNewPatientForm();
  }

  async expectNewPatientForm(): Promise<void> {
    await expect(this.page).toHaveURL(/\/patienten\/nieuw$/);
    await expect(this.newPatientHeading).toBeVisible();
  }

  /** A control by its label; required fields may carry the form's required mark after the label. */
  field(label: PatientFieldLabel): Locator {
    const mark = escapeRegExp(nl('form.requiredMark').trim());
    return this.page.getByLabel(new RegExp(`^${escapeRegExp(label)}\\s*(${mark})?$`));
  }

  async fill(patient: NewPatient): Promise<void> {
    for (const [label, key] of TEXT_FIELDS) {
      const value = patient[key];
      if (value !== undefined) await this.field(label).fill(value);
    }
    await this.field('Geslacht').selectOption({ label: patient.sex });
    if (patient.status !== undefined) await this.field('Status').selectOption({ label: patient.status });
    if (patient.deathDate !== undefined) await this.field('Overlijdensdatum').fill(patient.deathDate);
    if (patient.placeOfDeath !== undefined) {
      await this.field('Plaats van overlijden').selectOption({ label: patient.placeOfDeath });
    }
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  /** A field the form rejected: marked invalid, with a message read out as its description. */
  async expectRejected(label: PatientFieldLabel): Promise<void> {
    const field = this.field(label);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(/\S/);
  }

  async expectAccepted(label: PatientFieldLabel): Promise<void> {
    await expect(this.field(label)).not.toHaveAttribute('aria-invalid', 'true');
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
