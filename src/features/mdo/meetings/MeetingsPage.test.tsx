import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { cancelMeeting } from '../../../db';
import { renderApp } from '../../../test/render';
import { daysFromToday, dutch, MEMBERS, seedMeeting } from './mdo-test-data';

describe('the MDO list and the meeting form', () => {
  it('plans a meeting that then appears under the upcoming meetings', async () => {
    const { user, db } = await renderApp('/mdo');
    expect(await screen.findByRole('heading', { level: 1, name: 'MDO' })).toBeInTheDocument();
    expect(screen.getByText(/Er is nog geen MDO gepland/)).toBeInTheDocument();
    for (const [name, path] of [
      ['Acties', '/acties'],
      ['Specialisten', '/specialisten'],
      ['Aanwezigheid', '/mdo/aanwezigheid'],
    ]) {
      expect(screen.getByRole('link', { name })).toHaveAttribute('href', path);
    }

    await user.click(screen.getByRole('link', { name: 'Nieuw MDO' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Nieuw MDO' })).toBeInTheDocument();
    // Without an earlier meeting the signed-in POH is the first member.
    expect(screen.getByText(/u staat als eerste teamlid klaar/)).toBeInTheDocument();
    const first = screen.getByRole('group', { name: 'Teamlid 1' });
    expect(within(first).getByLabelText(/^Naam/)).toHaveValue('Petra Ouwens');
    expect(within(first).getByLabelText(/^Rol/)).toHaveValue('poh');

    const date = daysFromToday(14);
    await user.type(screen.getByLabelText(/^Datum/), dutch(date));
    await user.type(screen.getByLabelText(/^Begintijd/), '9.30');
    await user.type(screen.getByLabelText(/^Eindtijd/), '11:00');
    await user.type(screen.getByLabelText(/^Locatie/), 'Spreekkamer 2');
    await user.click(screen.getByRole('button', { name: 'Teamlid toevoegen' }));
    const second = screen.getByRole('group', { name: 'Teamlid 2' });
    await user.type(within(second).getByLabelText(/^Naam/), 'Hanna Bakker');
    await user.selectOptions(within(second).getByLabelText(/^Rol/), 'huisarts');
    await user.selectOptions(screen.getByLabelText(/^Voorzitter/), 'Hanna Bakker (huisarts)');
    await user.click(screen.getByRole('button', { name: 'MDO opslaan' }));

    expect(await screen.findByText('MDO opgeslagen')).toHaveAttribute('role', 'status');
    const [meeting] = await db.meetings.toArray();
    expect(meeting).toMatchObject({ date, startTime: '09:30', endTime: '11:00', location: 'Spreekkamer 2' });
    expect(meeting?.members.map((member) => [member.name, member.role])).toEqual([
      ['Petra Ouwens', 'poh'],
      ['Hanna Bakker', 'huisarts'],
    ]);
    expect(meeting?.chairMemberId).toBe(meeting?.members[1]?.id);

    await user.click(screen.getByRole('link', { name: 'Terug naar MDO' }));
    const upcoming = await screen.findByRole('list', { name: 'Komende overleggen' });
    const card = within(upcoming).getByRole('listitem');
    expect(within(card).getByRole('link', { name: new RegExp(dutch(date)) })).toHaveAttribute(
      'href',
      `/mdo/${meeting?.id ?? ''}`,
    );
    expect(card).toHaveTextContent('09:30–11:00 uur · Spreekkamer 2');
    expect(card).toHaveTextContent('Voorzitter: Hanna Bakker · 0 agendapunten');
    expect(screen.getByText('Er zijn nog geen eerdere overleggen vastgelegd.')).toBeInTheDocument();
  });

  it('refuses an end before the start and a new meeting in the past, in Dutch next to the fields', async () => {
    const { user, db } = await renderApp('/mdo/nieuw');
    const date = await screen.findByLabelText(/^Datum/);
    await user.type(date, dutch(daysFromToday(-3)));
    await user.type(screen.getByLabelText(/^Begintijd/), '14:00');
    await user.type(screen.getByLabelText(/^Eindtijd/), '13:30');
    await user.click(screen.getByRole('button', { name: 'MDO opslaan' }));

    await waitFor(() => {
      expect(screen.getByLabelText(/^Eindtijd/)).toHaveAccessibleDescription(
        /De eindtijd moet na de begintijd liggen\./,
      );
    });
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(/Een nieuw MDO kan niet in het verleden liggen\./);
    expect(screen.getByRole('alert')).toHaveTextContent('Het MDO is niet opgeslagen.');
    expect(await db.meetings.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('shows every error at once: a wrong video link together with a past date and an end before the start', async () => {
    const { user, db } = await renderApp('/mdo/nieuw');
    const date = await screen.findByLabelText(/^Datum/);
    await user.type(date, dutch(daysFromToday(-3)));
    await user.type(screen.getByLabelText(/^Begintijd/), '14:00');
    await user.type(screen.getByLabelText(/^Eindtijd/), '13:30');
    await user.type(screen.getByLabelText(/^Videolink/), 'meet.example.nl/mdo');
    await user.click(screen.getByRole('button', { name: 'MDO opslaan' }));

    await waitFor(() => {
      expect(screen.getByLabelText(/^Videolink/)).toHaveAccessibleDescription(/Geen geldige link\./);
    });
    expect(date).toHaveAccessibleDescription(/Een nieuw MDO kan niet in het verleden liggen\./);
    expect(screen.getByLabelText(/^Eindtijd/)).toHaveAccessibleDescription(
      /De eindtijd moet na de begintijd liggen\./,
    );
    expect(await db.meetings.count()).toBe(0);
  });

  it('refuses an invalid time and link and a team member without name or role', async () => {
    const { user, db } = await renderApp('/mdo/nieuw');
    await user.type(await screen.findByLabelText(/^Datum/), dutch(daysFromToday(7)));
    await user.type(screen.getByLabelText(/^Begintijd/), '25:00');
    await user.type(screen.getByLabelText(/^Eindtijd/), '16:00');
    await user.type(screen.getByLabelText(/^Videolink/), 'meet.example.nl/mdo');
    await user.clear(within(screen.getByRole('group', { name: 'Teamlid 1' })).getByLabelText(/^Naam/));
    await user.click(screen.getByRole('button', { name: 'Teamlid toevoegen' }));
    await user.type(
      within(screen.getByRole('group', { name: 'Teamlid 2' })).getByLabelText(/^Naam/),
      'Sanne',
    );
    await user.click(screen.getByRole('button', { name: 'MDO opslaan' }));

    await waitFor(() => {
      expect(screen.getByLabelText(/^Begintijd/)).toHaveAccessibleDescription(/Geen geldige tijd\./);
    });
    expect(screen.getByLabelText(/^Videolink/)).toHaveAccessibleDescription(/Geen geldige link\./);
    const first = screen.getByRole('group', { name: 'Teamlid 1' });
    expect(within(first).getByLabelText(/^Naam/)).toHaveAccessibleDescription(/Vul dit veld in\./);
    const second = screen.getByRole('group', { name: 'Teamlid 2' });
    expect(within(second).getByLabelText(/^Rol/)).toHaveAccessibleDescription(/Vul dit veld in\./);
    expect(await db.meetings.count()).toBe(0);
  });

  it('takes the team, the chair, the times and the place over from the most recent meeting', async () => {
    const { user, db } = await renderApp('/mdo');
    await seedMeeting(db, -40, { location: 'Oude zaal' });
    const latest = await seedMeeting(db, -10, {
      location: 'Gezondheidscentrum',
      startTime: '12:30',
      endTime: '13:30',
    });
    await user.click(await screen.findByRole('link', { name: 'Nieuw MDO' }));

    expect(
      await screen.findByText(
        `Team, voorzitter, tijden en plaats zijn overgenomen van het MDO van ${dutch(latest.date)}.`,
        {
          exact: false,
        },
      ),
    ).toBeInTheDocument();
    expect(screen.getByLabelText(/^Datum/)).toHaveValue('');
    expect(screen.getByLabelText(/^Begintijd/)).toHaveValue('12:30');
    expect(screen.getByLabelText(/^Locatie/)).toHaveValue('Gezondheidscentrum');
    for (const [index, member] of MEMBERS.entries()) {
      const row = screen.getByRole('group', { name: `Teamlid ${String(index + 1)}` });
      expect(within(row).getByLabelText(/^Naam/)).toHaveValue(member.name);
      expect(within(row).getByLabelText(/^Rol/)).toHaveValue(member.role);
    }
    expect(screen.getByLabelText(/^Voorzitter/)).toHaveDisplayValue('Petra Ouwens (POH)');

    // Removing the chair's row leaves the chair to be chosen again, instead of pointing at nobody.
    await user.click(screen.getByRole('button', { name: 'Teamlid 2 verwijderen' }));
    expect(screen.getByLabelText(/^Voorzitter/)).toHaveDisplayValue('Nog niet gekozen');
  });

  it('lists past meetings apart and says in words that a meeting is cancelled, with the reason', async () => {
    const { db } = await renderApp('/mdo');
    const past = await seedMeeting(db, -21);
    const cancelled = await seedMeeting(db, 21);
    await cancelMeeting(db, cancelled.id, 'Te weinig deelnemers', new Date());

    const pastList = await screen.findByRole('list', { name: 'Eerdere overleggen' });
    expect(within(pastList).getByRole('link', { name: new RegExp(dutch(past.date)) })).toBeInTheDocument();
    // Seeded after the page rendered: the upcoming list appears once the cancelled meeting is read.
    const upcoming = await screen.findByRole('list', { name: 'Komende overleggen' });
    await waitFor(() => {
      expect(within(upcoming).getByRole('listitem')).toHaveTextContent('Geannuleerd: Te weinig deelnemers');
    });
    expect(within(upcoming).getByRole('listitem')).toHaveTextContent('Voorzitter: Petra Ouwens');
  });
});
