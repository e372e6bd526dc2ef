/** Synchronisatie: the sync state, "Nu synchroniseren", conflicts and refused changes. */
import { expect, type Locator, type Page } from '@playwright/test';

export class SyncPage {
  readonly heading: Locator;
  readonly syncNowButton: Locator;
  /** The header's always-visible sync status (a link to this page). */
  readonly headerStatus: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Synchronisatie' });
    this.syncNowButton = page.getByRole('button', { name: 'Nu synchroniseren' });
    this.headerStatus = page.getByRole('link', { name: /^Synchronisatie:/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/synchronisatie');
    await expect(this.heading).toBeVisible();
  }

  /** Presses "Nu synchroniseren" and waits until the round is over. */
  async syncNow(): Promise<void> {
    await this.syncNowButton.click();
    await expect(this.syncNowButton).toBeEnabled();
  }

  conflict(groupLabel: string): Locator {
    return this.page.getByRole('article', { name: new RegExp(groupLabel) });
  }

  /** Keeps the candidate written by `authorName`. */
  async keepValueOf(groupLabel: string, authorName: string): Promise<void> {
    const card = this.conflict(groupLabel);
    await card.getByRole('radio', { name: new RegExp(authorName) }).check();
    await card.getByRole('button', { name: 'Deze waarde bewaren' }).click();
  }
}
