/**
 * Agenda voorbereiden (/mdo/:id/agenda): the register's suggestions with their reasons, the agenda being
 * built, and per item the question for the team and the open actions carried from earlier meetings.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { fieldLabelled } from '../support/form-fields';

export class AgendaBuilderPage {
  readonly heading: Locator;
  readonly suggestions: Locator;
  readonly agenda: Locator;
  /** The page's announcements (accepted, moved, removed). */
  readonly message: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Agenda voorbereiden' });
    this.suggestions = page.getByRole('region', { name: 'Voorgestelde patiënten' });
    this.agenda = page.getByRole('region', { name: 'Agenda', exact: true });
    this.message = page.getByRole('status').filter({ hasText: /op de agenda|agenda gehaald|staat nu op/ });
  }

  async expectLoaded(): Promise<void> {
    await expect(this.page).toHaveURL(/\/mdo\/[0-9a-f-]{36}\/agenda$/);
    await expect(this.heading).toBeVisible();
  }

  /** A suggested patient, by full name. */
  suggestion(name: string): Locator {
    return this.suggestions.getByRole('listitem', { name, exact: true });
  }

  /** The reasons a suggested patient is on the list ("Waarom op de agenda"), in words. */
  reasonsOf(name: string): Locator {
    return this.suggestion(name).getByRole('list', { name: 'Waarom op de agenda' }).getByRole('listitem');
  }

  async expectSuggested(name: string, reasons: readonly string[]): Promise<void> {
    await expect(this.suggestion(name)).toBeVisible();
    for (const reason of reasons) {
      await expect(this.reasonsOf(name).filter({ hasText: reason })).toHaveCount(1);
    }
  }

  async acceptAll(count: number): Promise<void> {
    await this.suggestions.getByRole('button', { name: `Alle ${count} voorstellen overnemen` }).click();
    await expect(this.message).toHaveText(`${count} patiënten op de agenda gezet.`);
  }

  async accept(name: string): Promise<void> {
    await this.suggestion(name)
      .getByRole('button', { name: `${name} op de agenda zetten` })
      .click();
    await expect(this.message).toHaveText('1 patiënt op de agenda gezet.');
  }

  /** An item on the agenda, by the patient's full name. */
  agendaItem(name: string): Locator {
    return this.agenda.getByRole('listitem', { name, exact: true });
  }

  /** Types the question for the team and waits until the page says it is saved. */
  async writeQuestion(name: string, question: string): Promise<void> {
    const item = this.agendaItem(name);
    await fieldLabelled(item, 'Vraag aan het team').fill(question);
    await expect(item.getByText('Opgeslagen', { exact: true })).toBeVisible();
  }

  /** The open actions of earlier meetings shown with an agenda item. */
  carriedActions(name: string): Locator {
    return this.agendaItem(name)
      .getByRole('list', { name: 'Openstaande acties van eerdere overleggen' })
      .getByRole('listitem');
  }
}
