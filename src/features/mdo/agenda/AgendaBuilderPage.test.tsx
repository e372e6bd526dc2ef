import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { addAgendaItems, agendaOf, createMdoAction, recordMarking, type TijdigDb } from '../../../db';
import type { Author, Patient } from '../../../domain';
import { useSessionStore } from '../../../state/session-store';
import { testSession } from '../../../test/auth-client';
import { patientRow } from '../../../test/factories';
import { renderApp } from '../../../test/render';
import { daysFromToday, seedMeeting } from './test-meetings';

const GP: Author = { name: 'Hanna Bakker', role: 'huisarts' };
const NURSE: Author = { name: 'Fatima Amrani', role: 'wijkverpleegkundige' };

const anna = () => patientRow({ givenName: 'Anna', namePrefix: '', familyName: 'Visser' });
const kees = (overrides: Partial<Patient> = {}) =>
  patientRow({ givenName: 'Kees', namePrefix: '', familyName: 'Smit', ...overrides });
const deceasedKees = () => kees({ status: 'deceased', deathDate: daysFromToday(-5) });
const piet = () => patientRow({ givenName: 'Piet', namePrefix: '', familyName: 'Bos' });

async function mark(db: TijdigDb, patient: Patient, daysAgo: number) {
  const change = {
    kind: 'palliative',
    markedBy: GP.name,
    basis: 'clinicalJudgement',
    isConversationHeld: false,
    conversationDate: null,
    colour: 'orange',
  };
  const result = await recordMarking(
    db,
    { patientId: patient.id, date: daysFromToday(-daysAgo), change, author: GP },
    new Date(),
  );
  if (!result.ok) throw new Error(`marking failed: ${JSON.stringify(result.error)}`);
}

/** Renders the builder for a meeting in two weeks, with an earlier meeting six weeks ago. */
async function openBuilder(patients: Patient[]) {
  const meetingId = crypto.randomUUID();
  const app = await renderApp(`/mdo/${meetingId}/agenda`, patients);
  const previous = await seedMeeting(app.db, { date: daysFromToday(-42) });
  const meeting = await seedMeeting(app.db, { id: meetingId });
  // The heading shows while the meeting is still unknown too; the agenda region only once it is read.
  await screen.findByRole('region', { name: 'Agenda' });
  return { ...app, meeting, previous };
}

