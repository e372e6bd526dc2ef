/**
 * Overzicht as a POH uses it: how many of our patients who died this year were marked in time, and did
 * they die where they wished; then a CSV and a printed report for the regional network that name no one.
 * The year's records arrive as from another device of the practice: pushed through the sync API, pulled
 * by the app when it starts.
 */
import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { OverviewPage } from './pages/OverviewPage';
import { apiDevice, patientFields } from './support/sync-api';

const GP = { name: 'Dr. H. Bakker', role: 'huisarts' };
const AT = '2026-01-05T09:00:00.000Z';
const NAMES = ['Johanna', 'Visser', 'Gerrit', 'Mulder'];

function patient(givenName: string, familyName: string, facts: Record<string, unknown>) {
  return patientFields(AT, {
    givenName,
    namePrefix: '',
    familyName,
    birthDate: '1941-05-02',
    sex: 'female',
    treatingGp: GP.name,
    ...facts,
  });
}

function event(patientId: string, date: string, change: Record<string, unknown>) {
  return { patientId, date, author: GP, recordedAt: `${date}T10:00:00.000Z`, deletedAt: null, ...change };
}

const emptyDimension = {
  problems: '',
  wishes: '',
  goals: '',
  actions: [],
  evaluationDate: null,
  lastDiscussed: null,
};
const emptyLimit = { decision: null, dateDiscussed: null, withWhom: '', comment: '' };

function carePlan(patientId: string) {
  return {
    patientId,
    status: 'concept',
    startDate: null,
    regiebehandelaar: { name: '', phone: '' },
    eersteAanspreekpunt: { name: '', role: '', phone: '' },
    contacts: [],
    lichamelijk: emptyDimension,
    psychisch: emptyDimension,
    sociaal: emptyDimension,
    spiritueel: emptyDimension,
    medicationAndAids: { text: '', palliativeKitPresent: 'unknown', lastDiscussed: null },
    acuteAgreements: { text: '', lastDiscussed: null },
    vptz: { isDiscussed: false, deployedSince: null },
    mantelzorgSummary: '',
    mantelzorgDiscussedOn: null,
    limitReanimatie: emptyLimit,
    limitInvasieveBeademing: emptyLimit,
    limitIcOpname: emptyLimit,
    limitZiekenhuisopname: emptyLimit,
    limitAntibiotica: emptyLimit,
    limitBloedproducten: emptyLimit,
    limitIcdUitzetten: emptyLimit,
    otherLimits: [],
    treatmentGoal: { goal: null, dateDiscussed: null },
    preferredPlaceOfDeath: { place: 'thuis', otherText: '', dateDiscussed: '2026-03-10' },
    euthanasia: { position: null, dateDiscussed: null, comment: '' },
    donorRegister: { choiceRecorded: null, dateDiscussed: null },
    wishes: { text: '', dateDiscussed: null },
    whatElseMatters: { text: '', dateDiscussed: null },
    naastenInformed: { informed: null, date: null },
    consentToShare: { hap: null, ambulance: null, date: null },
    acpConversations: [{ date: '2026-03-10', participants: ['Johanna', 'dochter'] }],
    author: GP,
    createdAt: '2026-03-10T10:00:00.000Z',
    updatedAt: '2026-03-10T10:00:00.000Z',
    deletedAt: null,
  };
}

/**
 * 2026 in the practice: Johanna Visser, marked in March with a PZP talk and "thuis" as her wish, died at
 * home in May; Gerrit Mulder died in June without a marking (not a sudden death) and not where he wished;
 * one MDO with GP, district nurse and specialist PZ present held Johanna's nabespreking.
 */
