import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../date-schemas';
import { type CarePlanFields } from './care-plan';
import { emptyCarePlanFields, emptyTreatmentLimit } from './factory';
import { completePlan, TODAY } from './care-plan.fixtures';
import {
  carePlanFieldsSchemaOn,
  carePlanIssues,
  ESSENTIALS,
  missingEssentials,
  validateCarePlanFields,
} from './rules';

const date = (value: string) => value as IsoDate;
const established = (): CarePlanFields => completePlan();
const draft = (): CarePlanFields => ({ ...emptyCarePlanFields(), status: 'concept' });
const codes = (fields: CarePlanFields) => carePlanIssues(fields, TODAY).map((i) => `${i.field}:${i.code}`);

type Case = [string, (fields: CarePlanFields) => CarePlanFields, string];

/** Hard rules: refused in a draft and in an established plan alike. */
const HARD_CASES: Case[] = [
  [
    'a contact without phone or e-mail',
    (f) => ({ ...f, contacts: [{ kind: 'naaste', name: 'Els', relation: 'dochter', phone: '', email: '' }] }),
    'contacts.0.phone:contact.unreachable',
  ],
  [
    'a legal representative without phone or e-mail',
    (f) => ({ ...f, contacts: [{ kind: 'curator', name: 'R. Kok', relation: '', phone: '', email: '' }] }),
    'contacts.0.phone:contact.unreachable',
  ],
  [
    "a 'niet' decision without the date it was discussed",
    (f) => ({ ...f, limitReanimatie: { ...emptyTreatmentLimit(), decision: 'niet' } }),
    'limitReanimatie.dateDiscussed:dateDiscussed.requiredForNiet',
  ],
  [
    "a 'niet' for an other limit without a date",
    (f) => ({
      ...f,
      otherLimits: [
        {
          ...emptyTreatmentLimit(),
          id: '0190f0e2-7c4a-7000-8000-0000000000a1',
          text: 'Sondevoeding',
          decision: 'niet',
        },
      ],
    }),
    'otherLimits.0.dateDiscussed:dateDiscussed.requiredForNiet',
  ],
  [
    "an 'anders' decision without saying what was agreed",
    (f) => ({
      ...f,
      limitZiekenhuisopname: {
        ...emptyTreatmentLimit(),
        decision: 'anders',
        dateDiscussed: date('2026-11-20'),
      },
    }),
    'limitZiekenhuisopname.comment:comment.requiredForAnders',
  ],
  [
    'an evaluation date before the start of the plan',
    (f) => ({
      ...f,
      startDate: date('2026-11-01'),
      psychisch: { ...f.psychisch, evaluationDate: date('2026-10-31') },
    }),
    'psychisch.evaluationDate:evaluationDate.beforeStart',
  ],
  [
    'a limit discussed in the future',
    (f) => ({
      ...f,
      limitAntibiotica: { ...emptyTreatmentLimit(), decision: 'wel', dateDiscussed: date('2026-11-24') },
    }),
    'limitAntibiotica.dateDiscussed:date.future',
  ],
  [
    'an ACP conversation in the future',
    (f) => ({ ...f, acpConversations: [{ date: date('2027-01-01'), participants: [] }] }),
    'acpConversations.0.date:date.future',
  ],
  [
    'a dimension discussed in the future',
    (f) => ({ ...f, sociaal: { ...f.sociaal, lastDiscussed: date('2026-12-01') } }),
    'sociaal.lastDiscussed:date.future',
  ],
  [
    "a preferred place 'anders' without naming it",
    (f) => ({ ...f, preferredPlaceOfDeath: { place: 'anders', otherText: '', dateDiscussed: null } }),
    'preferredPlaceOfDeath.otherText:required',
  ],
];

describe('carePlanIssues: hard rules', () => {
  it.each(HARD_CASES)('refuses %s in a draft', (_case, change, expected) => {
    expect(codes(change(draft()))).toContain(expected);
  });

  it.each(HARD_CASES)('refuses %s in an established plan', (_case, change, expected) => {
    expect(codes(change(established()))).toContain(expected);
  });

  it.each<Case>([
    [
      'a contact with only an e-mail address',
      (f) => ({
        ...f,
        contacts: [{ kind: 'mentor', name: 'P. Smit', relation: '', phone: '', email: 'p@smit.nl' }],
      }),
      '',
    ],
    [
      "a 'niet' decision with its date",
      (f) => ({
        ...f,
        limitReanimatie: { ...emptyTreatmentLimit(), decision: 'niet', dateDiscussed: TODAY },
      }),
      '',
    ],
    [
      "an 'onbekend' decision without a date",
      (f) => ({ ...f, limitReanimatie: { ...emptyTreatmentLimit(), decision: 'onbekend' } }),
      '',
    ],
    [
      'an evaluation date on the start date',
      (f) => ({
        ...f,
        startDate: date('2026-11-01'),
        psychisch: { ...f.psychisch, evaluationDate: date('2026-11-01') },
      }),
      '',
    ],
    [
      'an evaluation date in the future',
      (f) => ({ ...f, lichamelijk: { ...f.lichamelijk, evaluationDate: date('2027-03-01') } }),
      '',
    ],
    [
      'a conversation today',
      (f) => ({ ...f, acpConversations: [{ date: TODAY, participants: ['Jan'] }] }),
      '',
    ],
  ])('accepts %s', (_case, change) => {
    expect(codes(change(draft()))).toEqual([]);
  });
});