async function add(db: TijdigDb, meetingId: string, entries: Parameters<typeof addAgendaItems>[2]) {
  const result = await addAgendaItems(db, meetingId, entries, new Date());
  if (!result.ok) throw new Error(`adding failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

afterEach(() => {
  vi.restoreAllMocks();
});

/**
 * jsdom does no layout, so every element measures 0 x 0 and the keyboard sensor finds no item below
 * another. Give each agenda item a 90 px tall box, one under the other, as a browser would.
 */
function layOutAgendaItems() {
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const item = this.closest('[data-item]');
    // Everything else keeps jsdom's empty box.
    if (!item?.parentElement) return DOMRect.fromRect();
    const top = [...item.parentElement.children].indexOf(item) * 100;
    return DOMRect.fromRect({ x: 0, y: top, width: 500, height: 90 });
  });
}

const agendaRegion = () => screen.getByRole('region', { name: 'Agenda' });
const itemTitles = () =>
  within(agendaRegion())
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

describe('the agenda builder', () => {
  it('suggests patients from the register with their reasons in words, most urgent first', async () => {
    const [a, k, p] = [anna(), deceasedKees(), piet()];
    const { db } = await openBuilder([a, k, p]);
    await act(() => mark(db, a, 10));

    const suggestions = await screen.findByRole('region', { name: 'Voorgestelde patiënten' });
    const annaItem = await within(suggestions).findByRole('listitem', { name: 'Anna Visser' });
    const reasons = within(annaItem).getByRole('list', { name: 'Waarom op de agenda' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Nieuw gemarkeerd', 'Nog geen zorgplan']);
    expect(within(annaItem).getByText('Nog niet eerder besproken')).toBeInTheDocument();
    const keesItem = within(suggestions).getByRole('listitem', { name: 'Kees Smit' });
    expect(within(keesItem).getByText('Overleden: nabespreking')).toBeInTheDocument();
    expect(within(suggestions).queryByRole('listitem', { name: 'Piet Bos' })).not.toBeInTheDocument();
    const names = within(suggestions)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(names).toEqual(['Anna Visser', 'Kees Smit']);
    expect(within(suggestions).getByText(/sinds het vorige MDO van/)).toBeInTheDocument();
    // Showing the agenda with patients is an access to patient data (NEN 7513), queued on the device.
    await waitFor(async () => {
      expect((await db.auditQueue.toArray()).map((event) => event.event)).toContain('mdo.agenda.view');
    });
  });

  it('is not for an external specialist PZ, who is led to their invitations', async () => {
    useSessionStore.setState({ session: testSession('specialist-pz') });
    const meetingId = crypto.randomUUID();
    const { db } = await renderApp(`/mdo/${meetingId}/agenda`, [anna()]);
    await seedMeeting(db, { id: meetingId });
    expect(await screen.findByRole('heading', { level: 1, name: 'Uitnodigingen' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Voorgestelde patiënten' })).not.toBeInTheDocument();
  });

  it('puts one suggestion on the agenda with its reasons, then all the others', async () => {
    const [a, k] = [anna(), deceasedKees()];
    const { db, user, meeting } = await openBuilder([a, k]);
    await act(() => mark(db, a, 10));
    const suggestions = await screen.findByRole('region', { name: 'Voorgestelde patiënten' });

    await user.click(
      await within(suggestions).findByRole('button', { name: 'Anna Visser op de agenda zetten' }),
    );
    await waitFor(() => {
      expect(itemTitles()).toEqual(['Anna Visser']);
    });
    expect(await screen.findByText('1 patiënt op de agenda gezet.')).toBeInTheDocument();
    const item = within(agendaRegion()).getByRole('listitem', { name: 'Anna Visser' });
    expect(within(item).getByText('Nieuw gemarkeerd')).toBeInTheDocument();
    expect(within(suggestions).queryByRole('listitem', { name: 'Anna Visser' })).not.toBeInTheDocument();

    await user.click(within(suggestions).getByRole('button', { name: 'Alle 1 voorstellen overnemen' }));
    await waitFor(() => {
      expect(itemTitles()).toEqual(['Anna Visser', 'Kees Smit']);
    });
    expect(await within(suggestions).findByText(/Geen voorstellen/)).toBeInTheDocument();
    const stored = await agendaOf(db, meeting.id);
    expect(stored.map((row) => [row.patientId, row.reasons])).toEqual([
      [a.id, ['newlyMarked', 'noCarePlan']],
      [k.id, ['diedSinceLastMeeting']],
    ]);
  });

  it('orders items with the Omhoog/Omlaag buttons and keeps the focus on the moved item', async () => {
    const [a, k, p] = [anna(), kees(), piet()];
    const { db, user, meeting } = await openBuilder([a, k, p]);
    await act(() => add(db, meeting.id, [{ patientId: a.id }, { patientId: k.id }, { patientId: p.id }]));
    await waitFor(() => {
      expect(itemTitles()).toEqual(['Anna Visser', 'Kees Smit', 'Piet Bos']);
    });
    expect(screen.getByRole('button', { name: 'Anna Visser omhoog' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Anna Visser omlaag' }));
    await waitFor(() => {
      expect(itemTitles()).toEqual(['Kees Smit', 'Anna Visser', 'Piet Bos']);
    });
    expect(await screen.findByText('Anna Visser staat nu op plaats 2 van 3.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Piet Bos omhoog' }));
    await user.click(screen.getByRole('button', { name: 'Piet Bos omhoog' }));
    await waitFor(() => {
      expect(itemTitles()).toEqual(['Piet Bos', 'Kees Smit', 'Anna Visser']);
    });
    // At the top "omhoog" is disabled: the focus stays with the item, on its other button.
    await waitFor(() => {
      expect(screen.getByRole('button', { name: 'Piet Bos omlaag' })).toHaveFocus();
    });
    expect((await agendaOf(db, meeting.id)).map((item) => item.patientId)).toEqual([p.id, k.id, a.id]);
  });

  it('orders items by keyboard drag and drop, with Dutch instructions and announcements', async () => {
    layOutAgendaItems();
    const [a, k, p] = [anna(), kees(), piet()];
    const { db, user, meeting } = await openBuilder([a, k, p]);
    await act(() => add(db, meeting.id, [{ patientId: a.id }, { patientId: k.id }, { patientId: p.id }]));
    const handle = await screen.findByRole('button', { name: 'Anna Visser verslepen' });
    await waitFor(() => {
      expect(handle).toHaveAccessibleDescription(/Druk op spatie of Enter om het agendapunt op te pakken/);
    });

    handle.focus();
    await user.keyboard('[Space]');
    expect(await screen.findByText('Anna Visser opgepakt, op plaats 1 van 3.')).toBeInTheDocument();
    await user.keyboard('[ArrowDown]');
    await user.keyboard('[Space]');
    expect(await screen.findByText('Anna Visser neergezet op plaats 2 van 3.')).toBeInTheDocument();
    await waitFor(() => {
      expect(itemTitles()).toEqual(['Kees Smit', 'Anna Visser', 'Piet Bos']);
    });
    expect((await agendaOf(db, meeting.id)).map((item) => item.patientId)).toEqual([k.id, a.id, p.id]);
  });

  it('refuses a patient who is already on the agenda, with the message next to the field', async () => {
    const a = anna();
    const { db, user, meeting } = await openBuilder([a, kees()]);
    await act(() => add(db, meeting.id, [{ patientId: a.id }]));
    await waitFor(() => {
      expect(itemTitles()).toEqual(['Anna Visser']);
    });

    const field = screen.getByRole('combobox', { name: 'Patiënt toevoegen' });
    await user.type(field, 'Anna');
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(field).toHaveAttribute('aria-invalid', 'true');
    });
    expect(field).toHaveAccessibleDescription(/Deze patiënt staat al op de agenda van dit MDO\./);
    expect((await agendaOf(db, meeting.id)).length).toBe(1);

    await user.clear(field);
    await user.type(field, 'Kees');
    await user.keyboard('{Enter}');
    await waitFor(() => {
      expect(itemTitles()).toEqual(['Anna Visser', 'Kees Smit']);
    });
    expect(field).toHaveAttribute('aria-invalid', 'false');
  });

  it('adds a general topic, and refuses an empty one next to the field', async () => {
    const { db, user, meeting } = await openBuilder([]);
    await user.click(screen.getByRole('button', { name: 'Onderwerp toevoegen' }));
    const topic = screen.getByRole('textbox', { name: 'Algemeen onderwerp' });
    await waitFor(() => {
      expect(topic).toHaveAccessibleDescription(/Vul dit veld in\./);
    });
    await user.type(topic, 'Scholing morfinepomp');
    await user.click(screen.getByRole('button', { name: 'Onderwerp toevoegen' }));
    await waitFor(() => {
      expect(itemTitles()).toEqual(['Scholing morfinepomp']);
    });
    expect((await agendaOf(db, meeting.id))[0]?.topic).toBe('Scholing morfinepomp');
  });

  it('saves the question as it is typed, and what was typed just before leaving the page', async () => {
    const [a, k] = [anna(), kees()];
    const { db, user, meeting } = await openBuilder([a, k]);
    const [annaItem, keesItem] = await act(() =>
      add(db, meeting.id, [{ patientId: a.id }, { patientId: k.id }]),
    );
    const annaCard = await within(agendaRegion()).findByRole('listitem', { name: 'Anna Visser' });
    await user.type(within(annaCard).getByLabelText(/^Vraag aan het team/), 'Hospice of thuis?');
    await waitFor(async () => {
      expect((await db.agendaItems.get(annaItem?.id ?? ''))?.question).toBe('Hospice of thuis?');
    });
    expect(await within(annaCard).findByText('Opgeslagen')).toBeInTheDocument();

    const keesCard = within(agendaRegion()).getByRole('listitem', { name: 'Kees Smit' });
    await user.type(within(keesCard).getByLabelText(/^Vraag aan het team/), 'Pijn');
    // Leaving without the field losing focus first (as the browser's back button does): the pending
    // text is saved when the page goes away.
    fireEvent.click(screen.getByRole('link', { name: 'Terug naar het overleg' }));
    // The meeting page loads on demand; the agenda page stays until it is there.
    await waitFor(() => {
      expect(
        screen.queryByRole('heading', { level: 1, name: 'Agenda voorbereiden' }),
      ).not.toBeInTheDocument();
    });
    await waitFor(async () => {
      expect((await db.agendaItems.get(keesItem?.id ?? ''))?.question).toBe('Pijn');
    });
  });

  it('plans minutes per item against the meeting length, and refuses what is no number of minutes', async () => {
    const [a, k] = [anna(), kees()];
    const { db, user, meeting } = await openBuilder([a, k]);
    await act(() => add(db, meeting.id, [{ patientId: a.id, minutes: 60 }, { patientId: k.id }]));
    expect(await screen.findByText('Gepland: 60 van 90 minuten.')).toBeInTheDocument();

    const keesCard = within(agendaRegion()).getByRole('listitem', { name: 'Kees Smit' });
    const minutes = within(keesCard).getByLabelText(/^Tijd \(minuten\)/);
    await user.type(minutes, 'tien');
    await user.tab();
    await waitFor(() => {
      expect(minutes).toHaveAccessibleDescription('Vul een heel aantal minuten in, van 1 tot 180.');
    });
    await user.clear(minutes);
    await user.type(minutes, '40');
    await user.tab();
    expect(
      await screen.findByText('Gepland: 100 minuten, maar het overleg duurt 90 minuten: 10 minuten te veel.'),
    ).toBeInTheDocument();
    expect(minutes).toHaveAttribute('aria-invalid', 'false');
  });

  it('carries open actions of earlier meetings onto the agenda, per patient and in general', async () => {
    const a = anna();
    const { db, meeting, previous } = await openBuilder([a]);
    await act(async () => {
      const action = (what: string, patientId: string | null) =>
        createMdoAction(
          db,
          {
            what,
            owner: 'Fatima (wijkverpleegkundige)',
            dueDate: daysFromToday(-3),
            meetingId: previous.id,
            agendaItemId: null,
            patientId,
          },
          new Date(),
        );
      await action('Morfinepomp regelen', a.id);
      await action('Scholing plannen', null);
      await add(db, meeting.id, [{ patientId: a.id, reasons: ['nominated'], nominatedBy: NURSE }]);
    });

    const card = await within(agendaRegion()).findByRole('listitem', { name: 'Anna Visser' });
    const carried = within(card).getByRole('list', { name: 'Openstaande acties van eerdere overleggen' });
    expect(carried).toHaveTextContent(
      /Morfinepomp regelen – Fatima \(wijkverpleegkundige\), uiterlijk .* \(te laat\)/,
    );
    expect(within(card).getByText('Voorgedragen door Fatima Amrani')).toBeInTheDocument();
    const general = screen.getByRole('region', { name: 'Openstaande algemene acties' });
    expect(within(general).getByRole('listitem')).toHaveTextContent(/^Scholing plannen/);
    expect(screen.getByRole('link', { name: 'Terug naar het overleg' })).toHaveAttribute(
      'href',
      `/mdo/${meeting.id}`,
    );
  });
});
