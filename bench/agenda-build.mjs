/**
 * fn.agenda-build: the MDO agenda suggestion (`suggestAgenda` from src/domain, loaded through tsx) built in
 * Node from a practice of 10,000 patients with 300 marked (240 living, 60 deceased), 1,000 care plans and
 * a realistic history: marking events, checklist results over two years, earlier agendas and MDO actions.
 * The function gets the whole register (the app's query passes only the few hundred rows it needs, so
 * this is the upper bound). Peer, in the same run and interleaved: structuredClone of the same input,
 * i.e. what merely copying the data once costs. Targets: <= 50 ms and <= 5x the peer.
 */
import { tsImport } from 'tsx/esm/api';
import { makePatients } from './lib/patients.mjs';
import { interleave, median } from './lib/stats.mjs';

const PATIENTS = 10_000;
const CARE_PLANS = 1_000;
const TARGET_MS = 50;
const MAX_RATIO = 5;
/** Each call takes a few milliseconds: more samples than the minimum cost little and steady the median. */
const MIN_SAMPLES = 21;

const MEETING_DATE = '2025-12-16';
const PREVIOUS_MEETING_DATE = '2025-11-04';
const DAY_MS = 86_400_000;
const AUTHOR = { name: 'Fatima Amrani', role: 'wijkverpleegkundige' };
const GP = { name: 'dr. A. de Boer', role: 'huisarts' };

/** mulberry32, as in lib/patients.mjs: the same data on every run. */
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

