/**
 * MDO-overleg (/mdo/:id/overleg), the meeting run on a tablet: attendance, then agenda item by item with
 * its outcome and actions. Everything saves itself on the device as it is typed.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { fieldLabelled } from '../support/form-fields';

export type DimensionLabel = 'Lichamelijk' | 'Psychisch' | 'Sociaal' | 'Spiritueel en zingeving';

export interface NewAction {
  what: string;
  owner: string;
  /** dd-mm-jjjj */
  dueDate: string;
}

/** The name of the button that opens an item: "1. Naam · kleur · Nog niet besproken". */
function itemButtonName(title: string): { name: RegExp } {
  return { name: new RegExp(`^\\d+\\.\\s*${title}`) };
}

export class MeetingModePage {
  readonly heading: Locator;
  readonly attendance: Locator;
  readonly agenda: Locator;
  /** The always-visible line that says whether everything is stored on this device. */
  readonly saveStatus: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'MDO-overleg' });
    this.attendance = page.getByRole('region', { name: 'Aanwezig', exact: true });
    this.agenda = page.getByRole('region', { name: 'Agenda', exact: true });
    this.saveStatus = page.getByRole('status').filter({
      hasText: /^(Alles wordt vanzelf|Bezig met opslaan|Opgeslagen op dit apparaat|Niet opgeslagen)/,
    });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL(/\/mdo\/[0-9a-f-]{36}\/overleg$/);
    await expect(this.heading).toBeVisible();
  }

  /**
   * Ticks a member as present. The box shows what is stored, so it turns checked once the change is
   * saved on the device (a moment after the tap): click, then wait for it, rather than `check()`.
   */
  async markPresent(member: string): Promise<void> {
    const box = this.attendance.getByRole('checkbox', { name: member });
    await expect(box).not.toBeChecked();
    await box.click();
    await expect(box).toBeChecked();
  }

  /** The button that opens an item: "1. Naam · kleur · Nog niet besproken". */
  itemButton(title: string): Locator {
    return this.agenda.getByRole('button', itemButtonName(title));
  }

  /** The whole entry of an agenda item (heading and, when open, its panel). */
  item(title: string): Locator {
    return this.agenda
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', itemButtonName(title)) });
  }

  async openItem(title: string): Promise<void> {
    await this.itemButton(title).click();
    await expect(this.itemButton(title)).toHaveAttribute('aria-expanded', 'true');
  }

  async markDiscussed(title: string): Promise<void> {
    const box = this.item(title).getByRole('checkbox', { name: 'Besproken in dit MDO' });
    await expect(box).not.toBeChecked();
    await box.click();
    await expect(box).toBeChecked();
    await expect(this.itemButton(title)).toContainText('Besproken');
  }

  async writeConclusion(title: string, dimension: DimensionLabel, text: string): Promise<void> {
    await fieldLabelled(this.item(title), dimension).fill(text);
  }

  async writeDecisions(title: string, text: string): Promise<void> {
    await fieldLabelled(this.item(title), 'Besluiten').fill(text);
  }

  async addAction(title: string, action: NewAction): Promise<void> {
    const item = this.item(title);
    await fieldLabelled(item, 'Wat moet er gebeuren').fill(action.what);
    await fieldLabelled(item, 'Wie (eigenaar)').fill(action.owner);
    await fieldLabelled(item, 'Uiterlijk klaar op').fill(action.dueDate);
    await item.getByRole('button', { name: 'Actie toevoegen' }).click();
    await expect(item.getByRole('status').filter({ hasText: 'Actie toegevoegd' })).toHaveText(
      `Actie toegevoegd: ${action.what}`,
    );
  }

  /** The actions agreed on an item, as listed under "Acties". */
  actionsOf(title: string): Locator {
    return this.item(title).getByRole('region', { name: 'Acties', exact: true }).getByRole('listitem');
  }
}
