/**
 * The account screens: login, accepting an invitation, the beheerder's team page and audit log, and
 * signing out.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export class AccountPages {
  constructor(readonly page: Page) {}

  async login(email: string, password: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Inloggen' })).toBeVisible();
    await this.page.getByLabel(/^E-mailadres/).fill(email);
    await this.page.getByLabel(/^Wachtwoord/).fill(password);
    await this.page.getByRole('button', { name: 'Inloggen' }).click();
  }

  /** Invites a colleague from Instellingen → Team (with "Ook beheerder" if asked) and returns the one-time link shown. */
  async invite(name: string, email: string, roleLabel: string, isAlsoBeheerder = false): Promise<string> {
    await this.page.goto('/instellingen/team');
    await this.page.getByLabel(/^Naam/).fill(name);
    await this.page.getByLabel(/^E-mailadres/).fill(email);
    await this.page.getByLabel(/^Rol/).selectOption({ label: roleLabel });
    if (isAlsoBeheerder) await this.page.getByRole('checkbox', { name: 'Ook beheerder' }).check();
    await this.page.getByRole('button', { name: 'Uitnodiging maken' }).click();
    const link = this.page.getByRole('textbox', { name: 'Uitnodigingslink' });
    await expect(link).toHaveValue(/\/uitnodiging#/);
    return link.inputValue();
  }

  async acceptInvitation(link: string, password: string): Promise<void> {
    await this.page.goto(link);
    await expect(this.page.getByText(/Uitnodiging van .* als/)).toBeVisible();
    await this.page.getByLabel(/^Kies een wachtwoord/).fill(password);
    await this.page.getByLabel(/^Wachtwoord herhalen/).fill(password);
    await this.page.getByRole('button', { name: 'Account aanmaken' }).click();
  }

  /** Opens Instellingen → Auditlog and asks for the failed sign-ins; returns the table of events. */
  async showFailedSignIns(): Promise<Locator> {
    await this.page.goto('/instellingen/auditlog');
    await this.page.getByRole('button', { name: 'Mislukte aanmeldingen' }).click();
    return this.page.getByRole('table', { name: 'Gebeurtenissen in het auditlog' });
  }

  get signOutButton(): Locator {
    return this.page.getByRole('button', { name: 'Afmelden' });
  }

  signOutDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Afmelden op dit apparaat' });
  }
}