const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const addDays = (iso, days) => isoDay(Date.parse(`${iso}T12:00:00Z`) + days * DAY_MS);
const uuid = (prefix, n) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`;

/** @param {Awaited<ReturnType<typeof loadDomain>>} domain */
function makeInput(domain) {
  const random = randomSource(20_261_216);
  const patients = makePatients(PATIENTS);
  const marked = patients.filter((p) => p.palliativeSince !== null);
  const living = patients.filter((p) => p.status === 'active');
  const markingEvents = [];
  let eventNo = 0;
  const event = (patient, kind, date, extra) => {
    eventNo += 1;
    markingEvents.push({
      id: uuid('e0000000', eventNo),
      patientId: patient.id,
      kind,
      date,
      author: GP,
      recordedAt: `${date}T10:00:00.000Z`,
      deletedAt: null,
      ...extra,
    });
  };
  for (const patient of marked) {
    event(patient, 'palliative', patient.palliativeSince, {
      markedBy: GP.name,
      basis: 'surpriseQuestion',
      isConversationHeld: true,
      conversationDate: patient.palliativeSince,
      colour: 'yellow',
    });
    const colourChanges = Math.floor(random() * 3);
    for (let i = 0; i < colourChanges; i += 1)
      event(patient, 'colour', addDays(patient.palliativeSince, 20 + i * 30), {
        colour: patient.registerColour,
      });
    if (patient.deathDate)
      event(patient, 'death', patient.deathDate, {
        place: 'home',
        wasPreferredPlace: 'yes',
        isConfirmedUnmarked: false,
      });
  }
  // A tenth of the living marked patients are in the dying phase.
  for (const patient of marked.filter((p) => p.status === 'active').slice(0, 24))
    patient.dyingPhaseSince = addDays(MEETING_DATE, -3);

  // 3,000 results over two years: signalling cards (two in three with a signal) and surprise questions.
  const checklistResults = [];
  for (let i = 0; i < 3_000; i += 1) {
    const patient = i % 3 === 0 ? marked[i % marked.length] : living[Math.floor(random() * living.length)];
    const isCard = random() < 0.7;
    const observedOn = isoDay(Date.UTC(2024, 0, 1) + Math.floor(random() * 715) * DAY_MS);
    checklistResults.push({
      id: uuid('c0000000', i),
      patientId: patient.id,
      definitionId: isCard ? domain.signallingCardV1.id : domain.surpriseQuestionV1.id,
      definitionVersion: 1,
      answers: isCard ? { falls: random() < 0.66, 'weight-loss': random() < 0.3 } : { answer: 'nee' },
      observedOn,
      author: AUTHOR,
      recordedAt: `${observedOn}T11:00:00.000Z`,
      deletedAt: null,
    });
  }

  // 1,000 care plans: every living marked patient but a few, the rest for other patients.
  const unmarkedLiving = living.filter((p) => p.palliativeSince === null);
  const planned = [...marked.filter((p) => p.status === 'active').slice(30), ...unmarkedLiving].slice(
    0,
    CARE_PLANS,
  );
  const carePlans = planned.map((patient) => ({
    ...domain.newCarePlan(patient.id, GP, '2025-06-01T10:00:00.000Z'),
    lichamelijk: {
      problems: 'Pijn bij bewegen, benauwd bij inspanning.',
      wishes: 'Zo lang mogelijk thuis blijven.',
      goals: 'Pijn hanteerbaar.',
      actions: [{ what: 'Pijnmedicatie evalueren', who: 'huisarts', when: '2025-12-01' }],
      evaluationDate: '2026-01-15',
      lastDiscussed: '2025-10-01',
    },
    limitReanimatie: {
      decision: 'niet',
      dateDiscussed: '2025-06-01',
      withWhom: 'patiënt en dochter',
      comment: '',
    },
  }));

  // Eight earlier meetings, 25 discussed items each, some with a next review date.
  const pastAgendaItems = [];
  for (let m = 0; m < 8; m += 1) {
    const meetingDate = addDays(PREVIOUS_MEETING_DATE, -42 * m);
    for (let i = 0; i < 25; i += 1) {
      const patient = marked[(m * 25 + i * 7) % marked.length];
      pastAgendaItems.push({
        patientId: patient.id,
        meetingDate,
        isDiscussed: random() < 0.9,
        nextReviewDate: random() < 0.3 ? addDays(meetingDate, 42 + Math.floor(random() * 60)) : null,
        afterDeathReview: null,
      });
    }
  }

  const actions = Array.from({ length: 150 }, (_, i) => ({
    id: uuid('a0000000', i),
    what: 'Bellen met de mantelzorger',
    owner: 'Petra (POH)',
    dueDate: addDays(MEETING_DATE, -20 + (i % 40)),
    status: i % 2 === 0 ? 'open' : 'done',
    doneOn: null,
    meetingId: null,
    agendaItemId: null,
    patientId: i % 5 === 0 ? null : marked[i % marked.length].id,
    createdAt: '2025-10-01T10:00:00.000Z',
    deletedAt: null,
  }));

  const data = {
    meetingDate: MEETING_DATE,
    previousMeetingDate: PREVIOUS_MEETING_DATE,
    reviewIntervalWeeks: 8,
    patients,
    markingEvents,
    checklistResults,
    carePlans,
    pastAgendaItems,
    actions,
    patientIdsOnAgenda: marked.slice(0, 10).map((p) => p.id),
  };
  return { data, catalog: domain.createCatalog() };
}

async function loadDomain() {
  /** @type {typeof import('../src/domain/index.ts')} */
  const domain = await tsImport('../src/domain/index.ts', import.meta.url);
  return domain;
}

/**
 * @param {{ runs: number }} options
 * @returns {Promise<import('./lib/report.mjs').Row[]>}
 */
export async function measureAgendaBuild({ runs }) {
  const domain = await loadDomain();
  const { data, catalog } = makeInput(domain);
  const input = { ...data, catalog };
  const samples = Math.max(runs, MIN_SAMPLES);
  /** @type {{ reasons: string[] }[]} */
  let suggestions = [];
  const build = () => {
    const started = performance.now();
    suggestions = domain.suggestAgenda(input);
    return performance.now() - started;
  };
  // The catalog is code (the checklist definitions and a lookup), not data: the peer copies the data.
  const copy = () => {
    const started = performance.now();
    const copied = structuredClone(data);
    const ms = performance.now() - started;
    if (copied.patients.length !== PATIENTS) throw new Error('structuredClone lost patients');
    return ms;
  };
  // Untimed warm-up: module loading and the first compilation are not the function's cost.
  for (let i = 0; i < 5; i += 1) {
    build();
    copy();
  }
  const { a: built, b: copied } = await interleave(
    samples,
    async () => build(),
    async () => copy(),
  );
  const suggested = suggestions.length;
  if (suggested === 0) throw new Error('the suggestion found no patient; the bench data is wrong');
  /** @type {Record<string, number>} */
  const reasons = {};
  for (const { reasons: list } of suggestions)
    for (const reason of list) reasons[reason] = (reasons[reason] ?? 0) + 1;

  const value = median(built);
  const peer = median(copied);
  const ratio = value / peer;
  const marked = data.patients.filter((p) => p.palliativeSince !== null).length;
  return [
    {
      benchmark: 'fn.agenda-build',
      metric: `suggestAgenda (${marked} marked of ${PATIENTS}, ${CARE_PLANS} plans)`,
      unit: 'ms',
      value,
      peer,
      peerName: 'structuredClone of the same input (without the catalog, which is code), same process',
      ratio,
      n: samples,
      target: `<= ${TARGET_MS} ms in Node; <= ${MAX_RATIO}x structuredClone`,
      met: value <= TARGET_MS && ratio <= MAX_RATIO,
      note:
        `${suggested} patients suggested; input: ${data.markingEvents.length} marking events, ` +
        `${data.checklistResults.length} checklist results, ${data.pastAgendaItems.length} earlier agenda ` +
        `items, ${data.actions.length} actions; the whole register is passed (the app passes only what its ` +
        'indexed query reads)',
      samples: { app: built, peer: copied },
      details: { suggested, reasons },
    },
  ];
}
