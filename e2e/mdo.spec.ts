/**
 * The MDO as the palliative core team runs it (issue 5): a POH builds the agenda from the register's
 * suggestions, invites a specialist PZ to one item, runs the meeting offline on a tablet, records an
 * action, and finds that action on the next meeting's agenda. The specialist, on their own account, sees
 * exactly the item they were invited to: initials, age and the team's question, no name, no BSN, and
 * nothing of the other patients.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { AgendaBuilderPage } from './pages/AgendaBuilderPage';
import { AppShell } from './pages/AppShell';
import { InvitationsPage } from './pages/InvitationsPage';
import { InvitedMeetingPage } from './pages/InvitedMeetingPage';
import { MarkingSection } from './pages/MarkingSection';
import { MeetingFormPage } from './pages/MeetingFormPage';
import { MeetingModePage } from './pages/MeetingModePage';
import { MeetingPage } from './pages/MeetingPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { SpecialistsPage } from './pages/SpecialistsPage';
import { SyncPage } from './pages/SyncPage';
import { accessibilityViolations } from './support/accessibility';
import { ageToday, dutchDateFromToday } from './support/dates';
import { fullNameOf, type NewPatient } from './support/patients';
import { waitUntilReadyForOffline } from './support/service-worker';

const GP = 'Dr. A. de Groot';

/** The patient the specialist is invited for. */
const INVITED: NewPatient = {
  givenName: 'Johanna',
  familyName: 'Visser',
  birthDate: '02-05-1941',
  sex: 'Vrouw',
  bsn: '111222333',
  treatingGp: GP,
  diagnosis: 'Pancreascarcinoom',
  icpcCode: 'D76',
};
const INVITED_INITIALS = 'J.V.';

/** Patients on the same agenda whom the specialist must not see. */
const NOT_INVITED: readonly (NewPatient & { initials: string })[] = [
  {
    givenName: 'Pieter',
    familyName: 'Jansen',
    birthDate: '15-08-1937',
    sex: 'Man',
    bsn: '123456782',
    treatingGp: GP,
    diagnosis: 'Hartfalen',
    icpcCode: 'K77',
    initials: 'P.J.',
  },
  {
    givenName: 'Gerrit',
    familyName: 'Mulder',
    birthDate: '30-11-1944',
    sex: 'Man',
    bsn: '123456708',
    treatingGp: GP,
    diagnosis: 'COPD',
    icpcCode: 'R95',
    initials: 'G.M.',
  },
];

/** What the specialist advises on the invited item. */
const ADVICE = 'Bij onrust eerst midazolam 2,5 mg s.c.; palliatieve sedatie pas na overleg met het team.';

const SPECIALIST = {
  name: 'Sanne Smit',
  organisation: 'Netwerk Palliatieve Zorg Utrecht',
  team: 'Consultatieteam palliatieve zorg',
  phone: '030 123 45 67',
  email: 'sanne.smit@netwerkpz.nl',
} as const;

const QUESTION = 'Is palliatieve sedatie bespreekbaar bij de toenemende onrust in de avond?';
const MEETING_DATE = dutchDateFromToday(7);
const NEXT_MEETING_DATE = dutchDateFromToday(14);
const ACTION = {
  what: 'Gesprek over palliatieve sedatie met de dochter',
  owner: `${GP} (huisarts)`,
  dueDate: dutchDateFromToday(10),
};

/** Waits until the service worker controls the page, so the app keeps working without a connection. */
async function makeReadyForOffline(page: Page): Promise<void> {
  await waitUntilReadyForOffline(page);
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
      message: 'the service worker controls the page before going offline',
    })
    .toBe(true);
}

/** Sends what waits on this device (from the sync page) and checks the header says it matches the server. */
async function syncAndExpectUpToDate(sync: SyncPage): Promise<void> {
  await sync.headerStatus.click();
  await expect(sync.heading).toBeVisible();
  await sync.syncNow();
  await expect(sync.headerStatus).toHaveAccessibleName(/^Synchronisatie: Bijgewerkt/, { timeout: 20_000 });
}

