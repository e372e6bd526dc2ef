/** Specialisten (/specialisten): the practice's directory of specialists PZ, linked to their accounts. */
import { expect, type Locator, type Page } from '@playwright/test';
import { fieldLabelled } from '../support/form-fields';

export type SpecialistTeamLabel = 'STOP-team' | 'PACT' | 'Consultatieteam palliatieve zorg' | 'Anders';

export interface NewSpecialist {
  name: string;
  organisation: string;
  team: SpecialistTeamLabel;
  phone: string;
  email: string;
  /** The Tijdig account (role specialist PZ) to link, as the account list names it. */
  account: { name: string; email: string };
}

export class SpecialistsPage {
  readonly heading: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Specialisten', exact: true });
    this.list = page.getByRole('list', { name: 'Specialisten', exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto('/specialisten');
    await expect(this.heading).toBeVisible();
  }

  entry(name: string): Locator {
    return this.list.getByRole('listitem', { name, exact: true });
  }

  /**
   * Adds a specialist and links their account. The accounts come from the server, so this needs a
   * connection; choosing the option waits until the list has arrived.
   */
  async add(specialist: NewSpecialist): Promise<void> {
    await this.page.getByRole('button', { name: 'Specialist toevoegen' }).click();
    const form = this.page.getByRole('form', { name: 'Nieuwe specialist' });
    await fieldLabelled(form, 'Naam').fill(specialist.name);
    await fieldLabelled(form, 'Organisatie').fill(specialist.organisation);
    await fieldLabelled(form, 'Team').selectOption({ label: specialist.team });
    await fieldLabelled(form, 'Telefoon').fill(specialist.phone);
    await fieldLabelled(form, 'E-mail').fill(specialist.email);
    await fieldLabelled(form, 'Tijdig-account').selectOption({
      label: `${specialist.account.name} (${specialist.account.email})`,
    });
    await form.getByRole('button', { name: 'Opslaan', exact: true }).click();
    await expect(this.page.getByRole('main').getByRole('status')).toHaveText(
      `${specialist.name} is opgeslagen.`,
    );
    await expect(this.entry(specialist.name)).toContainText('Tijdig-account gekoppeld');
  }
}
