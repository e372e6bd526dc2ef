/**
 * The device lock: the lock screen that replaces the whole app, and signing in on this device with the
 * password (which gives the device its offline password check).
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { AccountPages } from './AccountPages';

export class LockScreen {
  readonly heading: Locator;
  readonly password: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Tijdig is vergrendeld' });
    this.password = page.getByLabel('Wachtwoord');
  }

  /** Signs in through the login page, as a user does on a new device; the app opens afterwards. */
  async signInOnThisDevice(email: string, password: string): Promise<void> {
    await this.page.goto('/inloggen');
    await new AccountPages(this.page).login(email, password);
    await expect(this.page.getByRole('navigation', { name: 'Hoofdmenu' })).toBeVisible();
  }

  async expectLocked(options: { timeout?: number } = {}): Promise<void> {
    await expect(this.heading).toBeVisible(options);
  }

  async tryPassword(password: string): Promise<void> {
    await this.password.fill(password);
    await this.page.getByRole('button', { name: 'Ontgrendelen' }).click();
  }

  /** Unlocks with the password and waits for the app behind it. */
  async unlock(password: string): Promise<void> {
    await this.expectLocked();
    await this.tryPassword(password);
    await expect(this.heading).toBeHidden();
  }
}
