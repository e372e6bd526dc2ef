import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listCarePlanVersions } from '../../db';
import type { Role } from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { testAuthClient } from '../../test/auth-client';
import { patientRow, TEST_SESSION } from '../../test/factories';
import { renderApp } from '../../test/render';

const GP = { userId: '0190f0e2-7c4a-7000-8000-00000000a0a1', name: 'Hanna Bakker' };

function signInAs(role: Role) {
  useSessionStore.setState({
    session: { ...TEST_SESSION, user: { ...TEST_SESSION.user, role, roles: [role] } },
  });
}

async function openPlan(auth = testAuthClient()) {
  const patient = patientRow();
  const app = await renderApp(`/patienten/${patient.id}/zorgplan`, [patient], { auth });
  const limits = await screen.findByRole('region', { name: 'Behandelgrenzen' });
  return { ...app, patient, limits, reanimatie: within(limits).getByRole('group', { name: 'Reanimatie' }) };
}

describe('what the care plan offers each role', () => {
  beforeEach(() => {
    signInAs('poh');
  });

  it('shows a wijkverpleegkundige the treatment limits read-only, and the nursing parts editable', async () => {
    signInAs('wijkverpleegkundige');
    const { reanimatie } = await openPlan();
    expect(within(reanimatie).getByRole('radio', { name: 'Niet' })).toBeDisabled();
    // Limits, treatment goal and euthanasia facts: each says whose decision it is.
    expect(
      screen.getAllByText(/Alleen de huisarts \(of de POH namens de huisarts\) legt dit vast/),
    ).toHaveLength(3);
    const vptz = screen.getByRole('region', { name: /VPTZ/ });
    expect(within(vptz).getAllByRole('checkbox')[0]).toBeEnabled();
    // Nobody to record it namens: a wijkverpleegkundige is not asked for a huisarts.
    expect(screen.queryByLabelText('Namens huisarts')).not.toBeInTheDocument();
  });

  it('lets a POH record "niet reanimeren" only namens a huisarts of the practice, and shows both names', async () => {
    const auth = testAuthClient({ huisartsen: vi.fn().mockResolvedValue({ huisartsen: [GP] }) });
    const { db, patient, reanimatie, user } = await openPlan(auth);
    await user.click(within(reanimatie).getByRole('radio', { name: 'Niet' }));
    await user.type(within(reanimatie).getByLabelText(/^Datum besproken/), '20-11-2025');
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Kies namens welke huisarts u dit medische besluit vastlegt.',
    );
    expect(await db.carePlans.count()).toBe(0);

    const select = screen.getByRole('combobox', { name: 'Namens huisarts' });
    await screen.findByRole('option', { name: 'Hanna Bakker' });
    await user.selectOptions(select, 'Hanna Bakker');
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));
    expect(await screen.findByText('Zorgplan opgeslagen als concept.')).toBeInTheDocument();
    const [version] = await listCarePlanVersions(db, patient.id);
    expect(version?.plan.limitReanimatie).toMatchObject({
      decision: 'niet',
      onBehalfOf: { ...GP, recordedBy: TEST_SESSION.user.name },
    });
    // The namens travels with the change too, for anything the save removes (an other limit).
    const planMutation = (await db.outbox.toArray()).find((mutation) => mutation.entity === 'carePlan');
    expect(planMutation?.changed).toMatchObject({
      $onBehalfOf: { ...GP, recordedBy: TEST_SESSION.user.name },
    });
    // The plan shows whose decision it is and who recorded it.
    expect(
      await screen.findByText(`Besluit van Hanna Bakker, vastgelegd door ${TEST_SESSION.user.name}`),
    ).toBeInTheDocument();
  });

  it('does not ask a huisarts on whose behalf they decide', async () => {
    signInAs('huisarts');
    await openPlan();
    expect(screen.queryByLabelText('Namens huisarts')).not.toBeInTheDocument();
  });
});
