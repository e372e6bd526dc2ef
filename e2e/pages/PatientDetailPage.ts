/** One patient's page (/patienten/<id>). */
import { expect, type Locator, type Page } from '@playwright/test';
import { fullNameOf, type NewPatient } from '../support/patients';

const PATIENT_URL = /\/patienten\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export class PatientDetailPage {
  readonly heading: Locator;
  readonly savedMessage: Locator;
  readonly editLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.savedMessage = page.getByRole('status').filter({ hasText: 'Patiënt opgeslagen' });
    this.editLink = page.getByRole('link', { name: 'Bewerken', exact: true });
  }

  async expectShowing(patient: NewPatient): Promise<void> {
    await expect(this.page).toHaveURL(PATIENT_URL);
    await expect(this.heading).toHaveText(fullNameOf(patient));
  }

  /** The BSN shows only its last three digits until someone asks to see it. */
  async expectBsnMasked(bsn: string): Promise<void> {
    await expect(this.page.getByText(`******${bsn.slice(-3)}`, { exact: true })).toBeVisible();
    await expect(this.page.getByText(bsn)).toHaveCount(0);
  }

  async expectJustSaved(patient: NewPatient): Promise<void> {
    await this.expectShowing(patient);
    await expect(this.savedMessage).toBeVisible();
  }
}
