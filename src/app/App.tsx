import { I18nextProvider } from 'react-i18next';
import { BrowserRouter, useRoutes } from 'react-router';
import type { TijdigDb } from '../db';
import { i18n } from '../i18n';
import { DatabaseProvider } from './DatabaseProvider';
import { routes } from './routes';

function AppRoutes() {
  return useRoutes(routes);
}

/** The whole app for one opened database. */
export function App({ db }: { db: TijdigDb }) {
  return (
    <I18nextProvider i18n={i18n}>
      <DatabaseProvider db={db}>
        <BrowserRouter>
          <AppRoutes />
        </BrowserRouter>
      </DatabaseProvider>
    </I18nextProvider>
  );
}
