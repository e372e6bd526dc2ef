import { describe, expect, it } from 'vitest';
import { groupsTouched, SYNC_ENTITY_DEFINITIONS } from '../sync-entities';
import { SYNC_ENTITIES } from '../sync';
import {
  CARE_PLAN_BOOKKEEPING_FIELDS,
  carePlanFieldGroups,
  carePlanFieldsSchema,
  carePlanSchema,
  PZP_FIELDS,
  TREATMENT_LIMIT_FIELDS,
  TREATMENT_LIMIT_KINDS,
  type CarePlan,
} from './care-plan';
import { emptyCarePlanFields, newCarePlan, pzpRecordOf, treatmentLimitsOf } from './factory';
import { AUTHOR, completePlan, NOW, PATIENT_ID } from './care-plan.fixtures';
import { SPECIALIST_CARE_PLAN_FIELDS, specialistCarePlanView } from './specialist-view';

const definition = SYNC_ENTITY_DEFINITIONS.carePlan;

function codesFor(plan: unknown): string[] {
  const parsed = carePlanSchema.safeParse(plan);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
}

describe('carePlanSchema', () => {
  it.each<[string, CarePlan]>([
    ['a new, empty draft', newCarePlan(PATIENT_ID, AUTHOR, NOW)],
    ['a complete established plan', completePlan()],
  ])('accepts %s', (_case, plan) => {
    expect(codesFor(plan)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    [
      'a plan whose id is not its patient',
      { id: '0190f0e2-7c4a-7000-8000-000000000099' },
      'id:carePlan.idNotPatientId',
    ],
    ['an unknown status', { status: 'klaar' }, 'status:required'],
    [
      'a contact without a name',
      { contacts: [{ kind: 'naaste', name: ' ', relation: '', phone: '0612345678', email: '' }] },
      'contacts.0.name:required',
    ],
    [
      'a contact with an impossible e-mail address',
      { contacts: [{ kind: 'naaste', name: 'Els', relation: '', phone: '', email: 'els@' }] },
      'contacts.0.email:email.invalid',
    ],
    [
      'an unknown kind of representative',
      { contacts: [{ kind: 'voogd', name: 'Els', relation: '', phone: '0612345678', email: '' }] },
      'contacts.0.kind:required',
    ],
    [
      'a regiebehandelaar phone with letters',
      { regiebehandelaar: { name: 'H. Bakker', phone: 'bel mij' } },
      'regiebehandelaar.phone:phone.invalid',
    ],
    [
      'an other limit without its name',
      {
        otherLimits: [
          {
            id: '0190f0e2-7c4a-7000-8000-0000000000a1',
            text: '',
            decision: 'niet',
            dateDiscussed: null,
            withWhom: '',
            comment: '',
          },
        ],
      },
      'otherLimits.0.text:required',
    ],
    [
      'an unknown treatment decision',
      { limitReanimatie: { decision: 'misschien', dateDiscussed: null, withWhom: '', comment: '' } },
      'limitReanimatie.decision:required',
    ],
    [
      'an impossible evaluation date',
      { lichamelijk: { ...emptyCarePlanFields().lichamelijk, evaluationDate: '2026-02-30' } },
      'lichamelijk.evaluationDate:date.invalid',
    ],
    [
      'an ACP conversation without a date',
      { acpConversations: [{ date: '', participants: [] }] },
      'acpConversations.0.date:required',
    ],
  ])('refuses %s', (_case, overrides, expected) => {
    expect(codesFor({ ...completePlan(), ...overrides })).toContain(expected);
  });
});

describe('carePlanFieldGroups', () => {
  it('puts every field in exactly one group, or among the bookkeeping fields', () => {
    const grouped: string[] = Object.values(carePlanFieldGroups).flat();
    expect(new Set(grouped).size).toBe(grouped.length);
    expect([...grouped].sort()).toEqual(Object.keys(carePlanFieldsSchema.shape).sort());
    expect([...grouped, ...CARE_PLAN_BOOKKEEPING_FIELDS].sort()).toEqual(
      Object.keys(carePlanSchema.shape).sort(),
    );
  });

  it.each(TREATMENT_LIMIT_KINDS.map((kind) => [kind, TREATMENT_LIMIT_FIELDS[kind]] as const))(
    'keeps the %s limit (decision, date, with whom, comment) in a group of its own',
    (_kind, field) => {
      expect(groupsTouched(definition, [field])).toEqual([field]);
    },
  );

  it.each<[string, string[], string[]]>([
    ['establishing the plan', ['status', 'startDate'], ['establishment']],
    ['a dimension with its actions', ['lichamelijk'], ['lichamelijk']],
    ['two limits at once', ['limitReanimatie', 'limitIcOpname'], ['limitReanimatie', 'limitIcOpname']],
    ['the contacts', ['contacts'], ['contacts']],
    ['an ACP conversation', ['acpConversations'], ['acpConversations']],
    ['only bookkeeping', ['updatedAt', 'author'], []],
  ])('a change to %s touches only its facts', (_case, fields, groups) => {
    expect(groupsTouched(definition, fields)).toEqual(groups);
  });
});

describe('sync registration', () => {
  it('registers the care plan as a synced, patient-bound record kind', () => {
    expect(SYNC_ENTITIES).toContain('carePlan');
    expect(definition).toMatchObject({ hasIdField: true, isServerOnly: false });
    expect(definition.patientIdOf(completePlan())).toBe(PATIENT_ID);
    expect(definition.schema.safeParse(completePlan()).success).toBe(true);
  });
});

describe('specialistCarePlanView', () => {
  const view = specialistCarePlanView(completePlan());

  it('still passes the care plan schema', () => {
    expect(codesFor(view)).toEqual([]);
  });

  it.each(SPECIALIST_CARE_PLAN_FIELDS.filter((field) => field !== 'acpConversations'))(
    'keeps %s',
    (field) => {
      expect(view[field]).toEqual(completePlan()[field]);
    },
  );

  it.each<[string, unknown]>([
    ['contacts', []],
    ['euthanasia', emptyCarePlanFields().euthanasia],
    ['donorRegister', emptyCarePlanFields().donorRegister],
    ['wishes', emptyCarePlanFields().wishes],
    ['whatElseMatters', emptyCarePlanFields().whatElseMatters],
    ['naastenInformed', emptyCarePlanFields().naastenInformed],
    ['consentToShare', emptyCarePlanFields().consentToShare],
  ])('empties %s', (field, empty) => {
    expect(view[field]).toEqual(empty);
  });

  it('keeps the dates of the ACP conversations but not who took part', () => {
    expect(view.acpConversations).toEqual([
      { date: '2026-10-02', participants: [] },
      { date: '2026-11-20', participants: [] },
    ]);
  });

  it('never shows a naaste phone number or e-mail address', () => {
    const text = JSON.stringify(view);
    for (const contact of completePlan().contacts) {
      if (contact.phone !== '') expect(text).not.toContain(contact.phone);
      if (contact.email !== '') expect(text).not.toContain(contact.email);
    }
  });
});

describe('treatmentLimitsOf', () => {
  it('lists the seven standard limits in order, then the other limits', () => {
    const kinds = treatmentLimitsOf(completePlan()).map((limit) =>
      limit.kind === 'anders' ? limit.text : limit.kind,
    );
    expect(kinds).toEqual([...TREATMENT_LIMIT_KINDS, 'Kunstmatige voeding of vocht', 'Dialyse']);
  });
});

describe('pzpRecordOf', () => {
  it('holds exactly the PZP fields', () => {
    expect(Object.keys(pzpRecordOf(completePlan()))).toEqual([...PZP_FIELDS]);
  });
});
