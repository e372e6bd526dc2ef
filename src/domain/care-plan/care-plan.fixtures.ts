/** Test data for the care plan tests: a complete, established plan that passes every rule. */
import type { Author } from '../author';
import type { IsoDate, IsoDateTime } from '../date-schemas';
import type { PatientId } from '../ids';
import type { Patient } from '../patient';
import { type CarePlan, type DimensionRecord, type TreatmentLimit } from './care-plan';
import { newCarePlan } from './factory';

export const TODAY = '2026-11-23' as IsoDate;
export const NOW = '2026-11-23T10:15:00.000Z' as IsoDateTime;
export const PATIENT_ID = '0190f0e2-7c4a-7000-8000-000000000042' as PatientId;
export const AUTHOR: Author = { name: 'H. Bakker', role: 'huisarts' };

const date = (value: string) => value as IsoDate;

const dimension = (problems: string): DimensionRecord => ({
  problems,
  wishes: 'Thuis blijven',
  goals: 'Comfort',
  actions: [{ what: 'Pijnmedicatie evalueren', owner: 'H. Bakker', due: date('2026-12-01') }],
  evaluationDate: date('2026-12-15'),
  lastDiscussed: date('2026-11-20'),
});

const limit = (decision: TreatmentLimit['decision'], comment = ''): TreatmentLimit => ({
  decision,
  dateDiscussed: date('2026-11-20'),
  withWhom: 'patiënt en dochter',
  comment,
});

/** An established plan with every part filled, the one the FHIR round trip uses. */
export function completePlan(overrides: Partial<CarePlan> = {}): CarePlan {
  return {
    ...newCarePlan(PATIENT_ID, AUTHOR, NOW),
    status: 'vastgesteld',
    startDate: date('2026-11-01'),
    regiebehandelaar: { name: 'H. Bakker', phone: '030-1234567' },
    eersteAanspreekpunt: { name: 'Wies Jansen', role: 'wijkverpleegkundige', phone: '06-12345678' },
    contacts: [
      { kind: 'naaste', name: 'Els de Vries', relation: 'dochter', phone: '06-87654321', email: '' },
      { kind: 'mentor', name: 'P. Smit', relation: '', phone: '', email: 'p.smit@mentor.nl' },
      { kind: 'curator', name: 'R. Kok', relation: '', phone: '020-7654321', email: '' },
      {
        kind: 'schriftelijkGevolmachtigde',
        name: 'Tom de Vries',
        relation: 'zoon',
        phone: '06-11112222',
        email: '',
      },
    ],
    lichamelijk: dimension('Pijn, benauwdheid'),
    psychisch: dimension('Angst voor stikken'),
    sociaal: dimension('Dochter overbelast'),
    spiritueel: dimension('Vragen over zingeving'),
    medicationAndAids: {
      text: 'Morfine, hoog-laagbed',
      palliativeKitPresent: 'yes',
      lastDiscussed: date('2026-11-20'),
    },
    acuteAgreements: { text: 'Bel de huisartsenpost, niet 112', lastDiscussed: date('2026-11-20') },
    vptz: { isDiscussed: true, deployedSince: date('2026-11-10') },
    mantelzorgSummary: 'EDIZ 7: zwaar belast',
    mantelzorgDiscussedOn: date('2026-11-12'),
    limitReanimatie: limit('niet'),
    limitInvasieveBeademing: limit('niet'),
    limitIcOpname: limit('niet'),
    limitZiekenhuisopname: limit('anders', 'Alleen bij een heupfractuur'),
    limitAntibiotica: limit('wel', 'Alleen orale antibiotica'),
    limitBloedproducten: limit('onbekend', 'Nog bespreken'),
    limitIcdUitzetten: limit('wel'),
    otherLimits: [
      { ...limit('niet'), id: '0190f0e2-7c4a-7000-8000-0000000000a1', text: 'Kunstmatige voeding of vocht' },
      {
        ...limit('anders', 'Alleen in overleg'),
        id: '0190f0e2-7c4a-7000-8000-0000000000a2',
        text: 'Dialyse',
      },
    ],
    treatmentGoal: { goal: 'symptoomgericht', dateDiscussed: date('2026-11-20') },
    preferredPlaceOfDeath: { place: 'thuis', otherText: '', dateDiscussed: date('2026-11-20') },
    euthanasia: { position: 'heeftVerklaring', dateDiscussed: date('2026-11-20'), comment: '' },
    donorRegister: { choiceRecorded: 'no', dateDiscussed: date('2026-11-20') },
    wishes: { text: 'Zo lang mogelijk thuis, met de hond', dateDiscussed: date('2026-11-20') },
    whatElseMatters: { text: 'Kleinzoon wil afscheid nemen', dateDiscussed: date('2026-11-20') },
    naastenInformed: { informed: 'yes', date: date('2026-11-21') },
    consentToShare: { hap: 'yes', ambulance: 'no', date: date('2026-11-20') },
    acpConversations: [
      { date: date('2026-10-02'), participants: ['H. Bakker', 'Els de Vries'] },
      {
        date: date('2026-11-20'),
        participants: ['H. Bakker', 'Els de Vries', 'Wies Jansen', 'Buurvrouw Ans'],
      },
    ],
    ...overrides,
  };
}

export function patientFor(overrides: Partial<Patient> = {}): Patient {
  return {
    id: PATIENT_ID,
    givenName: 'Jan',
    namePrefix: 'de',
    familyName: 'Vries',
    birthDate: date('1948-03-07'),
    sex: 'male',
    bsn: '111222333',
    treatingGp: 'H. Bakker',
    diagnosisText: 'Hartfalen',
    icpcCode: 'K77',
    contactName: '',
    contactRelation: '',
    contactPhone: '',
    homeCareOrganisation: '',
    status: 'active',
    statusSince: null,
    deathDate: null,
    placeOfDeath: null,
    palliativeSince: date('2026-10-01'),
    registerColour: 'orange',
    dyingPhaseSince: null,
    createdAt: NOW,
    updatedAt: NOW,
    deletedAt: null,
    ...overrides,
  };
}
