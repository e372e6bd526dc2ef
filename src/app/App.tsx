import { useMemo } from 'react';
import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, useRoutes } from 'react-router';
import type { TijdigDb } from '../db';
import { i18n } from '../i18n';
import { createApiClient, type ApiClient } from '../sync/api-client';
import { createAuthClient } from '../sync/auth-client';
import { DatabaseProvider } from '../providers/DatabaseProvider';
import { routes } from './routes';
import { ServicesProvider } from '../providers/ServicesProvider';

function AppRoutes() {
  return useRoutes(routes);
}

/** The whole app for one opened database, talking to the server it was loaded from. */
export function App({ db, api: givenApi }: { db: TijdigDb; api?: ApiClient }) {
  const api = useMemo(() => givenApi ?? createApiClient(), [givenApi]);
  const services = useMemo(() => ({ auth: createAuthClient(api), api }), [api]);
  return (
    <I18nextProvider i18n={i18n}>
      <DatabaseProvider db={db}>
        <ServicesProvider services={services}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </ServicesProvider>
      </DatabaseProvider>
    </I18nextProvider>
  );
}
