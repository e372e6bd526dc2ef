import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../domain';
import { patientRow } from '../../test/factories';
import { renderApp } from '../../test/render';
import { ADVICE, seedAdvice, seedMeeting, testPatients } from '../mdo/meeting-mode/meeting-test-data';

const DECEASED = {
  status: 'deceased' as const,
  deathDate: '2026-11-20' as IsoDate,
  placeOfDeath: 'home' as const,
  palliativeSince: '2026-06-01' as IsoDate,
  registerColour: 'red' as const,
};

describe('patient page', () => {
  it('shows birth date with age, sex and the masked BSN right under the name, above the action cards', async () => {
    const patient = patientRow({ birthDate: '1948-03-07' as IsoDate, bsn: '111222333' });
    await renderApp(`/patienten/${patient.id}`, [patient]);
    const title = await screen.findByRole('heading', { level: 1 });
    const birth = screen.getByText(/^07-03-1948 \(\d+ jaar\)$/);
    const marking = screen.getByRole('region', { name: 'Markering' });
    expect(title.compareDocumentPosition(birth) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(birth.compareDocumentPosition(marking) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText('******333')).toBeInTheDocument();
  });

  it('offers a deceased patient only reading and the nabespreking: no new plan, nomination or checklist', async () => {
    const patient = patientRow(DECEASED);
    await renderApp(`/patienten/${patient.id}`, [patient]);
    expect(await screen.findByText(/Deze patiënt is overleden/)).toBeInTheDocument();
    const plan = await screen.findByRole('region', { name: 'Zorgplan' });
    expect(within(plan).queryByRole('link', { name: 'Zorgplan beginnen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'MDO' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Voordragen voor MDO' })).not.toBeInTheDocument();
    const checklists = await screen.findByRole('region', { name: 'Signalering en checklists' });
    expect(within(checklists).queryByRole('button', { name: /^Invullen/ })).not.toBeInTheDocument();
  });

  it('still offers a living patient a new plan and the checklists', async () => {
    const patient = patientRow();
    await renderApp(`/patienten/${patient.id}`, [patient]);
    expect(await screen.findByRole('link', { name: 'Zorgplan beginnen' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'MDO' })).toBeInTheDocument();
    const checklists = await screen.findByRole('region', { name: 'Signalering en checklists' });
    expect(within(checklists).getAllByRole('button', { name: /^Invullen/ }).length).toBeGreaterThan(0);
  });

  it("shows the specialists' advice in the patient's MDO history, with the meeting, name and date", async () => {
    const patients = testPatients();
    const { db } = await renderApp(`/patienten/${patients.jan.id}`, [patients.jan, patients.truus]);
    const { meeting, items } = await seedMeeting(db, patients);
    const [janItem, truusItem] = items;
    if (!janItem || !truusItem) throw new Error('agenda not seeded');
    await seedAdvice(db, janItem);
    const history = await screen.findByRole('region', { name: 'MDO: advies specialist PZ' });
    expect(history).toHaveTextContent(`MDO van ${meeting.date.split('-').reverse().join('-')}`);
    expect(history).toHaveTextContent(`${ADVICE.text}${ADVICE.name}, ${ADVICE.date}`);
  });
});
