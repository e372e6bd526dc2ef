/** MDO (/mdo): upcoming and past meetings, and the way to plan a new one. */
import { expect, type Locator, type Page } from '@playwright/test';

export class MeetingsPage {
  readonly heading: Locator;
  readonly upcoming: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'MDO', exact: true });
    this.upcoming = page.getByRole('list', { name: 'Komende overleggen' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/mdo');
    await expect(this.heading).toBeVisible();
  }

  async planNewMeeting(): Promise<void> {
    await this.page.getByRole('link', { name: 'Nieuw MDO', exact: true }).click();
  }

  /** A meeting in the list by its date (dd-mm-jjjj); the link reads "<weekdag> <datum>". */
  meetingLink(date: string): Locator {
    return this.page.getByRole('link', { name: new RegExp(`^\\S+ ${date}$`) });
  }
}