describe('carePlanIssues: completeness', () => {
  it('accepts a complete established plan', () => {
    expect(codes(established())).toEqual([]);
  });

  it('accepts an empty draft: a concept may lack every essential', () => {
    expect(codes(draft())).toEqual([]);
  });

  it('lists every essential an empty established plan lacks', () => {
    expect(codes({ ...draft(), status: 'vastgesteld' })).toEqual(
      ESSENTIALS.map((field) => `${field}:required`),
    );
  });

  it.each<Case>([
    ['no start date', (f) => ({ ...f, startDate: null }), 'startDate:required'],
    [
      'no regiebehandelaar phone',
      (f) => ({ ...f, regiebehandelaar: { name: 'H. Bakker', phone: '' } }),
      'regiebehandelaar.phone:required',
    ],
    [
      'no eerste aanspreekpunt',
      (f) => ({ ...f, eersteAanspreekpunt: { name: '', role: '', phone: '' } }),
      'eersteAanspreekpunt.name:required',
    ],
    [
      'no resuscitation decision',
      (f) => ({ ...f, limitReanimatie: emptyTreatmentLimit() }),
      'limitReanimatie.decision:required',
    ],
    [
      'no hospital admission decision',
      (f) => ({ ...f, limitZiekenhuisopname: emptyTreatmentLimit() }),
      'limitZiekenhuisopname.decision:required',
    ],
    [
      'no IC admission decision',
      (f) => ({ ...f, limitIcOpname: emptyTreatmentLimit() }),
      'limitIcOpname.decision:required',
    ],
    [
      'no treatment goal',
      (f) => ({ ...f, treatmentGoal: { goal: null, dateDiscussed: null } }),
      'treatmentGoal.goal:required',
    ],
    [
      'no preferred place of death',
      (f) => ({ ...f, preferredPlaceOfDeath: { place: null, otherText: '', dateDiscussed: null } }),
      'preferredPlaceOfDeath.place:required',
    ],
    [
      'no acute agreements',
      (f) => ({ ...f, acuteAgreements: { text: '', lastDiscussed: null } }),
      'acuteAgreements.text:required',
    ],
    ['no ACP conversation', (f) => ({ ...f, acpConversations: [] }), 'acpConversations:required'],
    [
      'a dimension never discussed',
      (f) => ({ ...f, spiritueel: { ...f.spiritueel, lastDiscussed: null } }),
      'spiritueel.lastDiscussed:required',
    ],
    [
      'an other limit without a decision',
      (f) => ({
        ...f,
        otherLimits: [
          { ...emptyTreatmentLimit(), id: '0190f0e2-7c4a-7000-8000-0000000000a1', text: 'Dialyse' },
        ],
      }),
      'otherLimits.0.decision:required',
    ],
  ])('refuses an established plan with %s, and accepts it as a draft', (_case, change, expected) => {
    expect(codes(change(established()))).toContain(expected);
    expect(codes({ ...change(established()), status: 'concept' })).not.toContain(expected);
  });

  it('counts onbekend as an answer for the preferred place of death', () => {
    const plan = {
      ...established(),
      preferredPlaceOfDeath: { place: 'onbekend' as const, otherText: '', dateDiscussed: null },
    };
    expect(missingEssentials(plan)).toEqual([]);
  });
});

describe('validateCarePlanFields', () => {
  it('returns the parsed fields of a valid plan', () => {
    const result = validateCarePlanFields(established(), TODAY);
    expect(result.ok).toBe(true);
  });

  it('reports schema issues with their path before the rules run', () => {
    const result = validateCarePlanFields({ ...established(), status: 'klaar' }, TODAY);
    expect(result).toEqual({ ok: false, issues: [{ field: 'status', code: 'required' }] });
  });

  it('reports rule issues of a plan that fits the schema', () => {
    const result = validateCarePlanFields({ ...established(), startDate: null }, TODAY);
    expect(result).toEqual({ ok: false, issues: [{ field: 'startDate', code: 'required' }] });
  });

  it('gives form resolvers the same issues, with split paths', () => {
    const parsed = carePlanFieldsSchemaOn(TODAY).safeParse({
      ...established(),
      contacts: [{ kind: 'naaste', name: 'Els', relation: '', phone: '', email: '' }],
    });
    expect(parsed.error?.issues.map((i) => [i.path, i.message])).toEqual([
      [['contacts', '0', 'phone'], 'contact.unreachable'],
    ]);
  });
});
