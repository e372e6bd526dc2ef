/**
 * A device's first sync of a practice that holds more than one page: while the pages come in, the header
 * says how many records arrived of how many ("20 van 60 gegevens") beside a labelled progress bar, and
 * when the last page is stored it says the device is up to date. Pages are made small (20 records) by
 * rewriting the app's pull requests, and the second page is held back until the screenshots are taken.
 * The pages are read in the pull reader's worker (src/db/pulled-reader), which seals what the device
 * stores; a start that finds nothing to pull does not start it. The pictures land in test-results/screenshots
 * (git-ignored).
 */
import { randomUUID } from 'node:crypto';
import { expect, test } from './fixtures';
import { accessibilityViolations } from './support/accessibility';
import { apiDevice, patientFields, type RecordPut } from './support/sync-api';

const AT = '2026-11-23T09:00:00.000Z';
const PATIENTS = 60;

test('a first sync shows how far it is, then that the device is up to date', async ({
  page,
  context,
  server,
}) => {
  test.setTimeout(120_000);
  const push = apiDevice(context.request, server.url, AT);
  const patients: RecordPut[] = Array.from({ length: PATIENTS }, (_, i) => [
    'patient',
    randomUUID(),
    patientFields(AT, { familyName: `Patiënt ${i + 1}` }),
  ]);
  expect(await push(patients)).toEqual(patients.map(() => 'applied'));

  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  let pulls = 0;
  await page.route('**/api/sync/pull?*', async (route) => {
    pulls += 1;
    if (pulls === 2) await held;
    await route.continue({
      url: route
        .request()
        .url()
        .replace(/limit=\d+/, 'limit=20'),
    });
  });

  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  await page.goto('/');
  const status = page.getByRole('link', { name: /^Synchronisatie: / });
  await expect(status).toHaveAccessibleName('Synchronisatie: 20 van 60 gegevens');
  const bar = status.getByRole('progressbar', { name: 'Gegevens ophalen' });
  await expect(bar).toHaveAttribute('value', '20');
  expect(await accessibilityViolations(page)).toEqual([]);
  for (const viewport of [
    { name: 'desktop', width: 1366, height: 768 },
    { name: 'phone', width: 412, height: 823 },
  ]) {
    await page.setViewportSize(viewport);
    await page.screenshot({ path: `test-results/screenshots/first-sync-${viewport.name}.png` });
    // The header holds the longer status line without running out of its width.
    const header = page.locator('header').first();
    const overflow = await header.evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  }

  release();
  await expect(status).toHaveAccessibleName(/Bijgewerkt/, { timeout: 30_000 });
  await expect(bar).toHaveCount(0);
  expect(workers).toContainEqual(expect.stringMatching(/\/assets\/pull-reader\.worker-[\w-]+\.js$/));
  // What the worker sealed opens again: the register holds the patients of every page.
  await expect(page.getByText(`${PATIENTS} patiënten getoond van ${PATIENTS}`)).toBeVisible();

  // Up to date, the device's next start pulls an empty page, which never starts the worker.
  workers.length = 0;
  const pulled = page.waitForResponse((response) => response.url().includes('/api/sync/pull?'));
  await page.reload();
  expect(((await (await pulled).json()) as { changes: unknown[] }).changes).toEqual([]);
  // The round is over once no tab holds the sync lock.
  await page.waitForFunction(async () => {
    const { held = [] } = await navigator.locks.query();
    return !held.some((lock) => lock.name === 'tijdig-sync');
  });
  await expect(status).toHaveAccessibleName(/Bijgewerkt/);
  expect(workers).toEqual([]);
});
