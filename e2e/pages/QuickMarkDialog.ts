/**
 * "Snel markeren", driven by keyboard only, the way a GP uses it during a consultation. Every method
 * after `typeName` is one interaction; the spec counts them.
 */
import { expect, type Locator, type Page } from '@playwright/test';

export type SurpriseAnswer = 'Ja' | 'Nee' | 'Weet ik niet';

export class QuickMarkDialog {
  readonly dialog: Locator;
  readonly search: Locator;
  readonly confirmation: Locator;
  /** Non-typing actions after the name was typed: choices, answers and the final Markeren. */
  interactions = 0;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Snel markeren' });
    this.search = this.dialog.getByRole('combobox', { name: 'Patiënt zoeken of nieuwe patiënt' });
    this.confirmation = this.dialog.getByRole('status');
  }

  async openWithShortcut(): Promise<void> {
    await this.page.keyboard.press('Alt+m');
    await expect(this.dialog).toBeVisible();
    await expect(this.search).toBeFocused();
  }

  async typeName(name: string): Promise<void> {
    await this.page.keyboard.type(name);
  }

  /** Moves to the "Nieuwe patiënt: …" option with the arrow keys and chooses it with Enter. */
  async chooseNewPatient(name: string): Promise<void> {
    const option = this.dialog.getByRole('option', { name: `Nieuwe patiënt: ${name}` });
    await expect(option).toBeVisible();
    while ((await option.getAttribute('aria-selected')) !== 'true')
      await this.page.keyboard.press('ArrowDown');
    await this.page.keyboard.press('Enter');
    this.interactions += 1;
  }

  async typeBirthDate(date: string): Promise<void> {
    await expect(this.dialog.getByLabel(/^Geboortedatum van de nieuwe patiënt/)).toBeFocused();
    await this.page.keyboard.type(date);
  }

  /** Tabs to the surprise question (from the birth date field) and picks the answer with the arrow keys. */
  async answerSurpriseQuestion(answer: SurpriseAnswer): Promise<void> {
    const group = this.dialog.getByRole('group', { name: /Zou het mij verbazen/ });
    if (
      !(await group
        .getByRole('radio')
        .first()
        .evaluate((el) => el === document.activeElement))
    )
      await this.page.keyboard.press('Tab');
    const target = group.getByRole('radio', { name: answer, exact: true });
    for (let step = 0; step < 3 && !(await target.isChecked()); step += 1)
      await this.page.keyboard.press('ArrowDown');
    await expect(target).toBeChecked();
    this.interactions += 1;
  }

  /** Enter in the form submits it: the GP does not need to find the button. */
  async mark(): Promise<void> {
    await this.page.keyboard.press('Enter');
    this.interactions += 1;
  }

  async expectConfirmed(fullName: string, colour: string): Promise<void> {
    await expect(this.confirmation).toHaveText(
      new RegExp(`${fullName} is gemarkeerd als palliatief \\(kleur ${colour}\\)`),
    );
  }
}
