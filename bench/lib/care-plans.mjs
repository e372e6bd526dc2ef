/**
 * A practice's palliative records for the sync benchmarks: for each patient (lib/patients.mjs) a filled-in
 * care plan as the app makes one (the empty draft from the domain's own factory, then the texts, limits
 * and contacts a GP writes in a first conversation) and a surprise-question result. Deterministic: the
 * same patients give the same records. Each plan is about 3 KB of JSON, a patient about 0.6 KB.
 */
import { tsImport } from 'tsx/esm/api';

const AUTHOR = { name: 'dr. Bram Bench', role: 'huisarts' };
const AT = '2026-11-23T09:00:00.000Z';

const PROBLEMS = [
  'Pijn bij bewegen, benauwd bij inspanning; slaapt slecht.',
  'Vermoeidheid en weinig eetlust; valt af.',
  'Obstipatie door morfine, misselijk in de ochtend.',
];
const WISHES = [
  'Wil zo lang mogelijk thuis blijven en in de tuin zitten.',
  'Wil haar kleinkinderen nog zien op de verjaardag in maart.',
  'Wil rustig en zonder pijn afscheid nemen, thuis.',
];

/** @param {number} index @param {readonly string[]} list */
const pick = (index, list) => list[index % list.length] ?? '';

/**
 * @param {{ id: string, givenName: string, familyName: string }} patient @param {number} index
 * @param {() => Record<string, unknown>} emptyPlan the domain's empty care-plan fields
 */
function carePlanOf(patient, index, emptyPlan) {
  const plan = emptyPlan();
  const dimension = (/** @type {number} */ offset) => ({
    problems: pick(index + offset, PROBLEMS),
    wishes: pick(index + offset, WISHES),
    goals: 'Comfort voorop; symptomen zo goed mogelijk bestrijden.',
    actions: [
      { what: 'Pijnmedicatie evalueren bij volgend huisbezoek', owner: 'huisarts', due: '2026-12-07' },
    ],
    evaluationDate: '2026-12-21',
    lastDiscussed: '2026-11-20',
  });
  const limit = (/** @type {string} */ decision) => ({
    decision,
    dateDiscussed: '2026-11-20',
    withWhom: `${patient.givenName} en dochter`,
    comment: '',
  });
  return {
    ...plan,
    patientId: patient.id,
    author: AUTHOR,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    startDate: '2026-11-20',
    regiebehandelaar: { name: 'dr. Bram Bench', phone: '010 1234567' },
    eersteAanspreekpunt: {
      name: 'Wijkverpleging Thuiszorg West',
      role: 'wijkverpleegkundige',
      phone: '010 7654321',
    },
    contacts: [
      {
        kind: 'naaste',
        name: `Dochter van ${patient.familyName}`,
        relation: 'dochter',
        phone: '06 12345678',
        email: '',
      },
    ],
    lichamelijk: dimension(0),
    psychisch: dimension(1),
    sociaal: dimension(2),
    spiritueel: { ...dimension(0), actions: [] },
    medicationAndAids: {
      text: 'Morfine 10 mg zo nodig, macrogol dagelijks; hoog-laagbed aangevraagd.',
      palliativeKitPresent: 'yes',
      lastDiscussed: '2026-11-20',
    },
    acuteAgreements: {
      text: 'Bij benauwdheid eerst de huisartsenpost bellen, niet 112.',
      lastDiscussed: '2026-11-20',
    },
    mantelzorgSummary: 'Dochter zorgt dagelijks, zwaar belast maar houdt het vol.',
    limitReanimatie: limit('niet'),
    limitInvasieveBeademing: limit('niet'),
    limitIcOpname: limit('niet'),
    limitZiekenhuisopname: limit('anders'),
    treatmentGoal: { goal: 'symptoomgericht', dateDiscussed: '2026-11-20' },
    preferredPlaceOfDeath: { place: 'thuis', otherText: '', dateDiscussed: '2026-11-20' },
    wishes: { text: pick(index, WISHES), dateDiscussed: '2026-11-20' },
    acpConversations: [
      { date: '2026-11-20', participants: [patient.givenName, 'dochter', 'dr. Bram Bench'] },
    ],
  };
}

/**
 * The records of `patients` with a care plan and a surprise-question result each, patient first, in
 * the order a push must send them.
 * @param {{ id: string, givenName: string, familyName: string }[]} patients rows as lib/patients.mjs makes them
 * @returns {Promise<{ entity: string, id: string, data: object }[]>}
 */
export async function makePalliativeRecords(patients) {
  /** @type {{ emptyCarePlanFields: () => Record<string, unknown> }} */
  const factory = await tsImport('../../src/domain/care-plan/factory.ts', import.meta.url);
  return patients.flatMap((patient, index) => {
    const { id, ...data } = patient;
    return [
      { entity: 'patient', id, data },
      { entity: 'carePlan', id, data: carePlanOf(patient, index, factory.emptyCarePlanFields) },
      {
        entity: 'checklistResult',
        id: `${id.slice(0, -4)}5a5a`,
        data: {
          patientId: id,
          definitionId: 'surprise-question',
          definitionVersion: 1,
          answers: { surprised: 'nee' },
          observedOn: '2026-11-20',
          author: AUTHOR,
          recordedAt: AT,
          deletedAt: null,
        },
      },
    ];
  });
}
