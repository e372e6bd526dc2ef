/** One MDO (/mdo/:id): its details, the agenda in order, and the specialists invited to it. */
import { expect, type Locator, type Page } from '@playwright/test';
import { fieldLabelled } from '../support/form-fields';

const MEETING_URL = /\/mdo\/[0-9a-f-]{36}$/;

export class MeetingPage {
  readonly heading: Locator;
  readonly agenda: Locator;
  readonly invitations: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.agenda = page.getByRole('list', { name: 'Agenda', exact: true });
    this.invitations = page.getByRole('region', { name: 'Uitnodigingen voor specialisten' });
  }

  /** The meeting of `date` (dd-mm-jjjj) is shown; the title reads "MDO <weekdag> <datum>". */
  async expectShowing(date: string): Promise<void> {
    await expect(this.page).toHaveURL(MEETING_URL);
    await expect(this.heading).toHaveText(new RegExp(`^MDO \\S+ ${date}$`));
  }

  async expectJustSaved(date: string): Promise<void> {
    await this.expectShowing(date);
    await expect(this.page.getByRole('status').filter({ hasText: 'MDO opgeslagen' })).toBeVisible();
  }

  async openAgendaBuilder(): Promise<void> {
    await this.page.getByRole('link', { name: 'Agenda samenstellen' }).click();
  }

  async startMeeting(): Promise<void> {
    await this.page.getByRole('link', { name: 'Overleg starten' }).click();
  }

  /** An agenda item by the patient's full name or the topic. */
  agendaItem(title: string): Locator {
    return this.agenda.getByRole('listitem').filter({ hasText: title });
  }

  /**
   * Invites a specialist ("Naam – Organisatie", as the choice reads) to the agenda item of a patient or
   * topic (the choice reads "Agendapunt 2: Naam"), or to the whole meeting when `agendaItem` is null.
   */
  async invite(specialist: string, agendaItem: string | null): Promise<void> {
    await fieldLabelled(this.invitations, 'Specialist').selectOption({ label: specialist });
    const target = fieldLabelled(this.invitations, 'Uitnodigen voor');
    const option =
      agendaItem === null
        ? target.getByRole('option', { name: 'Het hele overleg', exact: true })
        : target.getByRole('option', { name: new RegExp(`^Agendapunt \\d+: ${agendaItem}$`) });
    await target.selectOption({ label: (await option.textContent()) ?? '' });
    await this.invitations.getByRole('button', { name: 'Uitnodigen', exact: true }).click();
  }

  invitationList(): Locator {
    return this.invitations.getByRole('list', { name: 'Uitnodigingen' });
  }
}
