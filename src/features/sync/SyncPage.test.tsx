import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyPulledChanges } from '../../db';
import { SCHEMA_VERSION, type Conflict, type IsoDateTime, type MutationId } from '../../domain';
import { axeViolations } from '../../test/axe';
import { patientRow } from '../../test/factories';
import { renderApp } from '../../test/render';
import { SYNC_NOT_LOADED } from '../../sync/load-sync-engine';
import { syncStatusStore } from '../../sync/sync-status';

const AT = '2026-11-23T09:00:00.000Z' as IsoDateTime;

function contactConflict(patientId: string): Conflict {
  return {
    id: '0190f0e2-7c4a-7000-8000-0000000c0001',
    entity: 'patient',
    recordId: patientId,
    group: 'contact',
    original: { contactName: 'Els', contactRelation: 'dochter', contactPhone: '06 11111111' },
    candidates: [
      {
        value: { contactName: 'Els', contactRelation: 'dochter', contactPhone: '06 22222222' },
        author: { userId: 'u1', name: 'Huisarts Bakker', role: 'huisarts' },
        clientId: 'c1',
        at: AT,
        mutationId: '',
      },
      {
        value: { contactName: 'Els', contactRelation: 'dochter', contactPhone: '06 33333333' },
        author: { userId: 'u2', name: 'Wijkverpleegkundige Smit', role: 'wijkverpleegkundige' },
        clientId: 'c2',
        at: AT,
        mutationId: '0190f0e2-7c4a-7000-8000-0000000d0001',
      },
    ],
    status: 'open',
    resolvedBy: null,
    createdAt: AT,
  };
}

describe('SyncPage', () => {
  it('shows the original and every candidate with author and role, and resolves with the chosen value', async () => {
    const patient = patientRow({
      contactName: 'Els',
      contactRelation: 'dochter',
      contactPhone: '06 22222222',
    });
    const { db, user } = await renderApp('/synchronisatie', [patient]);
    await db.conflicts.put(contactConflict(patient.id));

    const card = await screen.findByRole('article', { name: /Naaste/ });
    expect(within(card).getByText('Oorspronkelijke waarde')).toBeInTheDocument();
    expect(within(card).getByText('06 11111111')).toBeInTheDocument();
    const choice = within(card).getByRole('radio', {
      name: /Wijkverpleegkundige Smit \(wijkverpleegkundige\)/,
    });
    await user.click(choice);
    await user.click(within(card).getByRole('button', { name: 'Deze waarde bewaren' }));

    expect(await screen.findByText('Geen conflicten.')).toBeInTheDocument();
    expect((await db.patients.get(patient.id))?.contactPhone).toBe('06 33333333');
    const [mutation] = await db.outbox.toArray();
    expect(mutation?.changed).toMatchObject({
      contactPhone: '06 33333333',
      // The conflict and the revision of it the person saw (the first: the device had pulled no other).
      $resolvesConflict: { conflictId: '0190f0e2-7c4a-7000-8000-0000000c0001', conflictRev: 1 },
    });
    expect((await db.conflicts.toArray())[0]).toMatchObject({
      status: 'resolved',
      resolvedBy: { role: 'poh' },
    });
  });

  it('combines candidates into a new value, refusing one that breaks the record', async () => {
    const patient = patientRow({
      contactName: 'Els',
      contactRelation: 'dochter',
      contactPhone: '06 22222222',
    });
    const { db, user } = await renderApp('/synchronisatie', [patient]);
    await db.conflicts.put(contactConflict(patient.id));
    const card = await screen.findByRole('article', { name: /Naaste/ });
    await user.click(within(card).getByRole('button', { name: 'Combineren' }));
    const phone = within(card).getByRole('textbox', { name: 'Telefoon naaste' });
    await user.clear(phone);
    await user.type(phone, 'geen nummer');
    await user.click(within(card).getByRole('button', { name: 'Gecombineerde waarde bewaren' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('niet geldig');
    expect(await db.outbox.count()).toBe(0);

    await user.clear(phone);
    await user.type(phone, '06 44444444');
    await user.click(within(card).getByRole('button', { name: 'Gecombineerde waarde bewaren' }));
    expect(await screen.findByText('Geen conflicten.')).toBeInTheDocument();
    expect((await db.patients.get(patient.id))?.contactPhone).toBe('06 44444444');
  });

  it('lists a refused change with its reason until someone marks it as dealt with', async () => {
    const patient = patientRow();
    const { db, user } = await renderApp('/synchronisatie', [patient]);
    await db.outbox.put({
      mutationId: '0190f0e2-7c4a-7000-8000-0000000e0001' as MutationId,
      counter: 1,
      entity: 'patient',
      recordId: patient.id,
      op: 'put',
      baseRev: 3,
      changed: { diagnosisText: 'Longkanker' },
      createdAt: AT,
      rejection: { reason: 'recordDeleted', at: AT },
    });
    const card = await screen.findByRole('article', { name: /Patiënt/ });
    expect(within(card).getByText('Iemand anders heeft dit record intussen verwijderd.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: /1 geweigerd/ })).toBeInTheDocument();
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    await user.click(within(card).getByRole('button', { name: 'Afgehandeld' }));
    expect(await screen.findByText('Geen geweigerde wijzigingen.')).toBeInTheDocument();
    expect(await db.outbox.count()).toBe(0);
  });

  it('says how many records from the server could not be read, and that they stay on the server, until a readable one comes', async () => {
    const patient = patientRow();
    const { db, container } = await renderApp('/synchronisatie');
    const changeOf = (data: Record<string, unknown>, rev: number) => ({
      entity: 'patient' as const,
      recordId: patient.id,
      rev,
      seq: rev,
      isDeleted: false,
      data,
    });
    const page = (change: ReturnType<typeof changeOf>) => ({
      changes: [change],
      next: change.seq,
      hasMore: false,
      isSnapshot: false,
      schemaVersion: SCHEMA_VERSION,
    });
    await applyPulledChanges(db, page(changeOf({ ...patient, registerColour: 'paars' }, 1)));

    expect(
      await screen.findByRole('heading', { level: 2, name: 'Niet te lezen gegevens van de server' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        '1 gegeven van de server kon niet worden gelezen; het blijft op de server bewaard. Werk de app bij of neem contact op met de beheerder.',
      ),
    ).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);

    await applyPulledChanges(db, page(changeOf(patient, 2)));
    await waitFor(() => {
      expect(screen.queryByRole('heading', { name: 'Niet te lezen gegevens van de server' })).toBeNull();
    });
  });

  describe('when the sync engine could not be loaded', () => {
    afterEach(() => {
      syncStatusStore.setState({ phase: 'idle', errorCode: null });
    });

    it('says so in Dutch, in the status line and on the page, and that changes are kept', async () => {
      syncStatusStore.setState({ phase: 'error', errorCode: SYNC_NOT_LOADED });
      await renderApp('/synchronisatie');
      expect(
        await screen.findByText(
          'De app kon de synchronisatie niet laden. Herlaad de pagina zodra er verbinding is; uw wijzigingen blijven bewaard.',
        ),
      ).toBeInTheDocument();
      expect(screen.getAllByText(/Synchronisatie mislukt/).length).toBeGreaterThan(0);
    });
  });
});
