/** Test patients as a user types them into the form: Dutch labels and dates in dd-mm-jjjj. */

export type SexLabel = 'Vrouw' | 'Man' | 'Anders' | 'Onbekend';
export type StatusLabel = 'Actief' | 'Overleden' | 'Verhuisd' | 'Uitgeschreven';

export interface NewPatient {
  givenName: string;
  namePrefix?: string;
  familyName: string;
  /** dd-mm-jjjj, as the form asks for it. */
  birthDate: string;
  sex: SexLabel;
  bsn?: string;
  treatingGp: string;
  diagnosis?: string;
  icpcCode?: string;
  contactName?: string;
  contactRelation?: string;
  contactPhone?: string;
  homeCareOrganisation?: string;
  status?: StatusLabel;
  /** Only with status Overleden; dd-mm-jjjj. */
  deathDate?: string;
  /** Only with status Overleden: the visible option text, e.g. "Thuis". */
  placeOfDeath?: string;
}

/** "Jan de Vries": how the detail page titles a patient. */
export function fullNameOf(patient: NewPatient): string {
  return [patient.givenName, patient.namePrefix, patient.familyName].filter(Boolean).join(' ');
}

/** "Vries, Jan de": how the register lists a patient. */
export function listNameOf(patient: NewPatient): string {
  return `${patient.familyName}, ${[patient.givenName, patient.namePrefix].filter(Boolean).join(' ')}`;
}

/** Jan de Vries, 07-03-1948, with every optional field filled (BSN 111222333 passes the elfproef). */
export function aPatient(overrides: Partial<NewPatient> = {}): NewPatient {
  return {
    givenName: 'Jan',
    namePrefix: 'de',
    familyName: 'Vries',
    birthDate: '07-03-1948',
    sex: 'Man',
    bsn: '111222333',
    treatingGp: 'Dr. A. Bakker',
    diagnosis: 'Longcarcinoom',
    icpcCode: 'R84',
    contactName: 'Marieke de Vries',
    contactRelation: 'Dochter',
    contactPhone: '06-12345678',
    homeCareOrganisation: 'Buurtzorg Utrecht',
    status: 'Actief',
    ...overrides,
  };
}

/** A patient with only the required fields, and a name with diacritics. */
export function aMinimalPatient(overrides: Partial<NewPatient> = {}): NewPatient {
  return {
    givenName: 'Zoë',
    familyName: 'Ünal',
    birthDate: '21-11-1939',
    sex: 'Vrouw',
    treatingGp: 'Dr. A. Bakker',
    ...overrides,
  };
}
