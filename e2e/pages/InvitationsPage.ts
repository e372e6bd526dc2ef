/** Uitnodigingen (/uitnodigingen): the meetings a specialist PZ is invited to, on their tablet. */
import { expect, type Locator, type Page } from '@playwright/test';

export class InvitationsPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Uitnodigingen', exact: true });
  }

  async goto(): Promise<void> {
    await this.page.goto('/uitnodigingen');
    await expect(this.heading).toBeVisible();
  }

  /** An invited meeting by its date (dd-mm-jjjj). */
  meeting(date: string): Locator {
    return this.page.getByRole('article', { name: `MDO ${date}`, exact: true });
  }

  async openMeeting(date: string): Promise<void> {
    await this.page
      .getByRole('link', { name: `Agendapunten bekijken van het overleg op ${date}`, exact: true })
      .click();
  }
}
