import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { importChecklistDefinition } from '../../db';
import {
  BUILTIN_DEFINITIONS,
  distressThermometerV2,
  signallingCardV1,
  type ChecklistResultId,
  type IsoDate,
  type IsoDateTime,
} from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { testSession } from '../../test/auth-client';
import { patientRow } from '../../test/factories';
import { renderApp } from '../../test/render';

beforeEach(() => {
  useSessionStore.setState({ session: testSession('wijkverpleegkundige', 'Els Smit') });
});

async function openPanel(patient = patientRow()) {
  const app = await renderApp(`/patienten/${patient.id}`, [patient]);
  const panel = await screen.findByRole('region', { name: 'Signalering en checklists' });
  return { ...app, panel, patient };
}

describe('checklists on the patient page', () => {
  it('asks the double surprise question after "Nee", saves, and suggests a marking conversation', async () => {
    const { user, panel, db } = await openPanel();
    await user.click(within(panel).getByRole('button', { name: 'Invullen: Surprise question' }));
    expect(
      within(panel).queryByRole('group', { name: /over een jaar nog in leven/ }),
    ).not.toBeInTheDocument();
    await user.click(within(panel).getByRole('radio', { name: 'Nee' }));
    expect(within(panel).getByRole('group', { name: /over een jaar nog in leven/ })).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Opslaan' }));

    expect(await within(panel).findByText('Checklist opgeslagen')).toBeInTheDocument();
    const timeline = within(panel).getByRole('region', { name: 'Eerdere checklists' });
    // The timeline is its own live query: on a busy machine it renders a moment after the confirmation.
    await waitFor(() => {
      expect(timeline).toHaveTextContent('Antwoord: Nee');
    });
    expect(timeline).toHaveTextContent('Vastgelegd door Els Smit (wijkverpleegkundige)');
    expect(
      within(panel).getByRole('complementary', { name: /markeringsgesprek overwegen/ }),
    ).toHaveTextContent('De surprise question is beantwoord met ‘nee’.');
    expect(await db.checklistResults.toArray()).toMatchObject([
      { definitionId: 'surprise-question', definitionVersion: 1, answers: { surprised: 'nee' } },
    ]);
  });

  it('refuses a symptom score above 10 next to the field and stores nothing', async () => {
    const { user, panel, db } = await openPanel();
    await user.click(
      within(panel).getByRole('button', { name: 'Invullen: Symptoomscores (eigen lijst van de praktijk)' }),
    );
    expect(
      within(panel).getByText(/Eigen lijst van de praktijk, geen gevalideerd instrument/),
    ).toBeInTheDocument();
    const pain = within(panel).getByLabelText(/^Pijn/);
    await user.type(pain, '11');
    await user.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => {
      expect(pain).toHaveAttribute('aria-invalid', 'true');
    });
    expect(pain).toHaveAccessibleDescription('Deze score valt buiten het bereik.');
    expect(await db.checklistResults.count()).toBe(0);

    await user.clear(pain);
    await user.type(pain, '8');
    await user.type(within(panel).getByLabelText(/^Vermoeidheid/), '5');
    await user.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    expect(
      await within(panel).findByText(/Klinisch relevant \(4 of hoger\): Pijn \(ernstig\), Vermoeidheid/),
    ).toBeInTheDocument();
  });

  it('shows RADPAC grouped by disease with its source, and lists the indicators present without a verdict', async () => {
    const { user, panel, db } = await openPanel();
    await user.click(
      within(panel).getByRole('button', { name: 'Invullen: RADPAC (hartfalen, COPD, kanker)' }),
    );
    expect(
      within(panel).getByText(/Bron: The RADboud indicators of PAlliative Care needs/),
    ).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Bron openen (nieuw venster)' })).toHaveAttribute(
      'href',
      'https://bmcfampract.biomedcentral.com/articles/10.1186/1471-2296-12-123',
    );
    const heart = within(panel).getByRole('region', { name: 'RADPAC hartfalen' });
    // Published in English: a screen reader must not read it with a Dutch voice.
    expect(within(heart).getByText(/\(NYHA IV\)$/)).toHaveAttribute('lang', 'en');
    const yesOf = (question: RegExp) =>
      within(within(heart).getByRole('group', { name: question })).getByRole('radio', { name: 'Ja' });
    await user.click(yesOf(/\(NYHA IV\)/));
    await user.click(yesOf(/frequent hospital admissions/));
    await user.click(within(panel).getByRole('button', { name: 'Opslaan' }));

    expect(
      await within(panel).findByText(/2 indicatoren aanwezig: The patient has severe limitations/),
    ).toBeInTheDocument();
    expect(within(panel).queryByRole('complementary')).not.toBeInTheDocument();
    expect(await db.checklistResults.toArray()).toMatchObject([
      {
        definitionId: 'radpac',
        definitionVersion: 1,
        answers: { 'chf-nyha-iv': true, 'chf-admissions': true },
      },
    ]);
  });

  it('scores the EDIZ as published (min of meer counts) and flags nothing, since it has no cut-off', async () => {
    const { user, panel } = await openPanel();
    await user.click(
      within(panel).getByRole('button', { name: 'Invullen: EDIZ – Ervaren Druk door Informele Zorg' }),
    );
    const answer = (statement: RegExp, option: string) =>
      user.click(
        within(within(panel).getByRole('group', { name: statement })).getByRole('radio', { name: option }),
      );
    await answer(/kom ik te weinig aan mijn leven toe/, 'Min of meer');
    await answer(/altijd maar klaarstaan/, 'Ja');
    await answer(/laat mij nooit los/, 'Nee');
    await user.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    expect(
      await within(panel).findByText('Score 2 van 9. 6 stellingen niet beantwoord.'),
    ).toBeInTheDocument();
  });

  it('reads an old Lastmeter result by its own cut-off (5), not by the new one (4)', async () => {
    const patient = patientRow();
    const { db, panel } = await openPanel(patient);
    await db.checklistResults.add({
      id: '0190f0e2-7c4a-7000-8000-00000000abce' as ChecklistResultId,
      patientId: patient.id,
      definitionId: 'lastmeter',
      definitionVersion: 1,
      answers: { distress: 4 },
      observedOn: '2026-10-01' as IsoDate,
      author: { name: 'Els Smit', role: 'wijkverpleegkundige' },
      recordedAt: '2026-10-01T09:00:00.000Z' as IsoDateTime,
      deletedAt: null,
    });
    const timeline = await within(panel).findByRole('region', { name: 'Eerdere checklists' });
    expect(await within(timeline).findByText('Last: 4 van 10.')).toBeInTheDocument();
    expect(timeline).not.toHaveTextContent('verhoogd');
    expect(
      within(panel).queryByRole('button', { name: /Lastmeter-score \(vervallen/ }),
    ).not.toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Invullen: Lastmeter (uitkomst)' })).toBeInTheDocument();
  });

  it('uses a region cut-off for the Lastmeter once the region imports its own version', async () => {
    const { db, user, panel } = await openPanel();
    const regional = {
      ...distressThermometerV2,
      version: 3,
      scoring: { kind: 'scoreThreshold', item: 'distress', threshold: 6 },
    };
    expect(
      (await importChecklistDefinition(db, JSON.stringify(regional), BUILTIN_DEFINITIONS, new Date())).ok,
    ).toBe(true);
    await user.click(await within(panel).findByRole('button', { name: 'Invullen: Lastmeter (uitkomst)' }));
    await user.type(within(panel).getByLabelText(/^Score op de thermometer/), '5');
    await user.click(within(panel).getByRole('button', { name: 'Opslaan' }));
    expect(await within(panel).findByText('Last: 5 van 10.')).toBeInTheDocument();
    expect(await db.checklistResults.toArray()).toMatchObject([
      { definitionId: 'lastmeter', definitionVersion: 3 },
    ]);
  });

  it('keeps showing an old result with the labels of its own card version', async () => {
    const patient = patientRow();
    const { db, panel } = await openPanel(patient);
    const v2 = {
      ...signallingCardV1,
      version: 2,
      items: [{ type: 'yesNo', id: 'confusion', label: 'Is de patiënt verward?' }],
    };
    expect(
      (await importChecklistDefinition(db, JSON.stringify(v2), BUILTIN_DEFINITIONS, new Date())).ok,
    ).toBe(true);
    await db.checklistResults.add({
      id: '0190f0e2-7c4a-7000-8000-00000000abcd' as ChecklistResultId,
      patientId: patient.id,
      definitionId: 'signaleringskaart',
      definitionVersion: 1,
      answers: { falls: true },
      observedOn: '2026-10-01' as IsoDate,
      author: { name: 'Els Smit', role: 'wijkverpleegkundige' },
      recordedAt: '2026-10-01T09:00:00.000Z' as IsoDateTime,
      deletedAt: null,
    });
    const timeline = await within(panel).findByRole('region', { name: 'Eerdere checklists' });
    expect(
      await within(timeline).findByText(/1 signaal: Is de patiënt de laatste tijd gevallen\?/),
    ).toBeInTheDocument();
    expect(timeline).toHaveTextContent('Signaleringskaart (versie 1)');
  });
});
