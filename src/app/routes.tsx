/**
 * The app's routes. The register is in the first bundle; every other page loads on demand (and is
 * precached by the service worker, so it also opens offline).
 */
import { lazy } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { NotAvailablePage } from '../components/NotAvailablePage';
import { RegisterPage } from '../features/register/RegisterPage';
import { AppShell } from './AppShell';

const NewPatientPage = lazy(async () => ({
  default: (await import('../features/patient/PatientFormPage')).NewPatientPage,
}));
const EditPatientPage = lazy(async () => ({
  default: (await import('../features/patient/PatientFormPage')).EditPatientPage,
}));
const PatientDetailPage = lazy(async () => ({
  default: (await import('../features/patient/PatientDetailPage')).PatientDetailPage,
}));
const SettingsPage = lazy(async () => ({
  default: (await import('../features/settings/SettingsPage')).SettingsPage,
}));

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/patienten" replace /> },
      { path: 'patienten', element: <RegisterPage /> },
      { path: 'patienten/nieuw', element: <NewPatientPage /> },
      { path: 'patienten/:patientId', element: <PatientDetailPage /> },
      { path: 'patienten/:patientId/bewerken', element: <EditPatientPage /> },
      { path: 'mdo', element: <NotAvailablePage titleKey="nav.mdo" /> },
      { path: 'zorgplannen', element: <NotAvailablePage titleKey="nav.carePlans" /> },
      { path: 'overzicht', element: <NotAvailablePage titleKey="nav.dashboard" /> },
      { path: 'instellingen', element: <SettingsPage /> },
      { path: '*', element: <NotAvailablePage titleKey="notFound.title" /> },
    ],
  },
];
