/** Nieuw MDO (/mdo/nieuw): date, times, place, the kernteam expected and the chair. */
import { expect, type Locator, type Page } from '@playwright/test';
import { fieldLabelled } from '../support/form-fields';

export type MemberRoleLabel =
  | 'huisarts'
  | 'POH'
  | 'wijkverpleegkundige'
  | 'specialist palliatieve zorg (PZ)'
  | 'specialist ouderengeneeskunde (SO)'
  | 'apotheker'
  | 'geestelijk verzorger'
  | 'VPTZ-coördinator'
  | 'sociaal werker';

export interface NewMeeting {
  /** dd-mm-jjjj */
  date: string;
  /** uu:mm */
  startTime: string;
  endTime: string;
  location: string;
  /** Members to add after those the form already lists. */
  extraMembers: { name: string; role: MemberRoleLabel }[];
  /** The chair as the choice reads: "Naam (rol)". */
  chair: string;
}

export class MeetingFormPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Nieuw MDO', exact: true });
  }

  async expectNewMeetingForm(): Promise<void> {
    await expect(this.page).toHaveURL(/\/mdo\/nieuw$/);
    await expect(this.heading).toBeVisible();
  }

  member(number: number): Locator {
    return this.page.getByRole('group', { name: `Teamlid ${number}`, exact: true });
  }

  /** How many members the form lists now. */
  memberCount(): Promise<number> {
    return this.page.getByRole('group', { name: /^Teamlid \d+$/ }).count();
  }

  async fill(meeting: NewMeeting): Promise<void> {
    await fieldLabelled(this.page, 'Datum').fill(meeting.date);
    await fieldLabelled(this.page, 'Begintijd').fill(meeting.startTime);
    await fieldLabelled(this.page, 'Eindtijd').fill(meeting.endTime);
    await fieldLabelled(this.page, 'Locatie').fill(meeting.location);
    for (const member of meeting.extraMembers) {
      const number = (await this.memberCount()) + 1;
      await this.page.getByRole('button', { name: 'Teamlid toevoegen' }).click();
      const row = this.member(number);
      await fieldLabelled(row, 'Naam').fill(member.name);
      await fieldLabelled(row, 'Rol').selectOption({ label: member.role });
    }
    await fieldLabelled(this.page, 'Voorzitter').selectOption({ label: meeting.chair });
  }

  /** The form took team, chair, times and place over from the meeting of `date`; only the date is left. */
  async expectPrefilledFrom(date: string): Promise<void> {
    await expect(
      this.page.getByText(`Team, voorzitter, tijden en plaats zijn overgenomen van het MDO van ${date}.`),
    ).toBeVisible();
  }

  async fillDate(date: string): Promise<void> {
    await fieldLabelled(this.page, 'Datum').fill(date);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'MDO opslaan' }).click();
  }
}
