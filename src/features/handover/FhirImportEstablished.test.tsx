import { render, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { I18nextProvider } from 'react-i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { DatabaseProvider } from '../../providers/DatabaseProvider';
import { TijdigDb } from '../../db';
import { carePlanSchema, type CarePlan, type Role } from '../../domain';
import { completePlan, patientFor } from '../../domain/care-plan/care-plan.fixtures';
import { i18n } from '../../i18n';
import { useSessionStore } from '../../state/session-store';
import { testSession } from '../../test/auth-client';
import { FhirImportReview } from './FhirImportReview';

const REOPEN_REFUSED =
  'Dit zorgplan is vastgesteld. Overnemen maakt er weer een concept van, en de status van het zorgplan wijzigt uw rol niet. Vraag de huisarts of de POH om dit over te nemen.';

let db: TijdigDb | null = null;
afterEach(async () => {
  db?.close();
  if (db) await Dexie.delete(db.name);
  db = null;
});

/**
 * The review of an import that differs from a plan with this status only in medication and aids, a part a
 * wijkverpleegkundige changes. (Today's PZP Bundle carries no nursing part, so the review is rendered on its
 * own with such a draft: the rule is about the plan's status, whatever the Bundle holds.)
 */
async function openReview(role: Role, status: CarePlan['status']) {
  useSessionStore.setState({ session: testSession(role) });
  const plan = carePlanSchema.parse(completePlan({ status }));
  const patient = patientFor();
  db = new TijdigDb(`test-${crypto.randomUUID()}`);
  await db.open();
  await db.patients.add(patient);
  await db.carePlans.add(plan);
  const imported = {
    medicationAndAids: { ...plan.medicationAndAids, text: 'Morfine, hoog-laagbed, zuurstof' },
  };
  const user = userEvent.setup();
  const { container } = render(
    <I18nextProvider i18n={i18n}>
      <DatabaseProvider db={db}>
        <FhirImportReview patient={patient} plan={plan} imported={imported} />
      </DatabaseProvider>
    </I18nextProvider>,
  );
  const review = within(container);
  return {
    user,
    db,
    review,
    medication: review.getByRole('checkbox', { name: 'Medicatie en hulpmiddelen overnemen' }),
    accept: review.getByRole('button', { name: /aangevinkte? onderdee?l(en)? overnemen/ }),
  };
}

describe('accepting an import into a vastgesteld plan', () => {
  it('tells a wijkverpleegkundige up front that she cannot reopen it, and offers no accepting', async () => {
    const { review, medication, accept } = await openReview('wijkverpleegkundige', 'vastgesteld');
    expect(accept).toBeDisabled();
    expect(accept).toHaveAccessibleDescription(REOPEN_REFUSED);
    expect(medication).toBeDisabled();
    expect(medication).toHaveAccessibleDescription(REOPEN_REFUSED);
    // Not the warning that accepting makes it a concept: she cannot accept at all.
    expect(review.queryByText(/Wat u overneemt, maakt het weer een concept/)).toBeNull();
  });

  it('lets a wijkverpleegkundige accept her own part into a concept plan', async () => {
    const { user, review, medication, db } = await openReview('wijkverpleegkundige', 'concept');
    expect(review.queryByText(REOPEN_REFUSED)).toBeNull();
    await user.click(medication);
    await user.click(review.getByRole('button', { name: '1 aangevinkt onderdeel overnemen' }));
    expect(await review.findByText(/1 onderdeel is overgenomen/)).toBeVisible();
    const saved = await db.carePlans.toArray();
    expect(saved[0]?.medicationAndAids.text).toBe('Morfine, hoog-laagbed, zuurstof');
  });

  it('lets a huisarts accept into a vastgesteld plan, warning that it becomes a concept', async () => {
    const { user, review, medication } = await openReview('huisarts', 'vastgesteld');
    expect(review.getByText(/Wat u overneemt, maakt het weer een concept/)).toBeVisible();
    expect(review.queryByText(REOPEN_REFUSED)).toBeNull();
    await user.click(medication);
    expect(review.getByRole('button', { name: '1 aangevinkt onderdeel overnemen' })).toBeEnabled();
  });
});
