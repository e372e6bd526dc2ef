/**
 * Renders the real app (routes, shell, i18n) on a fresh database per test, at a chosen address, with a
 * test AuthClient in place of the server. Tests then act as a user would: by role and label.
 */
import { render, type RenderResult } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dexie } from 'dexie';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, useRoutes } from 'react-router';
import { afterEach } from 'vitest';
import { DatabaseProvider } from '../providers/DatabaseProvider';
import { routes } from '../app/routes';
import { ServicesProvider } from '../providers/ServicesProvider';
import { TijdigDb } from '../db';
import type { Patient } from '../domain';
import { i18n } from '../i18n';
import type { AuthClient } from '../sync/auth-client';
import { testAuthClient } from './auth-client';

function AppRoutes() {
  return useRoutes(routes);
}

const openDatabases: TijdigDb[] = [];

afterEach(async () => {
  for (const db of openDatabases.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

export interface RenderedApp extends RenderResult {
  db: TijdigDb;
  user: ReturnType<typeof userEvent.setup>;
}

export interface RenderOptions {
  /** The server as the page sees it; by default every call fails as offline. */
  auth?: AuthClient;
  /** A database a previous render of this test used (e.g. to open the app again, as after a reload). */
  db?: TijdigDb;
}

/** Opens a fresh database, stores `patients` in it, and renders the app at `path`. */
export async function renderApp(
  path: string,
  patients: Patient[] = [],
  { auth = testAuthClient(), db: givenDb }: RenderOptions = {},
): Promise<RenderedApp> {
  const db = givenDb ?? new TijdigDb(`test-${crypto.randomUUID()}`);
  if (!givenDb) openDatabases.push(db);
  await db.open();
  // Nothing to seed writes nothing: a locked device (no data key) refuses every write, even an empty one.
  if (patients.length > 0) await db.patients.bulkAdd(patients);
  const user = userEvent.setup();
  const rendered = render(
    <I18nextProvider i18n={i18n}>
      <DatabaseProvider db={db}>
        <ServicesProvider services={{ auth }}>
          <MemoryRouter initialEntries={[path]}>
            <AppRoutes />
          </MemoryRouter>
        </ServicesProvider>
      </DatabaseProvider>
    </I18nextProvider>,
  );
  return { ...rendered, db, user };
}
