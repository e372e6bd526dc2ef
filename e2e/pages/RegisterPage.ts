/** The patient register (Patiënten): search, filter, sort and the list of patients. */
import { expect, type Locator, type Page } from '@playwright/test';
import { nl } from '../support/i18n';

export type RegisterFilterLabel =
  | 'Gemarkeerd'
  | 'Signalen zonder markering'
  | 'Suggestie: markeren'
  | 'Stervensfase'
  | 'Overleden sinds laatste MDO'
  | 'Niet gemarkeerd'
  | 'Overleden'
  | 'Alle';

export class RegisterPage {
  readonly heading: Locator;
  readonly searchBox: Locator;
  readonly filterGroup: Locator;
  readonly sortSelect: Locator;
  readonly newPatientLink: Locator;
  /** Patient rows: rows with a link to a patient (header rows have none). */
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Patiënten', exact: true });
    this.searchBox = page.getByRole('searchbox', { name: 'Zoeken' });
    // A fieldset (role group) with native radios, or an ARIA radiogroup: both are a radio group to a user.
    this.filterGroup = page
      .getByRole('group', { name: 'Toon', exact: true })
      .or(page.getByRole('radiogroup', { name: 'Toon', exact: true }));
    this.sortSelect = page.getByLabel('Sorteren op');
    this.newPatientLink = page.getByRole('link', { name: 'Nieuwe patiënt', exact: true });
    this.rows = page
      .getByRole('rowgroup')
      .getByRole('row')
      .filter({ has: page.getByRole('link') });
  }

  async goto(): Promise<void> {
    await this.page.goto('/patienten');
    await this.expectLoaded();
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL(/\/patienten$/);
    await expect(this.heading).toBeVisible();
  }

  /** The row of a patient by list name, e.g. "Vries, Jan de". */
  row(listName: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('link', { name: listName, exact: true }) });
  }

  emptyState(): Locator {
    return this.page.getByText(nl('register.list.empty'));
  }

  async expectListed(listName: string): Promise<void> {
    await expect(this.row(listName)).toHaveCount(1);
  }

  async expectNotListed(listName: string): Promise<void> {
    await expect(this.row(listName)).toHaveCount(0);
  }

  async search(text: string): Promise<void> {
    await this.searchBox.fill(text);
  }

  async show(filter: RegisterFilterLabel): Promise<void> {
    await this.filterGroup.getByRole('radio', { name: filter, exact: true }).check();
  }

  async startNewPatient(): Promise<void> {
    await this.newPatientLink.click();
  }

  async openPatient(listName: string): Promise<void> {
    await this.row(listName).getByRole('link', { name: listName, exact: true }).click();
  }
}
