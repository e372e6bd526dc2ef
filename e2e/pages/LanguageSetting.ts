/** The language choice on Instellingen. */
import { expect, type Page } from '@playwright/test';

export class LanguageSetting {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/instellingen');
    await expect(this.page.getByRole('group', { name: /^(Taal|Language)$/ })).toBeVisible();
  }

  /** Chooses a language by its own name, as the radio buttons show it ("Nederlands", "English"). */
  async choose(language: 'Nederlands' | 'English'): Promise<void> {
    // click, not check: the radio follows the app's language, which changes once its texts have loaded.
    await this.page.getByRole('radio', { name: language }).click();
  }

  async expectUnavailableNote(): Promise<void> {
    await expect(this.page.getByRole('alert')).toHaveText(/Engels staat nog niet op dit apparaat/);
  }
}
