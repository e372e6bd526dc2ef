import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AuditEntry, IsoDateTime } from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { ApiFailure } from '../../sync/api-client';
import { testAuthClient, testSession, type TestAuthClient } from '../../test/auth-client';
import { renderApp } from '../../test/render';

const PATIENT_ID = '0190a2b4-0000-7000-8000-0000000000bb';

const ENTRIES: AuditEntry[] = [
  {
    id: '2',
    at: '2026-03-10T13:05:00.000Z' as IsoDateTime,
    deviceAt: '2026-03-10T13:05:00.000Z' as IsoDateTime,
    receivedAt: '2026-03-11T07:30:00.000Z' as IsoDateTime,
    event: 'patient.read',
    action: 'R',
    userName: 'Els Smit',
    role: 'wijkverpleegkundige',
    onBehalfOf: 'Huisartsenpraktijk De Linde',
    onBehalfName: null,
    patientId: PATIENT_ID,
    recordPart: 'patient',
    target: null,
    outcome: 'success',
    source: 'device:0190a2b4-0000-7000-8000-0000000000cc',
  },
  {
    id: '1',
    at: '2026-03-10T08:00:00.000Z' as IsoDateTime,
    deviceAt: null,
    receivedAt: '2026-03-10T08:00:00.000Z' as IsoDateTime,
    event: 'login',
    action: 'E',
    userName: 'Daan Dekker',
    role: 'huisarts',
    onBehalfOf: null,
    onBehalfName: null,
    patientId: null,
    recordPart: 'account',
    target: null,
    outcome: 'denied',
    source: 'server',
  },
];

/** The texts of a table row's cells, headers included. */
function textsOf(row: HTMLElement): (string | null)[] {
  return [...within(row).queryAllByRole('columnheader'), ...within(row).queryAllByRole('cell')].map(
    (cell) => cell.textContent,
  );
}

async function openAuditLog(
  answers: Partial<TestAuthClient> = {},
  role: 'beheerder' | 'huisarts' = 'beheerder',
) {
  useSessionStore.setState({ session: testSession(role) });
  const auth = testAuthClient({ auditLog: vi.fn().mockResolvedValue(ENTRIES), ...answers });
  return { auth, ...(await renderApp('/instellingen/auditlog', [], { auth })) };
}

describe('Auditlog', () => {
  it('is only for beheerders', async () => {
    const { auth } = await openAuditLog({}, 'huisarts');
    expect(await screen.findByText('Dit onderdeel is alleen voor beheerders.')).toBeInTheDocument();
    expect(auth.auditLog).not.toHaveBeenCalled();
  });

  it('shows the newest events in Dutch', async () => {
    const { auth } = await openAuditLog();
    const table = await screen.findByRole('table', { name: 'Gebeurtenissen in het auditlog' });
    const [header, read, login] = within(table).getAllByRole('row').map(textsOf);
    expect(header).toEqual([
      'Op het apparaat',
      'Ontvangen',
      'Gebruiker',
      'Rol',
      'Namens',
      'Gebeurtenis',
      'Actie',
      'Patiënt',
      'Onderdeel',
      'Doel',
      'Uitkomst',
      'Bron',
    ]);
    // Read offline on the device on the 10th, received when it came back online the next morning.
    expect(read).toEqual([
      '10-03-2026 14:05',
      '11-03-2026 08:30',
      'Els Smit',
      'wijkverpleegkundige',
      '–',
      'patient.read',
      'inzien',
      PATIENT_ID,
      'patient',
      '–',
      'gelukt',
      'apparaat 0190a2b4-0000-7000-8000-0000000000cc',
    ]);
    // A failed sign-in aimed at an account: the server's time only.
    expect(login).toEqual([
      '–',
      '10-03-2026 09:00',
      'Daan Dekker',
      'huisarts',
      '–',
      'login',
      'uitvoeren',
      '–',
      'account',
      '–',
      'geweigerd',
      'server',
    ]);
    expect(auth.auditLog).toHaveBeenCalledWith({});
  });

  it('sends the chosen filters', async () => {
    const { user, auth } = await openAuditLog();
    const filters = await screen.findByRole('region', { name: 'Filters' });
    await user.type(within(filters).getByLabelText('Van'), '2026-03-01');
    await user.type(within(filters).getByLabelText('Tot en met'), '2026-03-31');
    await user.type(within(filters).getByLabelText('Gebruiker'), 'Els');
    await user.selectOptions(within(filters).getByLabelText('Actie'), 'inzien');
    await user.selectOptions(within(filters).getByLabelText('Uitkomst'), 'geweigerd');
    await user.type(within(filters).getByLabelText('Patiënt-id'), PATIENT_ID);
    await user.click(within(filters).getByRole('button', { name: 'Zoeken' }));
    await waitFor(() => {
      expect(auth.auditLog).toHaveBeenLastCalledWith({
        from: '2026-03-01',
        to: '2026-03-31',
        userName: 'Els',
        action: 'R',
        outcome: 'denied',
        patientId: PATIENT_ID,
      });
    });
    expect(await screen.findByRole('table', { name: 'Gebeurtenissen in het auditlog' })).toBeInTheDocument();
  });

  it('shows the failed sign-ins with one button', async () => {
    const { user, auth } = await openAuditLog();
    const filters = await screen.findByRole('region', { name: 'Filters' });
    await user.click(within(filters).getByRole('button', { name: 'Mislukte aanmeldingen' }));
    await waitFor(() => {
      expect(auth.auditLog).toHaveBeenLastCalledWith({ event: 'login', outcome: 'denied' });
    });
  });

  it('refuses a patient id that is not one, and an end before the start', async () => {
    const { user, auth } = await openAuditLog();
    const filters = await screen.findByRole('region', { name: 'Filters' });
    await user.type(within(filters).getByLabelText('Van'), '2026-03-31');
    await user.type(within(filters).getByLabelText('Tot en met'), '2026-03-01');
    await user.type(within(filters).getByLabelText('Patiënt-id'), 'Jansen');
    await user.click(within(filters).getByRole('button', { name: 'Zoeken' }));
    expect(within(filters).getByLabelText('Patiënt-id')).toHaveAccessibleDescription(
      /^Geen geldige patiënt-id/,
    );
    expect(within(filters).getByLabelText('Tot en met')).toHaveAccessibleDescription(
      'De einddatum ligt vóór de begindatum.',
    );
    expect(auth.auditLog).toHaveBeenCalledTimes(1);
  });

  it('says when nothing matches, and when the server cannot be reached', async () => {
    const auditLog = vi.fn().mockResolvedValueOnce([]).mockRejectedValueOnce(new ApiFailure(0, 'offline'));
    const { user } = await openAuditLog({ auditLog });
    expect(await screen.findByText('Geen gebeurtenissen gevonden bij deze filters.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Zoeken' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Geen verbinding met de server.');
  });
});
