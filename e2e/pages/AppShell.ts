/** The frame around every page: main navigation, connection status and the update banner. */
import { expect, type Locator, type Page } from '@playwright/test';

export type MainSection = 'Patiënten' | 'MDO' | 'Zorgplannen' | 'Overzicht' | 'Instellingen';

export const MAIN_SECTIONS: readonly MainSection[] = [
  'Patiënten',
  'MDO',
  'Zorgplannen',
  'Overzicht',
  'Instellingen',
];

const UPDATE_TEXT = 'Er is een nieuwe versie van Tijdig beschikbaar.';

export class AppShell {
  readonly navigation: Locator;
  /** The header's connection indicator: a status that reads "Online" or "Offline". */
  readonly connectionStatus: Locator;
  readonly updateBanner: Locator;
  readonly updateNowButton: Locator;
  readonly updateLaterButton: Locator;

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation', { name: 'Hoofdmenu' });
    this.connectionStatus = page.getByRole('status').filter({ hasText: /^\s*(Online|Offline)\s*$/ });
    this.updateBanner = page.getByRole('alert').or(page.getByRole('status')).filter({ hasText: UPDATE_TEXT });
    this.updateNowButton = page.getByRole('button', { name: 'Nu bijwerken' });
    this.updateLaterButton = page.getByRole('button', { name: 'Later' });
  }

  navLink(section: MainSection): Locator {
    return this.navigation.getByRole('link', { name: section, exact: true });
  }

  async openSection(section: MainSection): Promise<void> {
    await this.navLink(section).click();
  }

  async expectOnline(): Promise<void> {
    await expect(this.connectionStatus).toHaveText('Online');
  }

  async expectOffline(): Promise<void> {
    await expect(this.connectionStatus).toHaveText('Offline');
  }

  async expectUpdateOffered(): Promise<void> {
    await expect(this.updateBanner).toBeVisible({ timeout: 15_000 });
    await expect(this.updateNowButton).toBeVisible();
  }

  async updateNow(): Promise<void> {
    await this.updateNowButton.click();
  }

  async postponeUpdate(): Promise<void> {
    await this.updateLaterButton.click();
  }
}
