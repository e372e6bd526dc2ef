import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { TijdigDb, unreadablePartsOfPatient } from '../../db';
import { SCHEMA_VERSION, type Patient } from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { patientRow, TEST_SESSION } from '../../test/factories';
import { renderApp } from '../../test/render';
import { renderHandover } from '../handover/handover-test-data';

beforeEach(() => {
  useSessionStore.setState({ session: TEST_SESSION });
});

/** A record the server sent that this app version could not read, kept aside as the pull keeps it. */
function heldAside(entity: string, recordId: string, data: unknown) {
  return {
    key: `${entity}:${recordId}`,
    entity,
    recordId,
    rev: 2,
    seq: 7,
    dataVersion: SCHEMA_VERSION,
    change: { entity, recordId, rev: 2, seq: 7, isDeleted: false, data },
    issues: [{ path: 'data.limitReanimatie.decision', code: 'invalid_value' }],
  };
}

/** A care plan as a newer app version might send it: a decision this version does not know. */
const newerCarePlanOf = (patient: Patient) => ({
  patientId: patient.id,
  limitReanimatie: { decision: 'niet-tenzij' },
});

async function openDbWith(entries: ReturnType<typeof heldAside>[]): Promise<TijdigDb> {
  const db = new TijdigDb(`unreadable-${crypto.randomUUID()}`);
  await db.open();
  await db.quarantinedRecords.bulkPut(entries);
  return db;
}

describe('unreadablePartsOfPatient', () => {
  it("names the kinds of this patient's records held aside, and nothing of other patients or unknown kinds", async () => {
    const patient = patientRow();
    const other = patientRow();
    const db = await openDbWith([
      heldAside('carePlan', 'plan-1', newerCarePlanOf(patient)),
      heldAside('patient', patient.id, { id: patient.id, status: 'in-hospice' }),
      heldAside('carePlan', 'plan-2', newerCarePlanOf(other)),
      // A kind this version does not know, and a change without data: the sync page counts them.
      heldAside('wishList', 'w-1', { patientId: patient.id }),
      heldAside('carePlan', 'plan-3', null),
    ]);

    expect(await unreadablePartsOfPatient(db, patient.id)).toEqual(['patient', 'carePlan']);
    expect(await unreadablePartsOfPatient(db, other.id)).toEqual(['carePlan']);
    expect(await unreadablePartsOfPatient(db, patientRow().id)).toEqual([]);
    db.close();
  });
});

describe('the warning about parts the device could not read', () => {
  it('tells on the care plan that what it shows may be out of date', async () => {
    const patient = patientRow();
    const other = patientRow({ familyName: 'Smit' });
    const db = await openDbWith([heldAside('carePlan', 'plan-1', newerCarePlanOf(patient))]);

    await renderApp(`/patienten/${patient.id}/zorgplan`, [patient, other], { db });

    await screen.findByRole('heading', { level: 1, name: /Zorgplan van Jan de Vries/ });
    const note = await screen.findByRole('note', { name: 'Niet alles van deze patiënt is te lezen' });
    expect(note).toHaveTextContent(
      'De server heeft gegevens van deze patiënt (Zorgplan) die deze versie van de app niet kan lezen. ' +
        'Wat hier staat kan daardoor verouderd of onvolledig zijn.',
    );
    expect(within(note).getByText(/Werk de app bij voordat u hierop handelt/)).toBeInTheDocument();
  });

  it('shows the care plan read-only, without its save buttons, while a part of it is unreadable', async () => {
    const patient = patientRow();
    const db = await openDbWith([heldAside('carePlanVersion', 'version-9', { patientId: patient.id })]);

    await renderApp(`/patienten/${patient.id}/zorgplan`, [patient], { db });

    const form = await screen.findByRole('form', { name: 'Zorgplan' });
    const controls = ['textbox', 'radio', 'checkbox', 'combobox'].flatMap((role) =>
      within(form).queryAllByRole(role),
    );
    expect(controls.length).toBeGreaterThan(10);
    expect(controls.filter((control) => control.matches(':enabled'))).toEqual([]);
    expect(within(form).queryByRole('button', { name: 'Vaststellen' })).toBeNull();
    expect(within(form).queryByRole('button', { name: 'Opslaan als concept' })).toBeNull();
    expect(
      within(form).getByText(/kan op dit apparaat pas weer worden gewijzigd als de app is bijgewerkt/),
    ).toBeInTheDocument();
  });

  it('leaves the care plan editable when only another part of the patient is unreadable', async () => {
    const patient = patientRow();
    const db = await openDbWith([heldAside('markingEvent', 'mark-1', { patientId: patient.id })]);

    await renderApp(`/patienten/${patient.id}/zorgplan`, [patient], { db });

    const form = await screen.findByRole('form', { name: 'Zorgplan' });
    expect(within(form).getByRole('button', { name: 'Vaststellen' })).toBeEnabled();
    expect(within(form).getAllByRole('textbox')[0]).toBeEnabled();
  });

  it('says nothing on the page of a patient whose records were all read', async () => {
    const patient = patientRow();
    const other = patientRow({ familyName: 'Smit' });
    const db = await openDbWith([heldAside('carePlan', 'plan-1', newerCarePlanOf(other))]);

    await renderApp(`/patienten/${patient.id}`, [patient, other], { db });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Jan de Vries');
    expect(screen.queryByRole('note', { name: 'Niet alles van deze patiënt is te lezen' })).toBeNull();
  });

  it("names every unreadable part on the patient's page", async () => {
    const patient = patientRow();
    const db = await openDbWith([
      heldAside('carePlan', 'plan-1', newerCarePlanOf(patient)),
      heldAside('markingEvent', 'mark-1', { patientId: patient.id }),
    ]);

    await renderApp(`/patienten/${patient.id}`, [patient], { db });

    const note = await screen.findByRole('note', { name: 'Niet alles van deze patiënt is te lezen' });
    expect(note).toHaveTextContent('(Markering, Zorgplan)');
  });

  it('tells on the handover, on paper too, as soon as such a part arrives', async () => {
    const { db, patient } = await renderHandover();
    await screen.findByRole('article', { name: 'Overdracht voor HAP en ambulance' });
    expect(screen.queryByRole('note')).toBeNull();

    await db.quarantinedRecords.put(heldAside('carePlanVersion', 'version-9', { patientId: patient.id }));

    const note = await screen.findByRole('note', { name: 'Niet alles van deze patiënt is te lezen' });
    expect(note).toHaveTextContent('(Versie zorgplan)');
    // Not in the panel that printing leaves out: a printed handover says it too.
    expect(note.closest('[data-no-print]')).toBeNull();
  });
});
