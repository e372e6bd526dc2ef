import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { completePlan, PATIENT_ID } from '../../domain/care-plan/care-plan.fixtures';
import type { Conflict, IsoDateTime, MutationId } from '../../domain';
import { patientRow } from '../../test/factories';
import { renderApp } from '../../test/render';

const AT = '2026-11-23T09:00:00.000Z' as IsoDateTime;
const GP_TEXT = 'Bel de huisartsenpost, niet 112';
const POH_TEXT = 'Bel eerst de dochter';

function acuteConflict(): Conflict {
  return {
    id: '0190f0e2-7c4a-7000-8000-0000000c0002',
    entity: 'carePlan',
    recordId: PATIENT_ID,
    group: 'acuteAgreements',
    original: { acuteAgreements: { text: 'Bel de HAP', lastDiscussed: null } },
    candidates: [
      {
        value: { acuteAgreements: { text: GP_TEXT, lastDiscussed: '2026-11-20' } },
        author: { userId: 'u1', name: 'Huisarts Bakker', role: 'huisarts' },
        clientId: 'c1',
        at: AT,
        mutationId: '',
      },
      {
        value: { acuteAgreements: { text: POH_TEXT, lastDiscussed: null } },
        author: { userId: 'u2', name: 'Petra Ouwens', role: 'poh' },
        clientId: 'c2',
        at: AT,
        mutationId: '0190f0e2-7c4a-7000-8000-0000000d0002',
      },
    ],
    status: 'open',
    resolvedBy: null,
    createdAt: AT,
  };
}

async function renderConflict() {
  const patient = patientRow({ id: PATIENT_ID, givenName: 'Anna', namePrefix: '', familyName: 'Visser' });
  const rendered = await renderApp('/synchronisatie', [patient]);
  // The POH's own (discarded) text is what the device holds when the conflict arrives.
  await rendered.db.carePlans.put(completePlan({ acuteAgreements: { text: POH_TEXT, lastDiscussed: null } }));
  await rendered.db.conflicts.put(acuteConflict());
  const card = await screen.findByRole('article', { name: /Afspraken voor acute situaties/ });
  return { ...rendered, card };
}

describe('ConflictCard for a care-plan conflict', () => {
  it('names the record, the section and the patient with a link, and shows candidates as the form does', async () => {
    const { card } = await renderConflict();
    expect(await within(card).findByRole('link', { name: 'Open patiënt Anna Visser' })).toHaveAttribute(
      'href',
      `/patienten/${PATIENT_ID}`,
    );
    expect(within(card).getByRole('link', { name: /in het zorgplan/ })).toHaveAttribute(
      'href',
      `/patienten/${PATIENT_ID}/zorgplan#zorgplan-acute`,
    );
    expect(within(card).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Zorgplan: Afspraken voor acute situaties · Anna Visser',
    );
    const gp = within(card).getByRole('radio', { name: /Huisarts Bakker \(huisarts\), 23-11-2026/ });
    expect(gp).toBeInTheDocument();
    expect(within(card).getByText(`tekst: ${GP_TEXT}`)).toBeInTheDocument();
    expect(within(card).getByText('laatst besproken: 20-11-2026')).toBeInTheDocument();
    expect(card).not.toHaveTextContent('acuteAgreements');
    expect(card).not.toHaveTextContent('{');
  });

  it("keeps the GP's value and writes a plan version equal to what the plan then shows", async () => {
    const { card, db, user } = await renderConflict();
    await user.click(within(card).getByRole('radio', { name: /Huisarts Bakker/ }));
    await user.click(within(card).getByRole('button', { name: 'Deze waarde bewaren' }));

    expect(await screen.findByText('Geen conflicten.')).toBeInTheDocument();
    const plan = await db.carePlans.get(PATIENT_ID);
    expect(plan?.acuteAgreements.text).toBe(GP_TEXT);
    const versions = await db.carePlanVersions.where('carePlanId').equals(PATIENT_ID).sortBy('savedAt');
    const newest = versions.at(-1);
    expect(newest?.plan).toEqual(plan);
    expect(newest?.author).toEqual({ name: 'Petra Ouwens', role: 'poh' });
    const entities = (await db.outbox.toArray()).map((row) => row.entity);
    expect(entities).toEqual(['carePlan', 'carePlanVersion']);
  });

  it("combines with the section's own controls, prefilled with the chosen candidate", async () => {
    const { card, db, user } = await renderConflict();
    await user.click(within(card).getByRole('radio', { name: /Huisarts Bakker/ }));
    await user.click(within(card).getByRole('button', { name: 'Combineren' }));
    const form = await within(card).findByRole('form', { name: 'Waarden combineren' });
    const text = within(form).getByRole('textbox', { name: /^Afspraken/ });
    expect(text).toHaveValue(GP_TEXT);
    expect(within(form).getByRole('textbox', { name: /Laatst besproken/ })).toHaveValue('20-11-2026');
    await user.clear(text);
    await user.type(text, `${GP_TEXT}; eerst de dochter bellen`);
    await user.click(within(form).getByRole('button', { name: 'Gecombineerde waarde bewaren' }));

    expect(await screen.findByText('Geen conflicten.')).toBeInTheDocument();
    expect((await db.carePlans.get(PATIENT_ID))?.acuteAgreements).toEqual({
      text: `${GP_TEXT}; eerst de dochter bellen`,
      lastDiscussed: '2026-11-20',
    });
  });

  it('shows the open conflict and the changes waiting to be sent in the header', async () => {
    const { db } = await renderConflict();
    await db.outbox.put({
      mutationId: '0190f0e2-7c4a-7000-8000-0000000e0002' as MutationId,
      counter: 1,
      entity: 'patient',
      recordId: PATIENT_ID,
      op: 'put',
      baseRev: 1,
      changed: { diagnosisText: 'Longkanker' },
      createdAt: AT,
    });
    expect(await screen.findByRole('link', { name: /1 conflict · 1 wachtend/ })).toBeInTheDocument();
  });
});
