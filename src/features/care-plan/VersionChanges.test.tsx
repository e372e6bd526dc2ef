import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CarePlanFields, OnBehalfOf } from '../../domain';
import { completePlan } from '../../domain/care-plan/care-plan.fixtures';
import { i18n } from '../../i18n';
import { VersionChanges } from './VersionChanges';

const before: CarePlanFields = completePlan();
const NAMENS: OnBehalfOf = {
  userId: '7b1f1a52-93c5-4a8e-9a51-2f0b6f6c1d11',
  name: 'Dr. Jansen',
  recordedBy: 'Petra Bakker',
};

function showChanges(after: CarePlanFields) {
  render(
    <I18nextProvider i18n={i18n}>
      <VersionChanges before={before} after={after} />
    </I18nextProvider>,
  );
  return screen.queryAllByRole('listitem').map((item) => item.textContent);
}

describe('version changes of a medical decision recorded namens a huisarts', () => {
  beforeAll(() => i18n.changeLanguage('nl'));

  it('names the POH and the huisarts under a changed limit, without the attribution as a change of its own', () => {
    const after = {
      ...before,
      limitReanimatie: { ...before.limitReanimatie, decision: 'wel' as const, onBehalfOf: NAMENS },
    };
    expect(showChanges(after)).toEqual([
      'Reanimatie: niet → welVastgelegd door Petra Bakker namens Dr. Jansen',
    ]);
  });

  it('names the huisarts under a changed treatment goal and euthanasia fact', () => {
    const after: CarePlanFields = {
      ...before,
      treatmentGoal: { ...before.treatmentGoal, goal: 'levensverlengend', onBehalfOf: NAMENS },
      euthanasia: { ...before.euthanasia, comment: 'Verklaring bij de huisarts', onBehalfOf: NAMENS },
    };
    const lines = showChanges(after);
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toContain('Vastgelegd door Petra Bakker namens Dr. Jansen');
  });

  it('shows a new attribution alone as one line for its fact', () => {
    const after = { ...before, limitAntibiotica: { ...before.limitAntibiotica, onBehalfOf: NAMENS } };
    expect(showChanges(after)).toEqual(['AntibioticaVastgelegd door Petra Bakker namens Dr. Jansen']);
  });

  it('names the huisarts once for a limit changed in several parts, after its last part', () => {
    const after = {
      ...before,
      limitReanimatie: {
        ...before.limitReanimatie,
        decision: 'wel' as const,
        withWhom: 'patiënt',
        onBehalfOf: NAMENS,
      },
    };
    expect(showChanges(after)).toEqual([
      'Reanimatie: niet → wel',
      'Reanimatie – met wie: patiënt en dochter → patiëntVastgelegd door Petra Bakker namens Dr. Jansen',
    ]);
  });

  it('shows nothing for an attribution that goes from absent to null (a plan saved before namens)', () => {
    const after = { ...before, limitIcOpname: { ...before.limitIcOpname, onBehalfOf: null } };
    expect(showChanges(after)).toEqual([]);
  });

  it('adds no namens line to a decision the huisarts recorded themselves', () => {
    const after = { ...before, limitReanimatie: { ...before.limitReanimatie, decision: 'wel' as const } };
    expect(showChanges(after)).toEqual(['Reanimatie: niet → wel']);
  });
});
