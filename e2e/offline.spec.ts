import { expect, test } from './fixtures';
import { LockScreen } from './pages/LockScreen';
import { PASSWORD } from './support/server';
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
    account,
    appShell,
    registerPage,
    patientDetailPage,
    addPatient,
  }) => {
    const addedOnline = aPatient();
    const addedOffline = aMinimalPatient();
    const lockScreen = new LockScreen(page);

    // Signing in with the password gives this device its offline unlock check.
    await lockScreen.signInOnThisDevice(account?.email ?? '', PASSWORD);
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
    // Offline the server cannot release the device key: the data key comes only from the password.
    await lockScreen.unlock(PASSWORD);
    await registerPage.expectLoaded();
    expect((await serviceWorkerState(page)).isControlled, 'the service worker serves the app offline').toBe(
      true,
    );
    expect(await pageCanReachServer(page), 'still offline after the reload').toBe(false);
    await appShell.expectOffline();
    await registerPage.expectListed(listNameOf(addedOnline));

    await addPatient(addedOffline);
    await page.reload();
    await lockScreen.unlock(PASSWORD);
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
