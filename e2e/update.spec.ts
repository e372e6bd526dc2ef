/**
 * The update prompt. Each test's server serves its own copy of dist/ so it can publish a "new version" (new sw.js
 * bytes) without a rebuild and without disturbing the other tests.
 */
import { test as base, expect } from './fixtures';
import { nl } from './support/i18n';
import {
  isMarkedDocument,
  markCurrentDocument,
  serviceWorkerState,
  waitUntilServiceWorkerActive,
} from './support/service-worker';
import { copyDist, type DistCopy } from './support/updatable-app';

const test = base.extend<{ updatableApp: DistCopy }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first argument
  updatableApp: async ({}, use) => {
    const copy = await copyDist();
    await use(copy);
    await copy.remove();
  },
  staticDir: async ({ updatableApp }, use) => {
    await use(updatableApp.root);
  },
});

test.describe('Updating to a new version', () => {
  test.beforeEach(async ({ page, registerPage, appShell }) => {
    await registerPage.goto();
    await waitUntilServiceWorkerActive(page);
    await page.reload();
    await registerPage.expectLoaded();
    await expect.poll(async () => (await serviceWorkerState(page)).isControlled).toBe(true);
    await expect(appShell.updateBanner).toBeHidden();
  });

  test('the app offers a new version and reloads into it when the user agrees', async ({
    page,
    updatableApp,
    appShell,
    registerPage,
  }) => {
    await updatableApp.publishNewVersion();
    await page.reload();

    await appShell.expectUpdateOffered();
    expect((await serviceWorkerState(page)).waiting, 'a new service worker is waiting').toBe('installed');

    await markCurrentDocument(page);
    const reloaded = page.waitForEvent('load');
    await appShell.updateNow();
    await reloaded;

    expect(await isMarkedDocument(page), 'the page reloaded').toBe(false);
    await registerPage.expectLoaded();
    await expect(appShell.updateBanner).toBeHidden();
    await expect
      .poll(() => serviceWorkerState(page), { message: 'the new service worker took over' })
      .toEqual({ active: 'activated', waiting: null, isControlled: true });
    await appShell.openSection('Instellingen');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });

  test('with unsaved input the app will not reload; "Later" hides the banner and keeps the input', async ({
    page,
    updatableApp,
    appShell,
    patientFormPage,
  }) => {
    await updatableApp.publishNewVersion();
    await patientFormPage.gotoNew();
    await appShell.expectUpdateOffered();

    await patientFormPage.field('Voornaam').fill('Jan');
    await patientFormPage.field('Achternaam').fill('Vries');
    await markCurrentDocument(page);
    await expect(appShell.updateNowButton, 'no reload over unsaved input').toBeDisabled();
    await expect(appShell.updateBanner).toContainText(nl('update.saveFirst'));

    await appShell.postponeUpdate();
    await expect(appShell.updateBanner).toBeHidden();
    expect(await isMarkedDocument(page), 'the page did not reload').toBe(true);
    await expect(patientFormPage.field('Voornaam')).toHaveValue('Jan');
    await expect(patientFormPage.field('Achternaam')).toHaveValue('Vries');
    expect((await serviceWorkerState(page)).waiting, 'the new version waits for a later moment').toBe(
      'installed',
    );
  });
});
