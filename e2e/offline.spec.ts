import { expect, test } from './fixtures';
import { aMinimalPatient, aPatient, listNameOf } from './support/patients';
import {
  pageCanReachServer,
  serviceWorkerCanReachServer,
  serviceWorkerState,
  waitUntilReadyForOffline,
} from './support/service-worker';

test.describe('Working offline', () => {
  test('after one visit the app and the register work offline, and what was added offline stays', async ({
    page,
    context,
    appShell,
    registerPage,
    patientDetailPage,
    addPatient,
  }) => {
    const addedOnline = aPatient();
    const addedOffline = aMinimalPatient();

    await registerPage.goto();
    await appShell.expectOnline();
    await addPatient(addedOnline);
    await waitUntilReadyForOffline(page);

    await context.setOffline(true);
    await appShell.expectOffline();
    expect(await pageCanReachServer(page), 'the page must not reach the server').toBe(false);
    expect(await serviceWorkerCanReachServer(context), 'the service worker must not reach the server').toBe(
      false,
    );

    await appShell.openSection('Patiënten');
    await page.reload();
    await registerPage.expectLoaded();
    expect((await serviceWorkerState(page)).isControlled, 'the service worker serves the app offline').toBe(
      true,
    );
    expect(await pageCanReachServer(page), 'still offline after the reload').toBe(false);
    await appShell.expectOffline();
    await registerPage.expectListed(listNameOf(addedOnline));

    await addPatient(addedOffline);
    await page.reload();
    await patientDetailPage.expectShowing(addedOffline);

    await context.setOffline(false);
    await appShell.openSection('Patiënten');
    await page.reload();
    await registerPage.expectLoaded();
    await appShell.expectOnline();
    expect(await pageCanReachServer(page), 'back online').toBe(true);
    await registerPage.expectListed(listNameOf(addedOnline));
    await registerPage.expectListed(listNameOf(addedOffline));
  });
});
