/**
 * The account screens: login, accepting an invitation, the beheerder's team page and audit log, and
 * signing out.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { codeAt, type TestAuthenticator } from '../support/two-factor';

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

  /**
   * Sets up two-factor sign-in where the app asks for it: reads the key shown for manual entry (as a
   * person types it into the app), confirms a code, and puts the recovery codes away. Returns the app.
   */
  async enrolTwoFactor({ isStarted = false } = {}): Promise<TestAuthenticator> {
    if (!isStarted) await this.page.getByRole('button', { name: 'Tweestapsverificatie instellen' }).click();
    await expect(this.page.getByRole('img', { name: 'QR-code voor de authenticator-app' })).toBeVisible();
    const secret = (await this.page.getByLabel('Sleutel voor handmatige invoer').innerText()).replace(
      /\s/g,
      '',
    );
    const step = Math.floor(Date.now() / 30_000);
    await this.page.getByLabel(/^Code uit uw authenticator-app/).fill(codeAt(secret, step));
    await this.page.getByRole('button', { name: 'Code bevestigen' }).click();
    const recovery = this.page.getByRole('region', { name: 'Uw herstelcodes' });
    await expect(recovery.getByRole('listitem')).toHaveCount(10);
    const recoveryCodes = await recovery.getByRole('listitem').allInnerTexts();
    await this.page.getByRole('button', { name: 'Ik heb de herstelcodes bewaard' }).click();
    return { secret, lastStep: step, recoveryCodes };
  }

  /** The second sign-in step: types the code the account's app shows now (a step not used yet). */
  async giveCode(app: TestAuthenticator): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: 'Tweestapsverificatie' })).toBeVisible();
    const step = Math.max(Math.floor(Date.now() / 30_000), app.lastStep + 1);
    app.lastStep = step;
    await this.page.getByLabel(/^Code uit uw authenticator-app/).fill(codeAt(app.secret, step));
    await this.page.getByRole('button', { name: 'Bevestigen' }).click();
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
