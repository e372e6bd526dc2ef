import type { Bundle, Coding, FhirResource } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../date-schemas';
import { type CarePlan, type CarePlanFields } from '../care-plan';
import { emptyCarePlanFields, pzpRecordOf } from '../factory';
import { AUTHOR, completePlan, NOW, patientFor } from '../care-plan.fixtures';
import { exportPzpBundle } from './export';
import { importPzpBundle } from './import';

const SNOMED = 'http://snomed.info/sct';
const date = (value: string) => value as IsoDate;

function exported(plan: CarePlan = completePlan(), includeBsn = false): Bundle {
  return exportPzpBundle(plan, patientFor(), AUTHOR, NOW, { includeBsn });
}

const resources = (bundle: Bundle): FhirResource[] =>
  (bundle.entry ?? []).map((entry) => entry.resource as FhirResource);
const ofType = <T extends FhirResource['resourceType']>(bundle: Bundle, type: T) =>
  resources(bundle).filter((r): r is Extract<FhirResource, { resourceType: T }> => r.resourceType === type);

/** Every value of the given key anywhere in a JSON value. */
function valuesOf(value: unknown, key: string): unknown[] {
  if (Array.isArray(value)) return value.flatMap((item) => valuesOf(item, key));
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) =>
    k === key ? [v, ...valuesOf(v, key)] : valuesOf(v, key),
  );
}

const codings = (value: unknown) => valuesOf(value, 'coding').flat() as Coding[];
const hasCode = (value: unknown, code: string, system = SNOMED) =>
  codings(value).some((coding) => coding.system === system && coding.code === code);

function imported(bundle: unknown) {
  const result = importPzpBundle(bundle);
  if (!result.ok) throw new Error(result.error);
  return result;
}

/** The fields an import restores: the PZP record, the contacts and the care team. */
const restored = (fields: CarePlanFields) => ({
  ...pzpRecordOf(fields),
  contacts: fields.contacts,
  regiebehandelaar: fields.regiebehandelaar,
  eersteAanspreekpunt: fields.eersteAanspreekpunt,
});

