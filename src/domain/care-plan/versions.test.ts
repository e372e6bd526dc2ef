import { describe, expect, it } from 'vitest';
import type { IsoDate, IsoDateTime } from '../date-schemas';
import type { CarePlan } from './care-plan';
import { completePlan } from './care-plan.fixtures';
import { diffCarePlans, type CarePlanChange } from './versions';

const date = (value: string) => value as IsoDate;
const before = completePlan();
const [firstTalk, secondTalk] = before.acpConversations;
const [firstLimit, secondLimit] = before.otherLimits;
if (!firstTalk || !secondTalk || !firstLimit || !secondLimit) throw new Error('The fixture has two of each.');
const short = (changes: CarePlanChange[]) => changes.map((c) => `${c.kind} ${c.path}`);

describe('diffCarePlans', () => {
  it('finds nothing between a version and itself', () => {
    expect(diffCarePlans(before, completePlan())).toEqual([]);
  });

  it('ignores bookkeeping: who saved and when is shown per version, not as a change', () => {
    const after: CarePlan = {
      ...before,
      updatedAt: '2026-11-24T08:00:00.000Z' as IsoDateTime,
      author: { name: 'Petra', role: 'poh' },
    };
    expect(diffCarePlans(before, after)).toEqual([]);
  });

  it.each<[string, Partial<CarePlan>, CarePlanChange[]]>([
    [
      'a changed decision of one limit',
      { limitReanimatie: { ...before.limitReanimatie, decision: 'wel' } },
      [
        {
          group: 'limitReanimatie',
          path: 'limitReanimatie.decision',
          kind: 'changed',
          before: 'niet',
          after: 'wel',
        },
      ],
    ],
    [
      'the plan established as a draft again',
      { status: 'concept' },
      [{ group: 'establishment', path: 'status', kind: 'changed', before: 'vastgesteld', after: 'concept' }],
    ],
    [
      'a phone number of a contact',
      { contacts: before.contacts.map((c, i) => (i === 1 ? { ...c, phone: '06-99998888' } : c)) },
      [{ group: 'contacts', path: 'contacts.1.phone', kind: 'changed', before: '', after: '06-99998888' }],
    ],
    [
      'a new action in a dimension',
      {
        sociaal: {
          ...before.sociaal,
          actions: [...before.sociaal.actions, { what: 'Respijtzorg regelen', owner: 'POH', due: null }],
        },
      },
      [
        {
          group: 'sociaal',
          path: 'sociaal.actions.1',
          kind: 'added',
          before: null,
          after: { what: 'Respijtzorg regelen', owner: 'POH', due: null },
        },
      ],
    ],
    [
      'the participants of a conversation, as one value',
      {
        acpConversations: [firstTalk, { ...secondTalk, participants: ['H. Bakker'] }],
      },
      [
        {
          group: 'acpConversations',
          path: 'acpConversations.1.participants',
          kind: 'changed',
          before: secondTalk.participants,
          after: ['H. Bakker'],
        },
      ],
    ],
    [
      'the preferred place of death',
      { preferredPlaceOfDeath: { place: 'hospice', otherText: '', dateDiscussed: date('2026-11-22') } },
      [
        {
          group: 'preferredPlaceOfDeath',
          path: 'preferredPlaceOfDeath.place',
          kind: 'changed',
          before: 'thuis',
          after: 'hospice',
        },
        {
          group: 'preferredPlaceOfDeath',
          path: 'preferredPlaceOfDeath.dateDiscussed',
          kind: 'changed',
          before: '2026-11-20',
          after: '2026-11-22',
        },
      ],
    ],
    [
      'the deletion of the plan',
      { deletedAt: '2026-11-24T08:00:00.000Z' as IsoDateTime },
      [
        {
          group: 'deletion',
          path: 'deletedAt',
          kind: 'changed',
          before: null,
          after: '2026-11-24T08:00:00.000Z',
        },
      ],
    ],
  ])('reports %s field by field', (_case, overrides, expected) => {
    expect(diffCarePlans(before, { ...before, ...overrides })).toEqual(expected);
  });

  it('matches other limits by id, so a renamed limit is one change and not a removal and an addition', () => {
    const after = { ...before, otherLimits: [secondLimit, { ...firstLimit, text: 'Sondevoeding' }] };
    expect(short(diffCarePlans(before, after))).toEqual(['changed otherLimits.1.text']);
  });

  it('matches ACP conversations by date, so an earlier conversation added later does not shift the others', () => {
    const earlier = { date: date('2026-09-01'), participants: ['H. Bakker'] };
    const after = { ...before, acpConversations: [earlier, ...before.acpConversations] };
    expect(diffCarePlans(before, after)).toEqual([
      { group: 'acpConversations', path: 'acpConversations.0', kind: 'added', before: null, after: earlier },
    ]);
  });

  it('reports a removed contact with its old value', () => {
    const after = { ...before, contacts: before.contacts.slice(0, 3) };
    expect(diffCarePlans(before, after)).toEqual([
      { group: 'contacts', path: 'contacts.3', kind: 'removed', before: before.contacts[3], after: null },
    ]);
  });

  it('lists changes in the order of the plan, whatever order they were made in', () => {
    const after: CarePlan = {
      ...before,
      acpConversations: [],
      limitIcOpname: { ...before.limitIcOpname, withWhom: 'patiënt' },
      status: 'concept',
      lichamelijk: { ...before.lichamelijk, problems: 'Pijn' },
    };
    expect(short(diffCarePlans(before, after))).toEqual([
      'changed status',
      'changed lichamelijk.problems',
      'changed limitIcOpname.withWhom',
      'removed acpConversations.0',
      'removed acpConversations.1',
    ]);
  });
});
