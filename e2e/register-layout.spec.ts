/**
 * Issue 14, layout: the register at a desktop (1366x768) and a portrait tablet (800x1280), signed in as
 * someone with a long name. The status badge stays inside its row and clear of the table's edge, a date
 * never breaks inside ("04-12-2026" on one line), and the header keeps the user's name and "Afmelden"
 * on one line (on the header's first line at 1366 px). Then at phone width (412x915, a district nurse at
 * the door) none of the main pages is wider than the screen. Screenshots land in test-results/screenshots.
 */
import { randomUUID } from 'node:crypto';
import type { APIRequestContext, Page } from '@playwright/test';
import { completePlan } from '../src/domain/care-plan/care-plan.fixtures';
import { expect, test } from './fixtures';
import { accessibilityViolations } from './support/accessibility';
import { apiDevice, patientFields } from './support/sync-api';

const AT = '2026-11-23T09:00:00.000Z';
const LONG_NAME = 'Anna de Beheerder-van Oosterhuis';
const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'tablet', width: 800, height: 1280 },
] as const;
const PHONE = { width: 412, height: 915 };

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);

const patient = (overrides: Record<string, unknown>) =>
  patientFields(AT, { diagnosisText: 'Hartfalen NYHA IV', ...overrides });

/** The register's widest rows: a dying phase with a colour, a death, twins, a very long name. */
const PATIENTS = [
  patient({
    bsn: '111222333',
    palliativeSince: daysAgo(30),
    registerColour: 'red',
    dyingPhaseSince: daysAgo(0),
  }),
  patient({ bsn: '123456782', palliativeSince: daysAgo(10), registerColour: 'orange' }),
  patient({
    givenName: 'Wilhelmina Johanna',
    namePrefix: 'van der',
    familyName: 'Heijden-Oosterhuis',
    birthDate: '1936-12-04',
    palliativeSince: daysAgo(3),
    registerColour: 'yellow',
  }),
  patient({
    givenName: 'Kees',
    namePrefix: 'van',
    familyName: 'Dam',
    status: 'deceased',
    deathDate: daysAgo(2),
    placeOfDeath: 'home',
    palliativeSince: daysAgo(60),
    registerColour: 'red',
  }),
  patient({ givenName: 'Els', namePrefix: '', familyName: 'Bakker', birthDate: '1939-12-01' }),
];

/** Pushes the patients, and a complete care plan for the first; answers the first patient's id. */
async function pushPatients(request: APIRequestContext, url: string): Promise<string> {
  const push = apiDevice(request, url, AT);
  const records = PATIENTS.map((changed) => ['patient', randomUUID(), changed] as const);
  const statuses = await push(records);
  expect(statuses).toEqual(PATIENTS.map(() => 'applied'));
  const first = records[0]?.[1] ?? '';
  const plan = completePlan({ id: first as never, patientId: first as never });
  expect(await push([['carePlan', first, plan]])).toEqual(['applied']);
  return first;
}

/** How many pixels the page is wider than the window (0 when it fits). */
function overflowOf(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Every match of `pattern` in the text under `selector` whose characters do not all sit on one line. */
function brokenAcrossLines(page: Page, selector: string, pattern: RegExp): Promise<string[]> {
  return page.locator(selector).evaluate(
    (root, { source, flags }) => {
      const broken: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const match of (node.textContent ?? '').matchAll(new RegExp(source, flags))) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
      return broken;
    },
    { source: pattern.source, flags: `${pattern.flags.replace('g', '')}g` },
  );
}

/** Status parts that leave their cell or row (cut off) or come within 4 px of the table's right edge. */
function overflowingStatuses(page: Page): Promise<string[]> {
  return page.getByRole('table', { name: /register/i }).evaluate((table) => {
    const edge = table.getBoundingClientRect().right;
    const problems: string[] = [];
    for (const row of table.querySelectorAll('[role="rowgroup"] [role="row"]')) {
      const rowBox = row.getBoundingClientRect();
      // The third cell is the status: its badge, colour and signals.
      const cell = row.querySelector('[role="cell"]:nth-child(3)');
      const cellRight = cell?.getBoundingClientRect().right ?? edge;
      for (const part of cell?.querySelectorAll('span') ?? []) {
        const box = part.getBoundingClientRect();
        if (box.width === 0) continue;
        const isCut = box.right > cellRight + 0.5 || box.top < rowBox.top || box.bottom > rowBox.bottom + 0.5;
        if (isCut || box.right > edge - 4) {
          problems.push(part.textContent);
        }
      }
    }
    return problems;
  });
}

