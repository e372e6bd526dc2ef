/**
 * Screenshots of the screens a practice works in, at a desktop (1366x768) and a tablet (800x1280), for a
 * person to look at: the register, a patient page, the care plan, a care-plan conflict on the sync page,
 * and the specialist's view of the meeting they are invited to. The data is pushed through the real sync
 * API (two devices editing the same part of the care plan make the conflict); the app pulls it as usual.
 * The pictures land in test-results/screenshots (git-ignored). Each screen is also checked to fit the
 * width and to have no axe violations, so the spec fails rather than only showing a problem.
 */
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { completePlan } from '../src/domain/care-plan/care-plan.fixtures';
import { expect, test } from './fixtures';
import { accessibilityViolations } from './support/accessibility';
import { signInThroughApi } from './support/sign-in';
import { apiDevice, patientFields } from './support/sync-api';

const AT = '2026-11-23T09:00:00.000Z';
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'tablet', width: 800, height: 1280 },
] as const;

function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** One device pushing through the API, one record per push; answers the mutation's status. */
function device(request: APIRequestContext, url: string) {
  const push = apiDevice(request, url, AT);
  return async (entity: string, recordId: string, changed: Record<string, unknown>, baseRev: number | null) =>
    (await push([[entity, recordId, changed]], baseRev))[0];
}

function patient(overrides: Record<string, unknown>): Record<string, unknown> {
  return patientFields(AT, {
    givenName: 'Johanna',
    namePrefix: 'van der',
    familyName: 'Berg',
    birthDate: '1941-05-02',
    sex: 'female',
    bsn: '111222333',
    diagnosisText: 'COPD GOLD IV',
    icpcCode: 'R95',
    contactName: 'Kees van der Berg',
    contactRelation: 'zoon',
    contactPhone: '06 12345678',
    homeCareOrganisation: 'Thuiszorgorganisatie West',
    palliativeSince: '2026-10-01',
    registerColour: 'orange',
    ...overrides,
  });
}

async function expectFitsWidth(page: Page, what: string) {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
  }));
  expect(scrollWidth, `${what} fits the width`).toBeLessThanOrEqual(innerWidth);
}

async function shoot(page: Page, viewport: string, name: string) {
  await expectFitsWidth(page, `${name} (${viewport})`);
  expect(await accessibilityViolations(page), `axe on ${name} (${viewport})`).toEqual([]);
  await page.screenshot({ path: `test-results/screenshots/${viewport}-${name}.png`, fullPage: false });
}

