import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createMdoAction, createMeeting } from '../../../db';
import { addDays, toDutchDate } from '../../../domain';
import { patientRow } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import { today } from '../meeting-mode/meeting-test-data';

async function openActions() {
  const jan = patientRow();
  const app = await renderApp('/acties', [jan]);
  const now = new Date();
  const meeting = await createMeeting(
    app.db,
    { date: today(), startTime: '22:00', endTime: '23:00', location: 'Praktijk' },
    now,
  );
  if (!meeting.ok) throw new Error('meeting failed');
  const add = async (what: string, owner: string, days: number, patientId: string | null) => {
    const result = await createMdoAction(
      app.db,
      {
        what,
        owner,
        dueDate: addDays(today(), days),
        meetingId: meeting.value.id,
        agendaItemId: null,
        patientId,
      },
      now,
    );
    if (!result.ok) throw new Error('action failed');
    return result.value;
  };
  const overdue = await add('Palliatieve kit bestellen', 'Fatima Yilmaz', -2, jan.id);
  const later = await add('Scholing plannen', 'Hanna Bakker', 14, null);
  const soon = await add('Dochter bellen', 'Fatima Yilmaz', 1, jan.id);
  const open = await screen.findByRole('region', { name: /Open acties/ });
  await within(open).findByText('Dochter bellen');
  return { ...app, jan, meeting: meeting.value, overdue, later, soon, open };
}

const rowOf = (container: HTMLElement, what: string) => {
  const row = within(container).getByText(what, { exact: false }).closest('li');
  if (!row) throw new Error(`no row for ${what}`);
  return row;
};

describe('Acties (actions overview)', () => {
  it('lists open actions by due date and marks the overdue one "Verlopen" in words', async () => {
    const { open, jan, meeting } = await openActions();
    const whats = within(open)
      .getAllByRole('listitem')
      .map((item) => item.querySelector('p')?.textContent);
    expect(whats).toEqual(['Verlopen Palliatieve kit bestellen', 'Dochter bellen', 'Scholing plannen']);
    const overdue = rowOf(open, 'Palliatieve kit bestellen');
    expect(within(overdue).getByText('Verlopen')).toBeVisible();
    expect(overdue).toHaveTextContent(`Uiterlijk ${toDutchDate(addDays(today(), -2))}`);
    expect(within(overdue).getByRole('link', { name: 'Jan de Vries' })).toHaveAttribute(
      'href',
      `/patienten/${jan.id}`,
    );
    expect(
      within(overdue).getByRole('link', { name: `MDO van ${toDutchDate(meeting.date)}` }),
    ).toHaveAttribute('href', `/mdo/${meeting.id}`);
    expect(within(rowOf(open, 'Dochter bellen')).queryByText('Verlopen')).not.toBeInTheDocument();
    expect(rowOf(open, 'Scholing plannen')).toHaveTextContent('Algemene actie');
  });

  it('marks an action done and opens it again', async () => {
    const app = await openActions();
    await app.user.click(
      within(app.open).getByRole('button', { name: 'Markeer als afgerond: Dochter bellen' }),
    );
    await waitFor(() => {
      expect(within(app.open).queryByText('Dochter bellen')).not.toBeInTheDocument();
    });
    expect((await app.db.mdoActions.get(app.soon.id))?.status).toBe('done');

    await app.user.selectOptions(screen.getByLabelText('Status'), 'Afgerond');
    const done = screen.getByRole('region', { name: /Afgeronde acties/ });
    expect(rowOf(done, 'Dochter bellen')).toHaveTextContent(`Afgerond op ${toDutchDate(today())}`);
    await app.user.click(within(done).getByRole('button', { name: 'Weer openen: Dochter bellen' }));
    await waitFor(async () => {
      expect((await app.db.mdoActions.get(app.soon.id))?.status).toBe('open');
    });
  });

  it('filters by owner', async () => {
    const app = await openActions();
    await app.user.selectOptions(screen.getByLabelText('Eigenaar'), 'Hanna Bakker');
    const items = within(screen.getByRole('region', { name: /Open acties/ })).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent('Scholing plannen');
  });

  it('changes owner and due date, and refuses an empty owner next to the field', async () => {
    const app = await openActions();
    await app.user.click(within(app.open).getByRole('button', { name: 'Wijzigen: Scholing plannen' }));
    const row = rowOf(app.open, 'Scholing plannen');
    const owner = within(row).getByLabelText(/Wie \(eigenaar\)/);
    await app.user.clear(owner);
    await app.user.click(within(row).getByRole('button', { name: 'Opslaan' }));
    expect(await within(row).findByText(/Vul in wie de actie uitvoert/)).toBeVisible();

    await app.user.type(owner, 'Petra Ouwens');
    const due = within(row).getByLabelText(/Uiterlijk klaar op/);
    await app.user.clear(due);
    await app.user.type(due, toDutchDate(addDays(today(), 30)));
    await app.user.click(within(row).getByRole('button', { name: 'Opslaan' }));
    await waitFor(async () => {
      expect(await app.db.mdoActions.get(app.later.id)).toMatchObject({
        owner: 'Petra Ouwens',
        dueDate: addDays(today(), 30),
      });
    });
    expect(await within(app.open).findByText('Petra Ouwens')).toBeVisible();
  });
});
