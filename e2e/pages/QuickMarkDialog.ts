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

  /**
   * Tabs to the surprise question (from the birth date field) and picks the answer by keyboard: the arrow
   * keys move through the radios and check the one they land on; Space checks the one that has the focus.
   */
  async answerSurpriseQuestion(answer: SurpriseAnswer): Promise<void> {
    const group = this.dialog.getByRole('group', { name: /Zou het mij verbazen/ });
    const radios = group.getByRole('radio');
    const hasFocus = async () => radios.evaluateAll((els) => els.some((el) => el === document.activeElement));
    if (!(await hasFocus())) await this.page.keyboard.press('Tab');
    expect(await hasFocus(), 'the focus is in the surprise question').toBe(true);
    const target = group.getByRole('radio', { name: answer, exact: true });
    if (await target.evaluate((el) => el === document.activeElement)) await this.page.keyboard.press('Space');
    for (let step = 0; step < 3 && !(await target.isChecked()); step += 1)
      await this.page.keyboard.press('ArrowDown');
    await expect(target).toBeChecked();
    this.interactions += 1;
  }

  /** Tabs from the surprise question to "Gemarkeerd door (huisarts)" and types the GP's name (typing). */
  async typeMarkedBy(name: string): Promise<void> {
    await this.page.keyboard.press('Tab');
    const field = this.dialog.getByLabel(/^Gemarkeerd door \(huisarts\)/);
    await expect(field).toBeFocused();
    await this.page.keyboard.press('ControlOrMeta+a');
    await this.page.keyboard.type(name);
    await expect(field).toHaveValue(name);
  }

  /**
   * Tabs on (past the colour, which stays Geel) to "Markeren" and presses Enter on it. The Tabs only
   * walk the focus; the one action is pressing the button.
   */
  async mark(): Promise<void> {
    const button = this.dialog.getByRole('button', { name: 'Markeren', exact: true });
    const isFocused = () => button.evaluate((el) => el === document.activeElement);
    for (let step = 0; step < 6 && !(await isFocused()); step += 1) await this.page.keyboard.press('Tab');
    await expect(button).toBeFocused();
    await this.page.keyboard.press('Enter');
    this.interactions += 1;
  }

  async expectConfirmed(fullName: string, colour: string): Promise<void> {
    await expect(this.confirmation).toHaveText(
      new RegExp(`${fullName} is gemarkeerd als palliatief \\(kleur ${colour}\\)`),
    );
  }
}
