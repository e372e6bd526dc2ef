/**
 * The `test` every spec uses: page objects ready to use, and a check that the app threw no uncaught
 * errors and broke no rule of its Content-Security-Policy while the test ran.
 */
import { test as base, expect, type BrowserContext } from '@playwright/test';
import { AppShell } from './pages/AppShell';
import { PatientDetailPage } from './pages/PatientDetailPage';
import { PatientFormPage } from './pages/PatientFormPage';
import { RegisterPage } from './pages/RegisterPage';
import type { NewPatient } from './support/patients';
import { signInThroughApi } from './support/sign-in';
import { startTijdigServer, type Account, type AccountRole, type TijdigServer } from './support/server';
import { createServerPool, DEFAULT_ACCOUNT, type ServerPool } from './support/server-pool';

/** How the page tells the test about a Content-Security-Policy violation (see failOnPageErrors). */
const CSP_VIOLATION = 'Content-Security-Policy violation:';

export interface TijdigFixtures {
  /** The folder of the built app this test's server serves (a copy, for the update tests). */
  staticDir: string | undefined;
  /** This test's own server, with a practice set up. */
  server: TijdigServer;
  /** Who is signed in when the test starts; null to start signed out. */
  signedInAs: AccountRole | null;
  /** The account signed in at the start, if any. */
  account: Account | null;
  /** Signs a browser context in as an account, as the login page would. */
  signIn: (context: BrowserContext, account: Account) => Promise<void>;
  appShell: AppShell;
  registerPage: RegisterPage;
  patientFormPage: PatientFormPage;
  patientDetailPage: PatientDetailPage;
  /** Adds a patient the way a user does: from the register, through the form, to the saved detail page. */
  addPatient: (patient: NewPatient) => Promise<void>;
  /** Fails the test when the page throws an uncaught error. */
  failOnPageErrors: undefined;
}

export interface TijdigWorkerFixtures {
  /** Starts the next test's server while a test runs (support/server-pool.ts). */
  serverPool: ServerPool;
}

export const test = base.extend<TijdigFixtures, TijdigWorkerFixtures>({
  staticDir: [undefined, { option: true }],
  signedInAs: [DEFAULT_ACCOUNT.role, { option: true }],
  serverPool: [
    // Playwright reads a fixture's dependencies from its first parameter's pattern: this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const pool = createServerPool();
      await use(pool);
      await pool.close();
    },
    { scope: 'worker' },
  ],
  server: async ({ staticDir, serverPool }, use) => {
    // A test with an app of its own (the update tests) starts its server itself.
    const server = staticDir === undefined ? await serverPool.take() : await startTijdigServer({ staticDir });
    await use(server);
    await server.stop();
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
  signIn: async ({ server }, use) => {
    await use(async (context, account) => {
      await signInThroughApi(context.request, server.url, account);
    });
  },
  account: [
    async ({ server, signedInAs, context, signIn }, use) => {
      if (signedInAs === null) {
        await use(null);
        return;
      }
      const prepared = server.preparedSession;
      if (prepared?.account.role === signedInAs) {
        // Signed in ahead through the same API (server-pool.ts): the browser gets that session's cookie.
        await context.addCookies([
          { ...prepared.cookie, url: server.url, httpOnly: true, sameSite: 'Strict' },
        ]);
        await use(prepared.account);
        return;
      }
      const account =
        signedInAs === 'beheerder'
          ? server.beheerder
          : await server.createAccount(signedInAs, DEFAULT_ACCOUNT.name);
      await signIn(context, account);
      await use(account);
    },
    { auto: true },
  ],
  appShell: async ({ page }, use) => {
    await use(new AppShell(page));
  },
  registerPage: async ({ page }, use) => {
    await use(new RegisterPage(page));
  },
  patientFormPage: async ({ page }, use) => {
    await use(new PatientFormPage(page));
  },
  patientDetailPage: async ({ page }, use) => {
    await use(new PatientDetailPage(page));
  },
  addPatient: async ({ appShell, registerPage, patientFormPage, patientDetailPage }, use) => {
    await use(async (patient) => {
      await appShell.openSection('Patiënten');
      await registerPage.expectLoaded();
      await registerPage.startNewPatient();
      await patientFormPage.expectNewPatientForm();
      await patientFormPage.fill(patient);
      await patientFormPage.save();
      await patientDetailPage.expectJustSaved(patient);
    });
  },
  failOnPageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`));
      // A refusal by the Content-Security-Policy is reported, not thrown (a library that tries eval and
      // catches the refusal, for one), so the page reports each one to the test through the console.
      await page.addInitScript((marker) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`${marker} ${event.violatedDirective} ${event.sourceFile}:${event.lineNumber}`);
        });
      }, CSP_VIOLATION);
      page.on('console', (message) => {
        if (message.text().startsWith(CSP_VIOLATION)) errors.push(message.text());
      });
      await use(undefined);
      expect(errors, 'uncaught errors and CSP violations in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
