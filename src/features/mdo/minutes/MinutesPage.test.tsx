import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { createMdoAction, updateAgendaItem, updateMeeting } from '../../../db';
import { addDays, toDutchDate } from '../../../domain';
import { ADVICE, BSN, GP, NURSE, openMinutes, seedAdvice, today } from '../meeting-mode/meeting-test-data';

/** The minutes as the seeded meeting has them after the team recorded its outcome. */
async function minutesWithOutcome() {
  const app = await openMinutes();
  const now = new Date();
  const [janItem, truusItem, topicItem] = app.items;
  if (!janItem || !truusItem || !topicItem) throw new Error('agenda not seeded');
  await updateMeeting(
    app.db,
    app.meeting.id,
    {
      presentMemberIds: [NURSE.id],
      bottlenecks: ['Geen hospicebed vrij in de regio'],
      trainingNeeds: ['Palliatieve sedatie'],
    },
    now,
  );
  await updateAgendaItem(
    app.db,
    janItem.id,
    {
      isDiscussed: true,
      conclusionLichamelijk: 'Pijn goed onder controle met fentanylpleister',
      conclusionSociaal: 'Dochter overbelast',
      isCaregiverBurdenDiscussed: true,
      decisions: 'Thuiszorg uitbreiden',
      nextReviewDate: addDays(today(), 42),
      newColour: 'orange',
    },
    now,
  );
  await updateAgendaItem(
    app.db,
    truusItem.id,
    {
      isDiscussed: true,
      afterDeathReview: { wasMarkedInTime: 'no', diedAtPreferredPlace: 'yes', lessons: 'Eerder markeren' },
    },
    now,
  );
  await createMdoAction(
    app.db,
    {
      what: 'Thuiszorg bellen',
      owner: 'Fatima Yilmaz (wijkverpleegkundige)',
      dueDate: addDays(today(), 3),
      meetingId: app.meeting.id,
      agendaItemId: janItem.id,
      patientId: app.jan.id,
    },
    now,
  );
  const sheet = screen.getByRole('article', { name: `Verslag MDO ${toDutchDate(app.meeting.date)}` });
  await within(sheet).findByText(/^Thuiszorg bellen/);
  return { ...app, sheet };
}

describe('Verslag (minutes)', () => {
  it('shows the meeting, who was there, and the outcome per item with its actions', async () => {
    const { sheet } = await minutesWithOutcome();
    expect(sheet).toHaveTextContent(`VoorzitterHanna Bakker (huisarts)`);
    expect(sheet).toHaveTextContent(`Aanwezig${NURSE.name} (wijkverpleegkundige)`);
    expect(sheet).toHaveTextContent(`Afwezig${GP.name} (huisarts)`);

    const jan = within(sheet).getByRole('region', { name: '1. Jan de Vries' });
    expect(jan).toHaveTextContent('Kleur gewijzigd · Evaluatie nodig');
    expect(jan).toHaveTextContent('LichamelijkPijn goed onder controle met fentanylpleister');
    expect(jan).toHaveTextContent('SociaalDochter overbelast');
    expect(jan).toHaveTextContent('VPTZ besprokenNee');
    expect(jan).toHaveTextContent('Mantelzorgbelasting besprokenJa');
    expect(jan).toHaveTextContent(`Volgende evaluatie${toDutchDate(addDays(today(), 42))}`);
    expect(jan).toHaveTextContent('Nieuwe kleurOranje');
    expect(jan).toHaveTextContent(
      `Thuiszorg bellen — Fatima Yilmaz (wijkverpleegkundige), uiterlijk ${toDutchDate(addDays(today(), 3))}`,
    );

    const truus = within(sheet).getByRole('region', { name: '2. Truus Smit' });
    expect(truus).toHaveTextContent('Was de patiënt op tijd gemarkeerd?Nee');
    expect(truus).toHaveTextContent('Overleed de patiënt op de plek van voorkeur?Ja');
    expect(truus).toHaveTextContent('Wat leren we hiervan?Eerder markeren');
    expect(truus).not.toHaveTextContent('Nieuwe kleur');

    const topic = within(sheet).getByRole('region', { name: '3. Scholing palliatieve sedatie' });
    expect(topic).toHaveTextContent('Niet besproken.');
    expect(topic).not.toHaveTextContent('VPTZ');

    expect(within(sheet).getByRole('region', { name: 'Knelpunten' })).toHaveTextContent(
      'Geen hospicebed vrij in de regio',
    );
    expect(within(sheet).getByRole('region', { name: 'Onderwijsbehoeften' })).toHaveTextContent(
      'Palliatieve sedatie',
    );
  });

  it('prints no "Nee" or "Geen conclusies" for a patient item marked "Niet besproken"', async () => {
    const app = await openMinutes();
    const sheet = screen.getByRole('article', { name: `Verslag MDO ${toDutchDate(app.meeting.date)}` });
    const jan = await within(sheet).findByRole('region', { name: '1. Jan de Vries' });
    expect(jan).toHaveTextContent('Niet besproken.');
    expect(jan).not.toHaveTextContent('VPTZ besproken');
    expect(jan).not.toHaveTextContent('Mantelzorgbelasting besproken');
    expect(jan).not.toHaveTextContent('Geen conclusies');
  });

  it("prints the specialist's advice with the item it was given on, with name and date", async () => {
    const app = await openMinutes();
    const [janItem] = app.items;
    if (!janItem) throw new Error('agenda not seeded');
    await seedAdvice(app.db, janItem);
    const item = screen.getByRole('region', { name: /Jan de Vries/ });
    const advice = await within(item).findByRole('region', { name: 'Advies specialist PZ' });
    expect(advice).toHaveTextContent(`${ADVICE.text}${ADVICE.name}, ${ADVICE.date}`);
    expect(screen.getAllByRole('region', { name: 'Advies specialist PZ' })).toHaveLength(1);
  });

  it('never shows the BSN', async () => {
    const { jan } = await minutesWithOutcome();
    expect(jan.bsn).toBe(BSN);
    expect(document.body).not.toHaveTextContent(BSN);
  });

  it('prints through the browser and logs the print once for the meeting and once per patient', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const app = await minutesWithOutcome();
    await app.user.click(screen.getByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalledOnce();
    await waitFor(async () => {
      const prints = (await app.db.auditQueue.toArray()).filter(
        (event) => event.event === 'mdo.minutes.print',
      );
      expect(prints.map((event) => [event.action, event.patientId, event.recordPart]).sort()).toEqual(
        [
          ['E', null, 'mdo.minutes'],
          ['E', app.jan.id, 'mdo.minutes.item'],
          ['E', app.truus.id, 'mdo.minutes.item'],
        ].sort(),
      );
    });
  });
});