async function pushYear(request: APIRequestContext, url: string): Promise<string[]> {
  const johanna = randomUUID();
  const gerrit = randomUUID();
  const meeting = randomUUID();
  const members = ['huisarts', 'wijkverpleegkundige', 'specialist-pz'].map((role) => ({
    id: randomUUID(),
    name: `Lid ${role}`,
    role,
  }));
  const records: [string, string, Record<string, unknown>][] = [
    [
      'patient',
      johanna,
      patient('Johanna', 'Visser', {
        status: 'deceased',
        deathDate: '2026-05-20',
        placeOfDeath: 'home',
        palliativeSince: '2026-03-02',
      }),
    ],
    [
      'patient',
      gerrit,
      patient('Gerrit', 'Mulder', { status: 'deceased', deathDate: '2026-06-15', placeOfDeath: 'hospital' }),
    ],
    [
      'markingEvent',
      randomUUID(),
      event(johanna, '2026-03-02', {
        kind: 'palliative',
        markedBy: GP.name,
        basis: 'surpriseQuestion',
        isConversationHeld: true,
        conversationDate: '2026-03-02',
        colour: 'yellow',
      }),
    ],
    ['carePlan', johanna, carePlan(johanna)],
    [
      'markingEvent',
      randomUUID(),
      event(johanna, '2026-05-20', {
        kind: 'death',
        place: 'home',
        wasPreferredPlace: 'yes',
        isConfirmedUnmarked: false,
      }),
    ],
    [
      'markingEvent',
      randomUUID(),
      event(gerrit, '2026-06-15', {
        kind: 'death',
        place: 'hospital',
        wasPreferredPlace: 'no',
        isConfirmedUnmarked: true,
        isSudden: false,
      }),
    ],
    [
      'meeting',
      meeting,
      {
        date: '2026-06-01',
        startTime: '12:00',
        endTime: '13:30',
        location: 'Praktijk',
        videoLink: '',
        members,
        chairMemberId: null,
        presentMemberIds: members.map((member) => member.id),
        bottlenecks: [],
        trainingNeeds: [],
        status: 'planned',
        cancelReason: '',
        createdAt: AT,
        deletedAt: null,
      },
    ],
    [
      'agendaItem',
      randomUUID(),
      {
        meetingId: meeting,
        patientId: johanna,
        topic: '',
        reasons: ['diedSinceLastMeeting'],
        nominatedBy: null,
        question: '',
        position: 0,
        minutes: null,
        isDiscussed: true,
        afterDeathReview: {
          wasMarkedInTime: 'yes',
          diedAtPreferredPlace: 'yes',
          lessons: 'PZP vroeg gestart',
        },
        createdAt: AT,
        deletedAt: null,
      },
    ],
  ];
  const statuses = await apiDevice(request, url, AT)(records);
  expect(statuses).toEqual(records.map(() => 'applied'));
  return [johanna, gerrit];
}

test.describe('Overzicht', () => {
  test('a POH sees who died this year marked in time and where, then exports a CSV and a report that name no one', async ({
    page,
    context,
    server,
    appShell,
    registerPage,
  }) => {
    test.setTimeout(90_000);
    await registerPage.goto();
    const patientIds = await pushYear(context.request, server.url);

    // The app pulls the other device's records when it starts.
    await page.reload();
    await registerPage.expectLoaded();
    await registerPage.show('Overleden');
    await registerPage.expectListed('Visser, Johanna');

    await appShell.openSection('Overzicht');
    const overview = new OverviewPage(page);
    await overview.expectLoaded();
    await overview.showYear(2026);
    await overview.expectFigures('Gemarkeerd vóór overlijden', ['50%', '1', '2', '0']);
    await overview.expectFigures('Overleden op de voorkeursplek', ['50%', '1', '2', '0']);
    await overview.expectFigures('MDO met huisarts, wijkverpleegkundige en specialist PZ', [
      '100%',
      '1',
      '1',
      '0',
    ]);
    await overview.expectFigures('Nabespreking na overlijden', ['50%', '1', '2', '0']);
    await overview.expectCharts('Gemarkeerd vóór overlijden', { yes: 1, no: 1 });
    await expect(overview.row('Gemarkeerd vóór overlijden')).toContainText(
      'het deel dat uiterlijk op de dag van overlijden palliatief gemarkeerd was',
    );

    const csv = await overview.downloadCsv();
    expect(csv.fileName).toBe('indicatoren-2026.csv');
    expect(csv.text).toContain('Gemarkeerd vóór overlijden');
    expect(csv.text).toMatch(/^\uFEFF?Periode;Van;Tot en met;Indicator/);
    for (const word of [...NAMES, ...patientIds, '1941']) expect(csv.text).not.toContain(word);

    const printed = await overview.printedText();
    expect(printed).toContain('Kwaliteitsindicatoren palliatieve zorg');
    expect(printed).toContain('Gemarkeerd vóór overlijden');
    for (const word of [...NAMES, ...patientIds]) expect(printed).not.toContain(word);

    await overview.openPatientsBehind('Gemarkeerd vóór overlijden');
    await expect(overview.group('Gemarkeerd vóór overlijden').getByRole('link')).toHaveText([
      'Johanna Visser',
    ]);
    await expect(overview.group('Niet gemarkeerd').getByRole('link')).toHaveText(['Gerrit Mulder']);
  });
});