test('screenshots of register, patient, care plan, conflict card and specialist view', async ({
  page,
  context,
  browser,
  server,
  signIn,
}) => {
  test.setTimeout(180_000);
  const push = device(context.request, server.url);
  const other = device(context.request, server.url);
  const patientId = randomUUID();
  const twinId = randomUUID();
  await push('patient', patientId, patient({}), null);
  await push(
    'patient',
    twinId,
    patient({ givenName: 'Els', familyName: 'Bakker', bsn: null, registerColour: 'red' }),
    null,
  );
  const plan = completePlan({ id: patientId as never, patientId: patientId as never });
  await push('carePlan', patientId, plan, null);
  // Two devices change the acute agreements from the same revision: the second becomes a conflict.
  await push(
    'carePlan',
    patientId,
    { acuteAgreements: { text: 'Bel de huisartsenpost, niet 112', lastDiscussed: daysFromNow(-2) } },
    1,
  );
  expect(
    await other(
      'carePlan',
      patientId,
      { acuteAgreements: { text: 'Bel eerst de dochter', lastDiscussed: null } },
      1,
    ),
  ).toBe('conflict');

  const specialist = await server.createAccount('specialist-pz', 'Marieke Consulent');
  const specialistContext = await browser.newContext();
  const specialistUserId = (await signInThroughApi(specialistContext.request, server.url, specialist)).user
    .id;
  const meetingId = randomUUID();
  const itemId = randomUUID();
  await push(
    'meeting',
    meetingId,
    {
      date: daysFromNow(3),
      startTime: '12:30',
      endTime: '13:30',
      location: 'Vergaderkamer De Linde',
      status: 'planned',
      createdAt: AT,
      deletedAt: null,
    },
    null,
  );
  await push(
    'agendaItem',
    itemId,
    {
      meetingId,
      patientId,
      question: 'Hoe gaan we om met de toenemende benauwdheid in de nacht?',
      position: 0,
      createdAt: AT,
      deletedAt: null,
    },
    null,
  );
  await push(
    'specialistInvitation',
    randomUUID(),
    {
      meetingId,
      agendaItemId: itemId,
      specialistId: null,
      specialistUserId,
      status: 'invited',
      validUntil: new Date(Date.now() + 5 * 86_400_000).toISOString(),
      createdAt: AT,
      deletedAt: null,
    },
    null,
  );

  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto('/patienten');
    await expect(page.getByRole('link', { name: /Berg, Johanna/ })).toBeVisible();
    await shoot(page, viewport.name, 'register');
    // Each row holds its status badge and colour: nothing runs into the next row.
    for (const row of await page
      .getByRole('row')
      .filter({ has: page.getByRole('cell') })
      .all()) {
      const rowBox = await row.boundingBox();
      const statusBox = await row.getByRole('cell').nth(2).boundingBox();
      const badgeBox = await row.getByText(/^Gemarkeerd sinds/).boundingBox();
      expect(badgeBox?.height, 'the badge stays on one line').toBeLessThan(30);
      expect((statusBox?.y ?? 0) + (statusBox?.height ?? 0)).toBeLessThanOrEqual(
        (rowBox?.y ?? 0) + (rowBox?.height ?? 0) + 1,
      );
    }

    await page.getByRole('link', { name: /Berg, Johanna/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Johanna van der Berg' })).toBeVisible();
    await shoot(page, viewport.name, 'patient');

    await page.goto(`/patienten/${patientId}/zorgplan`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await shoot(page, viewport.name, 'care-plan');
    // The outline stays on screen deep into the plan, and a section it jumps to is not hidden under it.
    const outline = page.getByRole('navigation', { name: 'Onderdelen van het zorgplan' });
    await outline.getByRole('link', { name: 'Afspraken voor acute situaties' }).click();
    await expect(outline).toBeInViewport();
    const heading = page.getByRole('heading', { level: 2, name: 'Afspraken voor acute situaties' });
    await expect(heading).toBeInViewport();
    const outlineBox = await outline.boundingBox();
    const headingBox = await heading.boundingBox();
    expect(headingBox?.y ?? 0, 'the section heading is below the outline').toBeGreaterThanOrEqual(
      (outlineBox?.y ?? 0) + (outlineBox?.height ?? 0),
    );
    await shoot(page, viewport.name, 'care-plan-section');

    await page.goto('/synchronisatie');
    const card = page.getByRole('article', { name: /Afspraken voor acute situaties/ });
    await expect(card).toBeVisible();
    await card.scrollIntoViewIfNeeded();
    await shoot(page, viewport.name, 'conflict-card');
    await card.getByRole('button', { name: 'Combineren' }).click();
    await expect(card.getByRole('form', { name: 'Waarden combineren' })).toBeVisible();
    await card.getByRole('form', { name: 'Waarden combineren' }).scrollIntoViewIfNeeded();
    await shoot(page, viewport.name, 'conflict-combine');
    await card.getByRole('button', { name: 'Annuleren' }).click();
  }

  await signIn(specialistContext, specialist);
  const tablet = await specialistContext.newPage();
  for (const viewport of VIEWPORTS) {
    await tablet.setViewportSize(viewport);
    await tablet.goto(`${server.url}/uitnodigingen/${meetingId}`);
    await expect(tablet.getByRole('button', { name: 'Accepteren' })).toBeVisible();
    await shoot(tablet, viewport.name, 'specialist');
  }
  await specialistContext.close();
});
