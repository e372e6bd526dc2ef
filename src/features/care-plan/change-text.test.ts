import { describe, expect, it } from 'vitest';
import { diffCarePlans, type CarePlanFields, type IsoDate } from '../../domain';
import { completePlan } from '../../domain/care-plan/care-plan.fixtures';
import { i18n } from '../../i18n';
import { changeText } from './change-text';

const t = i18n.getFixedT('nl');
const before: CarePlanFields = completePlan();

/** Every change from the complete plan to the plan with `overrides`, as the history shows it. */
function lines(overrides: Partial<CarePlanFields>): string[] {
  const after = { ...before, ...overrides };
  return diffCarePlans(before, after).map((change) => {
    const text = changeText(change, { before, after }, t, 'nl');
    if (text.kind === 'changed') return `${text.label}: ${text.before} → ${text.after}`;
    return `${text.label} (${text.kind}): ${text.kind === 'added' ? text.after : text.before}`;
  });
}

describe('changes in words', () => {
  it.each<[string, Partial<CarePlanFields>, string[]]>([
    [
      'a decision, named by its limit alone',
      { limitReanimatie: { ...before.limitReanimatie, decision: 'wel' } },
      ['Reanimatie: niet → wel'],
    ],
    [
      'a date, as dd-mm-jjjj',
      { limitIcOpname: { ...before.limitIcOpname, dateDiscussed: '2026-11-22' as IsoDate } },
      ['IC-opname – datum besproken: 20-11-2026 → 22-11-2026'],
    ],
    ['the status', { status: 'concept' }, ['Status: Vastgesteld → Concept']],
    [
      'the treatment goal',
      { treatmentGoal: { ...before.treatmentGoal, goal: 'curatief' } },
      ['Behandeldoel: symptoomgericht (palliatief) → curatief'],
    ],
    [
      'a contact phone number',
      { contacts: before.contacts.map((c, i) => (i === 1 ? { ...c, phone: '06-99998888' } : c)) },
      ['Naasten en vertegenwoordiger – contactpersoon 2 – telefoonnummer: leeg → 06-99998888'],
    ],
    [
      'an other limit, by its name',
      { otherLimits: before.otherLimits.map((l, i) => (i === 0 ? { ...l, decision: 'wel' as const } : l)) },
      ['Andere behandelgrenzen – Kunstmatige voeding of vocht: niet → wel'],
    ],
    [
      'a new action in a dimension',
      {
        sociaal: {
          ...before.sociaal,
          actions: [...before.sociaal.actions, { what: 'Respijtzorg regelen', owner: 'POH', due: null }],
        },
      },
      ['Sociaal – afspraak 2 (added): Respijtzorg regelen, POH'],
    ],
    ['a yes/no fact', { vptz: { ...before.vptz, isDiscussed: false } }, ['VPTZ – besproken: ja → nee']],
    [
      'consent',
      { consentToShare: { ...before.consentToShare, ambulance: 'yes' } },
      ['Toestemming delen – ambulance: nee → ja'],
    ],
    [
      'a removed conversation, by its date',
      { acpConversations: before.acpConversations.slice(1) },
      ['ACP-gesprekken – gesprek van 02-10-2026 (removed): 02-10-2026, H. Bakker, Els de Vries'],
    ],
  ])('says %s', (_case, overrides, expected) => {
    expect(lines(overrides)).toEqual(expected);
  });
});