test.use({ signedInAs: null });

test('the register and header fit at desktop and tablet width, with a long user name, and the main pages fit a phone', async ({
  page,
  context,
  server,
  signIn,
}) => {
  test.setTimeout(180_000);
  await signIn(context, await server.createAccount('huisarts', LONG_NAME));
  const patientId = await pushPatients(context.request, server.url);

  for (const viewport of VIEWPORTS) {
    await page.setViewportSize(viewport);
    await page.goto('/patienten');
    await expect(page.getByRole('link', { name: /Heijden-Oosterhuis/ })).toBeVisible();
    await expect(page.getByText(/^BSN …333$/)).toBeVisible();

    expect(await overflowingStatuses(page), `status inside row and table (${viewport.name})`).toEqual([]);
    expect(
      await brokenAcrossLines(page, 'main', /\d{2}-\d{2}-\d{4}/),
      `dates on one line (${viewport.name})`,
    ).toEqual([]);
    expect(
      await brokenAcrossLines(page, 'header', new RegExp(LONG_NAME)),
      `the name on one line (${viewport.name})`,
    ).toEqual([]);

    const header = page.getByRole('banner');
    const name = header.getByText(LONG_NAME);
    const signOut = header.getByRole('button', { name: 'Afmelden' });
    const [nameBox, signOutBox, brandBox] = await Promise.all([
      name.boundingBox(),
      signOut.boundingBox(),
      header.getByText('Tijdig', { exact: true }).boundingBox(),
    ]);
    if (!nameBox || !signOutBox || !brandBox) throw new Error('header parts not on screen');
    // The name and the button share a line: their vertical extents overlap.
    expect(nameBox.y, `name beside Afmelden (${viewport.name})`).toBeLessThan(
      signOutBox.y + signOutBox.height,
    );
    expect(signOutBox.y, `name beside Afmelden (${viewport.name})`).toBeLessThan(nameBox.y + nameBox.height);
    if (viewport.name === 'desktop') {
      // One header line: the button sits level with the product name.
      expect(signOutBox.y, 'Afmelden on the first header line').toBeLessThan(brandBox.y + brandBox.height);
    }

    expect(await accessibilityViolations(page), `axe (${viewport.name})`).toEqual([]);
    await page.screenshot({ path: `test-results/screenshots/${viewport.name}-register-layout.png` });
  }

  // A phone: every main page fits the width; wide tables scroll sideways inside a region of their own.
  await page.setViewportSize(PHONE);
  const phonePages = [
    { path: '/patienten', loaded: page.getByRole('link', { name: /Heijden-Oosterhuis/ }) },
    { path: `/patienten/${patientId}`, loaded: page.getByRole('heading', { level: 1, name: /Vries/ }) },
    { path: `/patienten/${patientId}/zorgplan`, loaded: page.getByRole('heading', { level: 1 }) },
    { path: '/mdo', loaded: page.getByRole('heading', { level: 1 }) },
    { path: '/acties', loaded: page.getByRole('heading', { level: 1 }) },
    { path: '/instellingen', loaded: page.getByRole('heading', { level: 1 }) },
    { path: '/overzicht', loaded: page.getByRole('region', { name: /^Indicatoren/ }) },
  ];
  for (const { path, loaded } of phonePages) {
    await page.goto(path);
    await expect(loaded).toBeVisible();
    expect(await overflowOf(page), `${path} is no wider than a phone`).toBe(0);
  }
  // The Overzicht's tables scroll sideways here: a keyboard must reach them.
  expect(await accessibilityViolations(page), 'axe on /overzicht (phone)').toEqual([]);
  await page.goto('/patienten');
  await expect(page.getByRole('link', { name: /Heijden-Oosterhuis/ })).toBeVisible();
  expect(await accessibilityViolations(page), 'axe (phone)').toEqual([]);
  await page.screenshot({ path: 'test-results/screenshots/phone-register-layout.png' });
});
