import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { exportPzpBundle, type Role } from '../../domain';
import { AUTHOR, completePlan, NOW, patientFor } from '../../domain/care-plan/care-plan.fixtures';
import { useSessionStore } from '../../state/session-store';
import { testAuthClient } from '../../test/auth-client';
import { TEST_SESSION } from '../../test/factories';
import { renderApp } from '../../test/render';
import { carePlanSchema } from '../../domain';

const GP = { userId: '0190f0e2-7c4a-7000-8000-00000000a0a1', name: 'Hanna Bakker' };

const signInAs = (role: Role) => {
  useSessionStore.setState({ session: { ...TEST_SESSION, user: { ...TEST_SESSION.user, role } } });
};

/** The plan has "wel reanimeren"; the Bundle says "niet", another goal and other wishes. */
async function openReview() {
  const plan = completePlan({ limitReanimatie: { ...completePlan().limitReanimatie, decision: 'wel' } });
  const imported = completePlan({
    treatmentGoal: { goal: 'curatief', dateDiscussed: plan.treatmentGoal.dateDiscussed },
    wishes: { text: 'Naar het hospice', dateDiscussed: plan.wishes.dateDiscussed },
  });
  const patient = patientFor();
  const auth = testAuthClient({ huisartsen: vi.fn().mockResolvedValue({ huisartsen: [GP] }) });
  const app = await renderApp(`/patienten/${patient.id}/overdracht`, [patient], { auth });
  await app.db.carePlans.add(carePlanSchema.parse(plan));
  const section = await screen.findByRole('region', { name: 'Uitwisselen (FHIR)' });
  const bundle = JSON.stringify(exportPzpBundle(imported, patient, AUTHOR, NOW));
  await app.user.upload(
    within(section).getByLabelText('FHIR-bundel importeren'),
    new File([bundle], 'pzp.json', { type: 'application/json' }),
  );
  const review = await within(section).findByRole('region', { name: 'Controleren en overnemen' });
  const saved = async () => app.db.carePlans.get(patient.id as never);
  return { ...app, review, saved };
}

describe('accepting imported medical decisions', () => {
  beforeEach(() => {
    signInAs('poh');
  });

  it('a POH accepts them only namens a huisarts she chooses', async () => {
    const { user, review, saved } = await openReview();
    await user.click(within(review).getByRole('checkbox', { name: 'Wensen overnemen' }));
    // Wishes are no medical decision: no huisarts to choose yet.
    expect(within(review).queryByRole('combobox', { name: 'Namens huisarts' })).toBeNull();
    await user.click(within(review).getByRole('checkbox', { name: 'Reanimatie overnemen' }));
    await user.click(within(review).getByRole('checkbox', { name: 'Behandeldoel overnemen' }));
    const accept = within(review).getByRole('button', { name: '3 aangevinkte onderdelen overnemen' });
    await user.click(accept);

    const select = within(review).getByRole('combobox', { name: 'Namens huisarts' });
    expect(select).toHaveAccessibleDescription(
      /Kies namens welke huisarts u dit medische besluit vastlegt\./,
    );
    expect((await saved())?.limitReanimatie.decision).toBe('wel');

    await within(review).findByRole('option', { name: 'Hanna Bakker' });
    await user.selectOptions(select, 'Hanna Bakker');
    await user.click(accept);
    expect(
      await within(review).findByText('3 onderdelen zijn overgenomen in het zorgplan (concept).'),
    ).toBeVisible();
    const plan = await saved();
    const namens = { ...GP, recordedBy: TEST_SESSION.user.name };
    expect(plan?.limitReanimatie).toMatchObject({ decision: 'niet', onBehalfOf: namens });
    expect(plan?.treatmentGoal).toMatchObject({ goal: 'curatief', onBehalfOf: namens });
    expect(plan?.wishes.text).toBe('Naar het hospice');
    // Accepted, the plan holds the same fact (namens the huisarts): nothing left to accept, no user id shown.
    const row = within(review).getByRole('row', { name: /Reanimatie/ });
    await waitFor(() => {
      expect(row).toHaveTextContent('gelijk aan het zorgplan');
    });
    expect(row).not.toHaveTextContent(GP.userId);
    expect(within(row).getByRole('checkbox')).toBeDisabled();
  });

  it('a wijkverpleegkundige cannot accept them, and is told why', async () => {
    signInAs('wijkverpleegkundige');
    const { review } = await openReview();
    const reanimatie = within(review).getByRole('checkbox', { name: 'Reanimatie overnemen' });
    expect(reanimatie).toBeDisabled();
    expect(reanimatie).toHaveAccessibleDescription(
      'Medisch besluit: alleen de huisarts (of de POH namens de huisarts) neemt dit over.',
    );
    expect(within(review).getByRole('checkbox', { name: 'Behandeldoel overnemen' })).toBeDisabled();
    expect(within(review).getByRole('checkbox', { name: 'Wensen overnemen' })).toBeDisabled();
    expect(within(review).queryByRole('combobox', { name: 'Namens huisarts' })).toBeNull();
  });

  it('a huisarts accepts them as her own decision, without a select', async () => {
    signInAs('huisarts');
    const { user, review, saved } = await openReview();
    await user.click(within(review).getByRole('checkbox', { name: 'Reanimatie overnemen' }));
    expect(within(review).queryByRole('combobox', { name: 'Namens huisarts' })).toBeNull();
    await user.click(within(review).getByRole('button', { name: '1 aangevinkt onderdeel overnemen' }));
    expect(await within(review).findByText(/1 onderdeel is overgenomen/)).toBeVisible();
    expect((await saved())?.limitReanimatie).toMatchObject({ decision: 'niet', onBehalfOf: null });
  });
});
