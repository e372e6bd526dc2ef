/** One invited meeting on the specialist's tablet (/uitnodigingen/:id): only the items they are invited to. */
import { expect, type Locator, type Page } from '@playwright/test';

export class InvitedMeetingPage {
  readonly heading: Locator;
  /** "Uw agendapunten": the invited items, each an article headed by initials and age (or a topic). */
  readonly items: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.items = page.getByRole('region', { name: /^Uw agendapunten/ }).getByRole('article');
  }

  async expectShowing(date: string): Promise<void> {
    await expect(this.page).toHaveURL(/\/uitnodigingen\/[0-9a-f-]{36}$/);
    await expect(this.heading).toHaveText(`MDO ${date}`);
  }

  /** An invited patient item by its heading, e.g. "J.V., 84 jaar". */
  item(heading: string): Locator {
    return this.items.filter({
      has: this.page.getByRole('heading', { level: 3, name: heading, exact: true }),
    });
  }

  /** The answer buttons for one invitation, e.g. subject "agendapunt J.V.". */
  answerGroup(subject: string): Locator {
    return this.page.getByRole('group', { name: `Antwoord op de uitnodiging voor ${subject}`, exact: true });
  }

  async accept(subject: string): Promise<void> {
    const accept = this.answerGroup(subject).getByRole('button', { name: 'Accepteren' });
    await accept.click();
    await expect(accept).toHaveAttribute('aria-pressed', 'true');
  }

  /** Writes and saves "Advies specialist PZ" on an invited item; it is saved on the device first. */
  async writeAdvice(item: Locator, text: string): Promise<void> {
    await item.getByRole('textbox', { name: /^Advies specialist PZ/ }).fill(text);
    await item.getByRole('button', { name: 'Advies opslaan' }).click();
    await expect(item.getByRole('status')).toContainText('Opgeslagen');
  }
}