test.describe('MDO', () => {
  test.use({ signedInAs: 'poh' });

  test('a POH builds the agenda, invites a specialist to one item, runs the meeting offline on a tablet, and the action returns on the next agenda; the specialist sees only that item', async ({
    page,
    context,
    browser,
    server,
    signIn,
    appShell,
    registerPage,
    addPatient,
  }) => {
    test.setTimeout(240_000);
    const specialistAccount = await server.createAccount('specialist-pz', SPECIALIST.name);
    const marking = new MarkingSection(page);
    const specialists = new SpecialistsPage(page);
    const meetings = new MeetingsPage(page);
    const meetingForm = new MeetingFormPage(page);
    const meeting = new MeetingPage(page);
    const agendaBuilder = new AgendaBuilderPage(page);
    const meetingMode = new MeetingModePage(page);
    const sync = new SyncPage(page);
    const invitedName = fullNameOf(INVITED);

    await test.step('the POH adds three patients and marks them palliative', async () => {
      await registerPage.goto();
      for (const patient of [INVITED, ...NOT_INVITED]) {
        await addPatient(patient);
        // A marking is the huisarts's decision: the POH records it namens the practice's huisarts.
        await marking.markPalliative({
          markedBy: GP,
          basis: 'Surprise question',
          colour: 'Geel',
          onBehalfOf: server.beheerder.name,
        });
      }
    });

    await test.step("she adds the specialist to the directory, linked to the specialist's account", async () => {
      await specialists.goto();
      await specialists.add({
        ...SPECIALIST,
        account: { name: specialistAccount.name, email: specialistAccount.email },
      });
    });

    await test.step('she plans the MDO a week from now', async () => {
      await appShell.openSection('MDO');
      await expect(meetings.heading).toBeVisible();
      await meetings.planNewMeeting();
      await meetingForm.expectNewMeetingForm();
      await meetingForm.fill({
        date: MEETING_DATE,
        startTime: '14:00',
        endTime: '15:30',
        location: 'Spreekkamer 2',
        extraMembers: [{ name: GP, role: 'huisarts' }],
        chair: `${GP} (huisarts)`,
      });
      await meetingForm.save();
      await meeting.expectJustSaved(MEETING_DATE);
    });

    await test.step('she builds the agenda from the suggestions and writes the question for one item', async () => {
      await meeting.openAgendaBuilder();
      await agendaBuilder.expectLoaded();
      for (const patient of [INVITED, ...NOT_INVITED]) {
        await agendaBuilder.expectSuggested(fullNameOf(patient), ['Nieuw gemarkeerd', 'Nog geen zorgplan']);
      }
      expect(await accessibilityViolations(page), 'agenda builder with suggestions').toEqual([]);

      await agendaBuilder.acceptAll(3);
      for (const patient of [INVITED, ...NOT_INVITED]) {
        await expect(agendaBuilder.agendaItem(fullNameOf(patient))).toBeVisible();
      }
      await expect(agendaBuilder.suggestions).toContainText('Geen voorstellen');
      await agendaBuilder.writeQuestion(invitedName, QUESTION);
      expect(await accessibilityViolations(page), 'agenda builder with the agenda').toEqual([]);
    });

    await test.step('she invites the specialist to that one item', async () => {
      await page.getByRole('link', { name: 'Terug naar het overleg' }).click();
      await meeting.expectShowing(MEETING_DATE);
      await expect(meeting.agendaItem(invitedName)).toContainText(`Vraag aan het team: ${QUESTION}`);
      await meeting.invite(`${SPECIALIST.name} – ${SPECIALIST.organisation}`, invitedName);
      await expect(meeting.invitations.getByRole('status')).toHaveText(`${SPECIALIST.name} is uitgenodigd.`);
      const invitations = meeting.invitationList().getByRole('listitem');
      await expect(invitations).toHaveCount(1);
      await expect(invitations).toContainText(new RegExp(`Voor agendapunt \\d+: ${invitedName}`));
      await expect(invitations).toContainText('Status: uitgenodigd');
      await syncAndExpectUpToDate(sync);
    });

    await test.step('on a tablet without a connection she runs the meeting and records an action', async () => {
      await page.setViewportSize({ width: 800, height: 1280 });
      await makeReadyForOffline(page);
      await context.setOffline(true);
      await appShell.expectOffline();

      await appShell.openSection('MDO');
      await meetings.meetingLink(MEETING_DATE).click();
      await meeting.expectShowing(MEETING_DATE);
      await meeting.startMeeting();
      await meetingMode.expectLoaded();

      await meetingMode.markPresent('Hanna Bakker (POH)');
      await meetingMode.markPresent(`${GP} (huisarts), voorzitter`);
      await expect(meetingMode.attendance).toContainText('2 van 2 aanwezig');

      await meetingMode.openItem(invitedName);
      await expect(meetingMode.item(invitedName)).toContainText(QUESTION);
      await meetingMode.markDiscussed(invitedName);
      await meetingMode.writeConclusion(
        invitedName,
        'Lichamelijk',
        'Pijn onder controle; toenemende onrust in de avond.',
      );
      await meetingMode.writeDecisions(invitedName, 'Huisarts bespreekt palliatieve sedatie met de familie.');
      await meetingMode.addAction(invitedName, ACTION);
      await expect(meetingMode.actionsOf(invitedName)).toHaveCount(1);
      await expect(meetingMode.actionsOf(invitedName)).toContainText(ACTION.what);
      await expect(meetingMode.actionsOf(invitedName)).toContainText(
        `${ACTION.owner}, uiterlijk ${ACTION.dueDate}`,
      );
      await expect(meetingMode.saveStatus).toHaveText(/^Opgeslagen op dit apparaat/);
      await expect(sync.headerStatus).toHaveAccessibleName(/wachtend op verbinding/);
    });

    await test.step('back online, the meeting record reaches the server', async () => {
      await context.setOffline(false);
      await appShell.expectOnline();
      await syncAndExpectUpToDate(sync);
    });

    await test.step("the open action is on the next meeting's agenda", async () => {
      await appShell.openSection('MDO');
      await meetings.planNewMeeting();
      await meetingForm.expectNewMeetingForm();
      await meetingForm.expectPrefilledFrom(MEETING_DATE);
      await meetingForm.fillDate(NEXT_MEETING_DATE);
      await meetingForm.save();
      await meeting.expectJustSaved(NEXT_MEETING_DATE);
      await meeting.openAgendaBuilder();
      await agendaBuilder.expectLoaded();

      await agendaBuilder.expectSuggested(invitedName, ['Openstaande acties']);
      await expect(agendaBuilder.suggestion(invitedName)).toContainText(
        `Laatst besproken op ${MEETING_DATE} · 1 openstaande actie`,
      );
      await agendaBuilder.accept(invitedName);
      await expect(agendaBuilder.carriedActions(invitedName)).toHaveText([
        `${ACTION.what} – ${ACTION.owner}, uiterlijk ${ACTION.dueDate}`,
      ]);
    });

    await test.step('the specialist, on their own tablet, sees exactly the invited item', async () => {
      const specialistContext = await browser.newContext({
        baseURL: server.url,
        locale: 'nl-NL',
        timezoneId: 'Europe/Amsterdam',
        viewport: { width: 800, height: 1280 },
        hasTouch: true,
      });
      try {
        await signIn(specialistContext, specialistAccount);
        const tablet = await specialistContext.newPage();
        const pageErrors: string[] = [];
        tablet.on('pageerror', (error) => pageErrors.push(`${error.name}: ${error.message}`));
        const invitations = new InvitationsPage(tablet);
        const invitedMeeting = new InvitedMeetingPage(tablet);

        await invitations.goto();
        await expect(new AppShell(tablet).navigation.getByRole('link')).toHaveText([
          'Uitnodigingen',
          'Instellingen',
        ]);
        // The first sync brings the invitation to the device.
        await expect(invitations.meeting(MEETING_DATE)).toBeVisible({ timeout: 20_000 });
        await expect(invitations.meeting(MEETING_DATE)).toContainText(
          `Uitgenodigd voor agendapunt ${INVITED_INITIALS}`,
        );
        await expect(invitations.meeting(NEXT_MEETING_DATE)).toHaveCount(0);

        await invitations.openMeeting(MEETING_DATE);
        await invitedMeeting.expectShowing(MEETING_DATE);
        await expect(invitedMeeting.items).toHaveCount(1);
        const item = invitedMeeting.item(`${INVITED_INITIALS}, ${ageToday(INVITED.birthDate)} jaar`);
        await expect(item).toContainText(QUESTION);
        await expect(item).toContainText(`${INVITED.diagnosis} (${INVITED.icpcCode})`);

        const shown = await tablet.locator('body').innerText();
        const mustNotShow = [
          INVITED.givenName,
          INVITED.familyName,
          INVITED.bsn ?? '',
          ...NOT_INVITED.flatMap((patient) => [
            patient.givenName,
            patient.familyName,
            patient.initials,
            patient.bsn ?? '',
            patient.diagnosis ?? '',
          ]),
        ];
        for (const text of mustNotShow)
          expect(shown, `the specialist's page shows no "${text}"`).not.toContain(text);
        expect(await accessibilityViolations(tablet), "the specialist's meeting page").toEqual([]);

        await invitedMeeting.accept(`agendapunt ${INVITED_INITIALS}`);
        await invitedMeeting.writeAdvice(item, ADVICE);
        await item.screenshot({ path: test.info().outputPath('specialist-advice-form.png') });
        await syncAndExpectUpToDate(new SyncPage(tablet));
        expect(pageErrors, "uncaught errors in the specialist's page").toEqual([]);
      } finally {
        await specialistContext.close();
      }
    });

    await test.step("the POH sees the specialist's answer", async () => {
      await syncAndExpectUpToDate(sync);
      await appShell.openSection('MDO');
      await meetings.meetingLink(MEETING_DATE).click();
      await meeting.expectShowing(MEETING_DATE);
      await expect(meeting.invitationList().getByRole('listitem')).toContainText('Status: geaccepteerd');
    });

    await test.step("she reads the specialist's advice with the item in meeting mode", async () => {
      await meeting.startMeeting();
      await meetingMode.expectLoaded();
      const isOpen = await meetingMode.itemButton(invitedName).getAttribute('aria-expanded');
      if (isOpen !== 'true') await meetingMode.openItem(invitedName);
      const advice = meetingMode.item(invitedName).getByRole('region', { name: 'Advies specialist PZ' });
      await expect(advice).toContainText(ADVICE);
      // The server's stamp: the specialist's account name and the date, dd-mm-jjjj.
      await expect(advice).toContainText(new RegExp(`${SPECIALIST.name}, \\d{2}-\\d{2}-\\d{4}`));
      await advice.screenshot({ path: test.info().outputPath('meeting-mode-advice.png') });
    });
  });
});
