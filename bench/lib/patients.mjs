/**
 * Deterministic patient rows for the benchmarks: the same seed gives the same 10,000 patients on every
 * machine, so runs compare over time. Rows follow the app's stored shape (src/domain/patient.ts) and are
 * valid against patientSchema; the query page checks that on every seed.
 *
 * Exactly `markedShare` of the rows carry a marking (palliativeSince). One in five of those has since died
 * and keeps the marking, as in real practices, so the register (active, marked, not deleted) holds 240 of
 * 10,000 and the register query must still filter what the palliativeSince index gives it.
 * Runs in Node and in the browser: no imports.
 */

const GIVEN_NAMES = [
  'Jan',
  'Maria',
  'Pieter',
  'Anna',
  'Kees',
  'Johanna',
  'Willem',
  'Zoë',
  'Mehmet',
  'Fatima',
  'Henk',
  'Els',
  'Gerrit',
  'Ingrid',
  'Ahmed',
  'Sanne',
  'Cornelis',
  'Truus',
  'Jeroen',
  'Ans',
];
const NAME_PREFIXES = ['', '', '', '', 'de', 'van', 'van der', 'van den', 'ter'];
const FAMILY_NAMES = [
  'Vries',
  'Jansen',
  'Bakker',
  'Visser',
  'Smit',
  'Meijer',
  'Mulder',
  'Bos',
  'Vos',
  'Peters',
  'Hendriks',
  'Dekker',
  'Brouwer',
  'Wit',
  'Dijkstra',
  'Ünal',
  'Yılmaz',
  'El Amrani',
  'Kok',
  'Jacobs',
];
const SEXES = ['female', 'male', 'female', 'male', 'other', 'unknown'];
const GPS = ['dr. A. de Boer', 'dr. M. Yilmaz', 'dr. S. Verhoeven', 'dr. P. Kramer'];
const DIAGNOSES = [
  '',
  '',
  'COPD GOLD 4',
  'Hartfalen NYHA III',
  'Pancreascarcinoom',
  'Dementie',
  'Longcarcinoom',
];
const PLACES_OF_DEATH = ['home', 'hospital', 'nursingHome', 'hospice', 'other', 'unknown'];

/** All generated dates lie before this day, so no row is "in the future" whenever the bench runs. */
const LAST_DAY = Date.UTC(2025, 11, 31);
const DAY_MS = 86_400_000;

/** mulberry32: tiny, fast, good enough for test data; not for anything secret. */
function randomSource(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** An RFC 9562 version-4 UUID drawn from `random`, so ids are stable per seed. */
function uuidFrom(random) {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = (8 + Math.floor(random() * 4)).toString(16); // variant 10xx
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
/** A day uniformly between `fromMs` and LAST_DAY. */
const dayBetween = (random, fromMs) =>
  fromMs + Math.floor(random() * ((LAST_DAY - fromMs) / DAY_MS)) * DAY_MS;
const pick = (random, list) => list[Math.floor(random() * list.length)];

/**
 * @param {number} count how many rows
 * @param {{ seed?: number, markedShare?: number }} [options]
 * @returns {object[]} patient rows as the app stores them
 */
export function makePatients(count, { seed = 20_261_123, markedShare = 0.03 } = {}) {
  const random = randomSource(seed);
  const markedCount = Math.round(count * markedShare);
  const rows = [];
  for (let index = 0; index < count; index += 1) {
    // The first `markedCount` rows are the marked; ids are random, so their order in the store is not.
    const kind = index >= markedCount ? 'unmarked' : index % 5 === 4 ? 'markedDeceased' : 'register';
    rows.push(makePatient(random, kind));
  }
  return rows;
}

/** Unmarked patients follow a plain list's mix: mostly active, some deceased, moved or deregistered. */
function statusOf(kind, roll) {
  if (kind === 'register') return 'active';
  if (kind === 'markedDeceased' || (roll >= 0.9 && roll < 0.95)) return 'deceased';
  if (roll < 0.9) return 'active';
  return roll < 0.98 ? 'moved' : 'deregistered';
}

/** @param {() => number} random @param {'register' | 'markedDeceased' | 'unmarked'} kind */
function makePatient(random, kind) {
  const isMarked = kind !== 'unmarked';
  const birthMs = Date.UTC(1925, 0, 1) + Math.floor(random() * 80 * 365) * DAY_MS;
  const createdMs = dayBetween(random, Date.UTC(2023, 0, 1)) + Math.floor(random() * DAY_MS);
  const status = statusOf(kind, random());
  const isDeceased = status === 'deceased';
  const markedMs = isMarked ? dayBetween(random, Date.UTC(2023, 0, 1)) : null;
  const deathMs = isDeceased ? dayBetween(random, markedMs ?? Date.UTC(2023, 0, 1)) : null;
  const sinceMs =
    status === 'moved' || status === 'deregistered' ? dayBetween(random, Date.UTC(2023, 0, 1)) : null;
  const at = new Date(createdMs).toISOString();
  return {
    id: uuidFrom(random),
    givenName: pick(random, GIVEN_NAMES),
    namePrefix: pick(random, NAME_PREFIXES),
    familyName: pick(random, FAMILY_NAMES),
    birthDate: isoDay(birthMs),
    sex: pick(random, SEXES),
    bsn: null,
    treatingGp: pick(random, GPS),
    diagnosisText: isMarked ? pick(random, DIAGNOSES.slice(2)) : pick(random, DIAGNOSES),
    icpcCode: null,
    contactName: '',
    contactRelation: '',
    contactPhone: '',
    homeCareOrganisation: '',
    status,
    statusSince: sinceMs === null ? null : isoDay(sinceMs),
    deathDate: deathMs === null ? null : isoDay(deathMs),
    placeOfDeath: isDeceased ? pick(random, PLACES_OF_DEATH) : null,
    palliativeSince: markedMs === null ? null : isoDay(markedMs),
    registerColour: markedMs === null ? null : pick(random, ['green', 'yellow', 'orange', 'red']),
    dyingPhaseSince: null,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  };
}

/** The register as the app defines it, computed the slow obvious way, to check the app's answer. */
export function expectedRegisterSize(rows) {
  return rows.filter(
    (row) => row.palliativeSince !== null && row.status === 'active' && row.deletedAt === null,
  ).length;
}
