import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { toDutchDate } from '../../../domain';
import { addDays } from '../../../domain';
import { ADVICE, NURSE, openMeetingMode, seedAdvice, today } from './meeting-test-data';

/** The open agenda item's panel: the list item whose heading button is expanded. */
function currentItem(): HTMLElement {
  const heading = screen.getAllByRole('button', { expanded: true })[0];
  const item = heading?.closest('li');
  if (!item) throw new Error('no open agenda item');
  return item;
}

describe('meeting mode (overleg)', () => {
  it('records who is present, also someone who came unannounced', async () => {
    const app = await openMeetingMode();
    const attendance = screen.getByRole('region', { name: 'Aanwezig' });
    expect(within(attendance).getByText('0 van 2 aanwezig')).toBeVisible();

    await app.user.click(
      within(attendance).getByRole('checkbox', { name: 'Fatima Yilmaz (wijkverpleegkundige)' }),
    );
    await app.user.click(
      within(attendance).getByRole('checkbox', { name: 'Hanna Bakker (huisarts), voorzitter' }),
    );
    await waitFor(async () => {
      expect((await app.db.meetings.get(app.meeting.id))?.presentMemberIds).toHaveLength(2);
    });
    expect(await within(attendance).findByText('2 van 2 aanwezig')).toBeVisible();
    expect(screen.getByText(/^Opgeslagen op dit apparaat/)).toBeVisible();

    await app.user.click(within(attendance).getByRole('button', { name: 'Toevoegen als aanwezig' }));
    expect(await within(attendance).findByText('Vul de naam in.')).toBeVisible();
    expect(within(attendance).getByText('Kies een rol.')).toBeVisible();

    await app.user.type(within(attendance).getByLabelText('Naam'), 'Ans Visser');
    await app.user.selectOptions(within(attendance).getByLabelText('Rol'), 'specialist palliatieve zorg');
    await app.user.click(within(attendance).getByRole('button', { name: 'Toevoegen als aanwezig' }));
    expect(
      await within(attendance).findByText('Ans Visser is toegevoegd en staat op aanwezig.'),
    ).toBeVisible();
    expect(
      await within(attendance).findByRole('checkbox', { name: 'Ans Visser (specialist palliatieve zorg)' }),
    ).toBeChecked();
    const stored = await app.db.meetings.get(app.meeting.id);
    expect(stored?.members.map((member) => member.name)).toEqual([
      'Hanna Bakker',
      'Fatima Yilmaz',
      'Ans Visser',
    ]);
    expect(stored?.presentMemberIds).toHaveLength(3);
  });

  it("shows the specialist's advice on the open item with their name and the date", async () => {
    const app = await openMeetingMode();
    const [janItem] = app.items;
    if (!janItem) throw new Error('agenda not seeded');
    await seedAdvice(app.db, janItem);
    const advice = await within(currentItem()).findByRole('region', { name: 'Advies specialist PZ' });
    expect(advice).toHaveTextContent(ADVICE.text);
    expect(advice).toHaveTextContent(`${ADVICE.name}, ${ADVICE.date}`);
  });

  it('shows the patient, the reasons and the question, and saves a conclusion as it is typed', async () => {
    const app = await openMeetingMode();
    const item = currentItem();
    expect(within(item).getByRole('button', { name: /Jan de Vries/ })).toHaveTextContent('Geel');
    expect(item).toHaveTextContent('Kleur in het register: Geel');
    expect(within(item).getByText('Kleur gewijzigd')).toBeVisible();
    expect(within(item).getByText('Is de pijn onder controle?')).toBeVisible();
    expect(await within(item).findByText(/Zorgplan: nog geen zorgplan/)).toBeVisible();
    expect(within(item).getByText('Nog geen checklist ingevuld.')).toBeVisible();
    expect(within(item).getByRole('link', { name: 'Zorgplan openen' })).toHaveAttribute(
      'href',
      `/patienten/${app.jan.id}/zorgplan`,
    );
    await app.db.outbox.clear();

    await app.user.type(within(item).getByLabelText('Psychisch'), 'Angst voor benauwdheid besproken');
    await waitFor(async () => {
      expect((await app.db.agendaItems.get(app.items[0]?.id ?? ''))?.conclusionPsychisch).toBe(
        'Angst voor benauwdheid besproken',
      );
    });
    expect(await screen.findByText(/^Opgeslagen op dit apparaat/)).toBeVisible();
    // Only the typed field travels to the server, so someone typing another dimension never conflicts.
    const changed = (await app.db.outbox.toArray()).map((mutation) => Object.keys(mutation.changed));
    expect(changed.length).toBeGreaterThan(0);
    expect(new Set(changed.flat())).toEqual(new Set(['conclusionPsychisch']));

    await app.user.click(within(item).getByRole('checkbox', { name: 'Besproken in dit MDO' }));
    await app.user.click(within(item).getByRole('checkbox', { name: 'Mantelzorgbelasting besproken' }));
    await waitFor(async () => {
      expect(await app.db.agendaItems.get(app.items[0]?.id ?? '')).toMatchObject({
        isDiscussed: true,
        isCaregiverBurdenDiscussed: true,
      });
    });
    expect(await within(item).findByText('Besproken')).toBeVisible();
  });

  it('refuses an action without owner with a Dutch message next to the field', async () => {
    const app = await openMeetingMode();
    const item = currentItem();
    await app.user.type(within(item).getByLabelText(/Wat moet er gebeuren/), 'Palliatieve kit bestellen');
    await app.user.type(within(item).getByLabelText(/Uiterlijk klaar op/), toDutchDate(addDays(today(), 7)));
    await app.user.click(within(item).getByRole('button', { name: 'Actie toevoegen' }));

    const owner = within(item).getByLabelText(/Wie \(eigenaar\)/);
    expect(await within(item).findByText(/Vul in wie de actie uitvoert/)).toBeVisible();
    expect(owner).toHaveAttribute('aria-invalid', 'true');
    expect(owner).toHaveAccessibleDescription(
      expect.stringContaining('Vul in wie de actie uitvoert') as string,
    );
    expect(await app.db.mdoActions.count()).toBe(0);
  });

  it('refuses an action without due date, and one with owner and due date shows on Acties', async () => {
    const app = await openMeetingMode();
    const item = currentItem();
    await app.user.type(within(item).getByLabelText(/Wat moet er gebeuren/), 'Palliatieve kit bestellen');
    await app.user.type(
      within(item).getByLabelText(/Wie \(eigenaar\)/),
      'Fatima Yilmaz (wijkverpleegkundige)',
    );
    await app.user.click(within(item).getByRole('button', { name: 'Actie toevoegen' }));
    expect(await within(item).findByText(/Vul in wanneer de actie uiterlijk klaar moet zijn/)).toBeVisible();
    expect(await app.db.mdoActions.count()).toBe(0);

    const due = addDays(today(), 7);
    await app.user.type(within(item).getByLabelText(/Uiterlijk klaar op/), toDutchDate(due));
    await app.user.click(within(item).getByRole('button', { name: 'Actie toevoegen' }));
    expect(await within(item).findByText('Actie toegevoegd: Palliatieve kit bestellen')).toBeVisible();
    const actions = await app.db.mdoActions.toArray();
    expect(actions).toEqual([
      expect.objectContaining({
        owner: 'Fatima Yilmaz (wijkverpleegkundige)',
        dueDate: due,
        status: 'open',
        meetingId: app.meeting.id,
        agendaItemId: app.items[0]?.id,
        patientId: app.jan.id,
      }),
    ]);

    await app.user.click(screen.getByRole('link', { name: 'Alle acties' }));
    const open = await screen.findByRole('region', { name: /Open acties/ });
    const row = within(open).getByText('Palliatieve kit bestellen').closest('li');
    expect(row).toHaveTextContent(`${NURSE.name} (wijkverpleegkundige)`);
    expect(row).toHaveTextContent(`Uiterlijk ${toDutchDate(due)}`);
    expect(within(row as HTMLElement).getByRole('link', { name: 'Jan de Vries' })).toBeVisible();
  });

  it('records a new register colour in the marking history, so the register follows', async () => {
    const app = await openMeetingMode();
    const item = currentItem();
    const colours = within(item).getByRole('group', { name: 'Nieuwe kleur in het register' });
    expect(colours).toHaveAccessibleDescription(/ook in het register vastgelegd/);
    await app.user.click(within(colours).getByRole('radio', { name: /^Oranje/ }));

    expect(await within(item).findByText('Registerkleur gewijzigd naar Oranje.')).toBeVisible();
    expect((await app.db.agendaItems.get(app.items[0]?.id ?? ''))?.newColour).toBe('orange');
    expect((await app.db.patients.get(app.jan.id))?.registerColour).toBe('orange');
    const events = await app.db.markingEvents.where('patientId').equals(app.jan.id).toArray();
    expect(events.map((event) => event.kind)).toEqual(['palliative', 'colour']);
    expect(events[1]).toMatchObject({ colour: 'orange', date: today(), author: { name: 'Petra Ouwens' } });
    // The page keeps working while the register changes under it.
    expect(await within(item).findByText('Kleur in het register: Oranje')).toBeVisible();
    expect(screen.queryByText('Er ging iets mis')).not.toBeInTheDocument();
  });

  it('moves on with Volgende: the nabespreking for a patient who died, decisions and actions for a topic', async () => {
    const app = await openMeetingMode();
    await app.user.click(within(currentItem()).getByRole('button', { name: 'Volgende' }));
    const deceased = currentItem();
    expect(within(deceased).getByRole('button', { name: /Truus Smit/ })).toHaveFocus();
    expect(within(deceased).getByRole('group', { name: 'Nabespreking' })).toBeVisible();
    expect(within(deceased).getByText('Niet gemarkeerd vóór het overlijden.')).toBeVisible();
    expect(
      within(deceased).queryByRole('group', { name: 'Nieuwe kleur in het register' }),
    ).not.toBeInTheDocument();
    expect(within(deceased).queryByLabelText('Volgende evaluatie')).not.toBeInTheDocument();
    const markedInTime = within(deceased).getByRole('group', { name: 'Was de patiënt op tijd gemarkeerd?' });
    await app.user.click(within(markedInTime).getByRole('radio', { name: 'Nee' }));
    await app.user.type(within(deceased).getByLabelText('Wat leren we hiervan?'), 'Eerder markeren bij COPD');
    await app.user.tab();
    await waitFor(async () => {
      expect((await app.db.agendaItems.get(app.items[1]?.id ?? ''))?.afterDeathReview).toEqual({
        wasMarkedInTime: 'no',
        diedAtPreferredPlace: null,
        lessons: 'Eerder markeren bij COPD',
      });
    });

    await app.user.click(within(deceased).getByRole('button', { name: 'Volgende' }));
    const topic = currentItem();
    expect(within(topic).getByRole('button', { name: /Scholing palliatieve sedatie/ })).toHaveTextContent(
      'Algemeen onderwerp',
    );
    expect(within(topic).getByLabelText('Besluiten')).toBeVisible();
    expect(within(topic).getByRole('button', { name: 'Actie toevoegen' })).toBeVisible();
    expect(within(topic).queryByLabelText('Lichamelijk')).not.toBeInTheDocument();
    expect(within(topic).getByRole('button', { name: 'Volgende' })).toBeDisabled();
  });

  it('collects knelpunten and logs reading the agenda and the patient (NEN 7513)', async () => {
    const app = await openMeetingMode();
    const bottlenecks = screen.getByRole('region', { name: 'Knelpunten' });
    await app.user.type(within(bottlenecks).getByLabelText('Nieuw knelpunt'), 'Geen hospicebed vrij{Enter}');
    expect(await within(bottlenecks).findByText('Geen hospicebed vrij')).toBeVisible();
    expect((await app.db.meetings.get(app.meeting.id))?.bottlenecks).toEqual(['Geen hospicebed vrij']);

    await waitFor(async () => {
      const events = (await app.db.auditQueue.toArray()).map((event) => [event.event, event.patientId]);
      expect(events).toEqual(
        expect.arrayContaining([
          ['mdo.meeting.view', null],
          ['mdo.item.view', app.jan.id],
        ]),
      );
    });
  });
});