describe('exportPzpBundle', () => {
  const bundle = exported();

  it('is a collection Bundle with a timestamp and urn:uuid full URLs', () => {
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection', timestamp: NOW });
    for (const entry of bundle.entry ?? [])
      expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource?.id ?? ''}`);
  });

  it('resolves every reference to a full URL in the Bundle', () => {
    const fullUrls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
    const references = valuesOf(bundle, 'reference').filter((value) => typeof value === 'string');
    expect(references.length).toBeGreaterThan(20);
    for (const reference of references) expect(fullUrls).toContain(reference);
  });

  it('gives the same ids for the same plan, so two exports can be compared', () => {
    expect(exported().entry?.map((entry) => entry.fullUrl)).toEqual(
      bundle.entry?.map((entry) => entry.fullUrl),
    );
  });

  it('holds the resources of the standard', () => {
    const count = (type: string) => resources(bundle).filter((r) => r.resourceType === type).length;
    expect({
      Patient: count('Patient'),
      Practitioner: count('Practitioner'),
      PractitionerRole: count('PractitionerRole'),
      RelatedPerson: count('RelatedPerson'),
      Encounter: count('Encounter'),
      Procedure: count('Procedure'),
      Consent: count('Consent'),
      Goal: count('Goal'),
      Observation: count('Observation'),
      Communication: count('Communication'),
    }).toEqual({
      Patient: 1,
      Practitioner: 3,
      PractitionerRole: 3,
      RelatedPerson: 4,
      Encounter: 2,
      Procedure: 2,
      // 7 standard limits + 2 other limits, the euthanasia declaration and the consent to share.
      Consent: 11,
      Goal: 1,
      Observation: 5,
      Communication: 1,
    });
  });

  const directives = ofType(bundle, 'Consent').filter((c) =>
    c.meta?.profile?.includes('https://fhir.iknl.nl/fhir/StructureDefinition/ACP-TreatmentDirective'),
  );
  const directiveFor = (code: string) => directives.find((consent) => hasCode(consent.provision?.code, code));

  it.each([
    ['reanimatie', '89666000', 'deny'],
    ['invasieve beademing', '40617009', 'deny'],
    ['IC-opname', '305351004', 'deny'],
    ['antibiotica', '281789004', 'permit'],
  ] as const)('exports the %s limit as a treatment directive with SNOMED %s', (_name, code, type) => {
    const consent = directiveFor(code);
    expect(consent).toMatchObject({
      status: 'active',
      scope: { coding: [{ code: 'treatment' }] },
      dateTime: '2026-11-20',
      provision: { type, actor: [{ reference: { display: 'patiënt en dochter' } }] },
    });
    expect(hasCode(consent?.category, '129125009')).toBe(true);
  });

  it.each([
    ['ziekenhuisopname (anders)', '32485007', 'Alleen bij een heupfractuur'],
    ['bloedproducten (onbekend)', '116762002', 'Onbekend'],
  ])(
    'exports %s with the specification in the modifier extension and no type',
    (_name, code, specification) => {
      const consent = directiveFor(code);
      expect(consent?.provision?.type).toBeUndefined();
      expect(consent?.modifierExtension).toEqual([
        {
          url: 'http://nictiz.nl/fhir/StructureDefinition/ext-TreatmentDirective2.SpecificationOther',
          valueString: specification,
        },
      ]);
    },
  );

  it('exports ICD deactivation and other limits as text, with the SNOMED code the standard names for ICD', () => {
    const texts = directives.map((consent) => consent.provision?.code?.[0]?.text).filter(Boolean);
    expect(texts).toEqual([
      expect.stringContaining('400231000146108'),
      'Kunstmatige voeding of vocht',
      'Dialyse',
    ]);
  });

  it.each([
    ['treatment goal symptoomgericht', 'Goal', '713148004'],
    ['preferred place of death', 'Observation', '395091006'],
    ['preferred place thuis', 'Observation', '264362003'],
    ['ACP conversation', 'Procedure', '713603004'],
    ['euthanasia position', 'Observation', '340171000146104'],
    ['written euthanasia declaration', 'Observation', '340181000146102'],
    ['donor register', 'Observation', '570801000146104'],
    ['care wishes', 'Observation', '153851000146100'],
    ['what else matters', 'Observation', '247751003'],
  ])('carries the SNOMED code of the %s on a %s', (_name, type, code) => {
    expect(resources(bundle).some((r) => r.resourceType === type && hasCode(r, code))).toBe(true);
  });

  it.each([
    ['curatief', '385987000'],
    ['levensverlengend', '1351964001'],
    ['symptoomgericht', '713148004'],
  ] as const)('codes the treatment goal %s as SNOMED %s', (goal, code) => {
    const plan = completePlan({ treatmentGoal: { goal, dateDiscussed: date('2026-11-20') } });
    expect(hasCode(ofType(exported(plan), 'Goal')[0]?.description, code)).toBe(true);
  });

  it.each([
    ['thuis', '264362003'],
    ['ziekenhuis', '22232009'],
    ['verpleeghuis', '108344006'],
    ['hospice', '284546000'],
  ] as const)('codes the preferred place %s as SNOMED %s', (place, code) => {
    const plan = completePlan({ preferredPlaceOfDeath: { place, otherText: '', dateDiscussed: null } });
    const observation = ofType(exported(plan), 'Observation').find((o) => hasCode(o.code, '395091006'));
    expect(hasCode(observation?.valueCodeableConcept, code)).toBe(true);
  });

  it('codes the contact kinds with the zib role codes', () => {
    const roles = ofType(bundle, 'RelatedPerson').map((person) =>
      codings(person.relationship).map((coding) => coding.code),
    );
    expect(roles).toEqual([['23'], ['15', '24'], ['03', '24'], ['24']]);
    // One relationship per role, as in the guide's examples (RelatedPerson.fsh): never two roles in one concept.
    for (const person of ofType(bundle, 'RelatedPerson'))
      for (const relationship of person.relationship ?? [])
        expect(relationship.coding?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('leaves the BSN out by default', () => {
    expect(JSON.stringify(bundle)).not.toContain('111222333');
    expect(ofType(bundle, 'Patient')[0]?.identifier).toBeUndefined();
  });

  it('includes the BSN only when asked, with the national naming system', () => {
    expect(ofType(exported(completePlan(), true), 'Patient')[0]?.identifier).toEqual([
      { use: 'official', system: 'http://fhir.nl/fhir/NamingSystem/bsn', value: '111222333' },
    ]);
  });

  it('marks every resource of a draft plan as a draft', () => {
    const draft = exported(completePlan({ status: 'concept' }));
    expect(
      new Set(
        ofType(draft, 'Consent')
          .filter((c) => c.scope.coding?.[0]?.code !== 'adr')
          .map((c) => c.status),
      ),
    ).toEqual(new Set(['draft']));
    expect(ofType(draft, 'Goal')[0]?.lifecycleStatus).toBe('proposed');
    expect(new Set(ofType(draft, 'Observation').map((o) => o.status))).toEqual(new Set(['preliminary']));
  });

  it('exports an empty draft as the patient and the author only', () => {
    const empty = { ...completePlan(), ...emptyCarePlanFields() };
    expect(resources(exported(empty)).map((r) => r.resourceType)).toEqual([
      'Patient',
      'Practitioner',
      'PractitionerRole',
    ]);
  });

  it('links each ACP conversation to the people in the Bundle who took part', () => {
    const encounter = ofType(bundle, 'Encounter')[1];
    expect(encounter?.participant?.map((p) => [p.individual?.type, p.individual?.display])).toEqual([
      ['PractitionerRole', 'H. Bakker'],
      ['RelatedPerson', 'Els de Vries'],
      ['PractitionerRole', 'Wies Jansen'],
      [undefined, 'Buurvrouw Ans'],
    ]);
  });
});

describe('importPzpBundle', () => {
  it('restores the PZP record, the contacts and the care team from its own export', () => {
    const plan = completePlan();
    const result = imported(exported(plan));
    expect(result.unmapped).toEqual([]);
    expect(restored({ ...emptyCarePlanFields(), ...result.plan })).toEqual(restored(plan));
  });

  it('reads the same from the Bundle as JSON text', () => {
    const plan = completePlan();
    const result = imported(JSON.stringify(exported(plan)));
    expect(restored({ ...emptyCarePlanFields(), ...result.plan })).toEqual(restored(plan));
  });

  it.each<[string, Partial<CarePlan>]>([
    [
      'an unknown preferred place',
      { preferredPlaceOfDeath: { place: 'onbekend', otherText: '', dateDiscussed: date('2026-11-20') } },
    ],
    [
      'another preferred place',
      { preferredPlaceOfDeath: { place: 'anders', otherText: 'Bij mijn dochter', dateDiscussed: null } },
    ],
    [
      'a written euthanasia declaration',
      { euthanasia: { position: 'heeftVerklaring', dateDiscussed: null, comment: '' } },
    ],
    [
      'the wish not to have euthanasia',
      { euthanasia: { position: 'wenstGeen', dateDiscussed: date('2026-11-01'), comment: 'Uitdrukkelijk' } },
    ],
    [
      'no declaration but a possible request',
      { euthanasia: { position: 'geenVerklaringMogelijkVerzoek', dateDiscussed: null, comment: '' } },
    ],
    ['a position not yet known', { euthanasia: { position: 'onbekend', dateDiscussed: null, comment: '' } }],
    [
      'an old plan\'s "no declaration", kept as a comment without a position',
      { euthanasia: { position: null, dateDiscussed: null, comment: 'Geen verklaring' } },
    ],
    ['a position not recorded', { euthanasia: { position: null, dateDiscussed: null, comment: '' } }],
    [
      'no consent asked for the ambulance',
      { consentToShare: { hap: 'no', ambulance: null, date: date('2026-11-20') } },
    ],
    ['naasten not informed', { naastenInformed: { informed: 'no', date: null } }],
    [
      'a donor register choice unknown',
      { donorRegister: { choiceRecorded: 'unknown', dateDiscussed: null } },
    ],
    ['the goal curatief', { treatmentGoal: { goal: 'curatief', dateDiscussed: null } }],
    [
      'a conversation without participants',
      { acpConversations: [{ date: date('2026-11-20'), participants: [] }] },
    ],
  ])('round-trips %s', (_case, overrides) => {
    const plan = completePlan(overrides);
    const result = imported(exported(plan));
    expect(result.unmapped).toEqual([]);
    expect(restored({ ...emptyCarePlanFields(), ...result.plan })).toEqual(restored(plan));
  });

  it('reads the patient for the user to check, never the BSN', () => {
    const result = imported(exported(completePlan(), true));
    expect(result.patient).toEqual({ name: 'Jan de Vries', birthDate: '1948-03-07' });
    expect(JSON.stringify(result)).not.toContain('111222333');
  });

  it.each<[string, unknown, string]>([
    ['text that is not JSON', '{"resourceType": "Bundle",', 'fhir.notJson'],
    ['a single resource instead of a Bundle', { resourceType: 'Patient', id: 'p1' }, 'fhir.notBundle'],
    ['nothing', null, 'fhir.notBundle'],
    ['a number', 42, 'fhir.notBundle'],
    ['a Bundle without a type', { resourceType: 'Bundle', entry: [] }, 'fhir.malformedBundle'],
    [
      'a Bundle whose entries are not a list',
      { resourceType: 'Bundle', type: 'collection', entry: {} },
      'fhir.malformedBundle',
    ],
  ])('refuses %s with a readable error code', (_case, input, error) => {
    expect(importPzpBundle(input)).toEqual({ ok: false, error });
  });

  it('accepts an empty Bundle as an empty plan', () => {
    expect(importPzpBundle({ resourceType: 'Bundle', type: 'searchset' })).toEqual({
      ok: true,
      plan: {},
      patient: null,
      otherPatients: [],
      unmapped: [],
      history: [],
    });
  });
});
