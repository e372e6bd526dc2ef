/**
 * The stolen-disk check: a patient added in Chromium must not be readable from the browser profile's
 * IndexedDB files (LevelDB logs and tables, blob files), neither while the app is open nor after it closed.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from '@playwright/test';
import { expect, test } from './fixtures';
import { AppShell } from './pages/AppShell';
import { PatientDetailPage } from './pages/PatientDetailPage';
import { PatientFormPage } from './pages/PatientFormPage';
import { RegisterPage } from './pages/RegisterPage';
import { aPatient } from './support/patients';

/** A name and BSN (elfproef) that occur nowhere else in the app. */
const PATIENT = aPatient({ givenName: 'Wolterdina', familyName: 'Schimmelpenninck', bsn: '987654329' });
/** Stored plain in the `meta` table once a change is queued: proves the scan can see this database's rows. */
const PLAIN_CONTROL = 'nextOutboxCounter';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Which of `needles` occur in any IndexedDB file of the profile, as UTF-8/Latin-1 or as UTF-16 (V8 strings). */
async function foundOnDisk(profile: string, needles: readonly string[]): Promise<string[]> {
  const files = await filesUnder(join(profile, 'Default', 'IndexedDB'));
  expect(files.length, 'IndexedDB files in the profile').toBeGreaterThan(0);
  const found = new Set<string>();
  for (const file of files) {
    const bytes = await readFile(file);
    for (const needle of needles) {
      if (bytes.includes(Buffer.from(needle, 'latin1')) || bytes.includes(Buffer.from(needle, 'utf16le'))) {
        found.add(needle);
      }
    }
  }
  return [...found];
}

test.use({ signedInAs: null });

test('the browser profile on disk holds no patient name or BSN, while open and after closing', async ({
  server,
  signIn,
}) => {
  const profile = await mkdtemp(join(tmpdir(), 'tijdig-stolen-disk-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
    });
    await signIn(context, await server.createAccount('huisarts', 'Hanna Bakker'));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    await new AppShell(page).openSection('Patiënten');
    const register = new RegisterPage(page);
    await register.expectLoaded();
    await register.startNewPatient();
    const form = new PatientFormPage(page);
    await form.expectNewPatientForm();
    await form.fill(PATIENT);
    await form.save();
    await new PatientDetailPage(page).expectJustSaved(PATIENT);

    const needles = [PATIENT.familyName, PATIENT.bsn ?? '', PLAIN_CONTROL];
    // Chromium writes IndexedDB to its LevelDB log right after each commit; wait for the control to land.
    await expect.poll(() => foundOnDisk(profile, needles), { timeout: 15_000 }).toContain(PLAIN_CONTROL);
    expect(await foundOnDisk(profile, needles)).toEqual([PLAIN_CONTROL]);

    // Closing flushes and compacts the log into tables: still nothing.
    await context.close();
    context = null;
    expect(await foundOnDisk(profile, needles)).toEqual([PLAIN_CONTROL]);
  } finally {
    await context?.close();
    await rm(profile, { recursive: true, force: true });
  }
});
