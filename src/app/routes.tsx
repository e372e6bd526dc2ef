/**
 * The app's routes. The register is in the first bundle; every other page loads on demand (and is
 * precached by the service worker, so it also opens offline).
 */
import type { RouteObject } from 'react-router';
import { lazyComponent } from '../components/lazy-component';
import { NotAvailablePage } from '../components/NotAvailablePage';
import { PublicLayout } from '../features/account/PublicLayout';
import { RegisterPage } from '../features/register/RegisterPage';
import { AppShell } from './AppShell';
import { PatientDataRoute } from './PatientDataRoute';
import { StartPage } from './StartPage';

/** A page that loads on demand (one helper instead of the same wrapper per route, 29 of them). */
const lazyPage = lazyComponent;

const NewPatientPage = lazyPage(() => import('../features/patient/PatientFormPage'), 'NewPatientPage');
const EditPatientPage = lazyPage(() => import('../features/patient/PatientFormPage'), 'EditPatientPage');
const PatientDetailPage = lazyPage(
  () => import('../features/patient/PatientDetailPage'),
  'PatientDetailPage',
);
const HandoverPage = lazyPage(() => import('../features/handover/HandoverPage'), 'HandoverPage');
const SyncPage = lazyPage(() => import('../features/sync/SyncPage'), 'SyncPage');
const SettingsPage = lazyPage(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const SetupPage = lazyPage(() => import('../features/account/SetupPage'), 'SetupPage');
const LoginPage = lazyPage(() => import('../features/account/LoginPage'), 'LoginPage');
const AcceptInvitationPage = lazyPage(
  () => import('../features/account/AcceptInvitationPage'),
  'AcceptInvitationPage',
);
const TeamPage = lazyPage(() => import('../features/account/TeamPage'), 'TeamPage');
const BeheerPage = lazyPage(() => import('../features/account/BeheerPage'), 'BeheerPage');
const AuditLogPage = lazyPage(() => import('../features/account/AuditLogPage'), 'AuditLogPage');
const CarePlanPage = lazyPage(() => import('../features/care-plan/CarePlanPage'), 'CarePlanPage');
const CarePlanVersionsPage = lazyPage(
  () => import('../features/care-plan/CarePlanVersionsPage'),
  'CarePlanVersionsPage',
);
const CarePlansPage = lazyPage(() => import('../features/care-plan/CarePlansPage'), 'CarePlansPage');
const MeetingsPage = lazyPage(() => import('../features/mdo/meetings/MeetingsPage'), 'MeetingsPage');
const NewMeetingPage = lazyPage(() => import('../features/mdo/meetings/MeetingFormPage'), 'NewMeetingPage');
const EditMeetingPage = lazyPage(() => import('../features/mdo/meetings/MeetingFormPage'), 'EditMeetingPage');
const MeetingPage = lazyPage(() => import('../features/mdo/meetings/MeetingPage'), 'MeetingPage');
const SpecialistsPage = lazyPage(
  () => import('../features/mdo/specialists/SpecialistsPage'),
  'SpecialistsPage',
);
const InvitationsPage = lazyPage(
  () => import('../features/mdo/specialist-view/InvitationsPage'),
  'InvitationsPage',
);
const InvitedMeetingPage = lazyPage(
  () => import('../features/mdo/specialist-view/InvitedMeetingPage'),
  'InvitedMeetingPage',
);
const AgendaBuilderPage = lazyPage(
  () => import('../features/mdo/agenda/AgendaBuilderPage'),
  'AgendaBuilderPage',
);
const MeetingModePage = lazyPage(
  () => import('../features/mdo/meeting-mode/MeetingModePage'),
  'MeetingModePage',
);
const MinutesPage = lazyPage(() => import('../features/mdo/minutes/MinutesPage'), 'MinutesPage');
const AttendancePage = lazyPage(() => import('../features/mdo/minutes/AttendancePage'), 'AttendancePage');
const ActionsPage = lazyPage(() => import('../features/mdo/actions/ActionsPage'), 'ActionsPage');
const OverviewPage = lazyPage(() => import('../features/overview/OverviewPage'), 'OverviewPage');
const IndicatorPatientsPage = lazyPage(
  () => import('../features/overview/IndicatorPatientsPage'),
  'IndicatorPatientsPage',
);

export const routes: RouteObject[] = [
  {
    // Before signing in: no navigation, nothing from the device's data; outside AppShell on purpose.
    element: <PublicLayout />,
    children: [
      { path: '/instellen', element: <SetupPage /> },
      { path: '/inloggen', element: <LoginPage /> },
      { path: '/uitnodiging', element: <AcceptInvitationPage /> },
    ],
  },
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <StartPage /> },
      {
        // Pages of patient data; an account without any (a beheerder only) is told so, not shown empty pages.
        element: <PatientDataRoute />,
        children: [
          { path: 'patienten', element: <RegisterPage /> },
          { path: 'patienten/nieuw', element: <NewPatientPage /> },
          { path: 'patienten/:patientId', element: <PatientDetailPage /> },
          { path: 'patienten/:patientId/bewerken', element: <EditPatientPage /> },
          { path: 'patienten/:patientId/overdracht', element: <HandoverPage /> },
          { path: 'mdo', element: <MeetingsPage /> },
          { path: 'mdo/nieuw', element: <NewMeetingPage /> },
          { path: 'mdo/:meetingId', element: <MeetingPage /> },
          { path: 'mdo/:meetingId/bewerken', element: <EditMeetingPage /> },
          { path: 'mdo/:meetingId/agenda', element: <AgendaBuilderPage /> },
          { path: 'mdo/:meetingId/overleg', element: <MeetingModePage /> },
          { path: 'mdo/:meetingId/verslag', element: <MinutesPage /> },
          { path: 'mdo/aanwezigheid', element: <AttendancePage /> },
          { path: 'acties', element: <ActionsPage /> },
          { path: 'zorgplannen', element: <CarePlansPage /> },
          { path: 'patienten/:patientId/zorgplan', element: <CarePlanPage /> },
          { path: 'patienten/:patientId/zorgplan/versies', element: <CarePlanVersionsPage /> },
          { path: 'overzicht', element: <OverviewPage /> },
          { path: 'overzicht/:indicatorId', element: <IndicatorPatientsPage /> },
          { path: 'uitnodigingen', element: <InvitationsPage /> },
          { path: 'uitnodigingen/:meetingId', element: <InvitedMeetingPage /> },
        ],
      },
      // The specialist directory is practice settings: a beheerder keeps it too.
      { path: 'specialisten', element: <SpecialistsPage /> },
      { path: 'beheer', element: <BeheerPage /> },
      { path: 'instellingen', element: <SettingsPage /> },
      { path: 'synchronisatie', element: <SyncPage /> },
      { path: 'instellingen/team', element: <TeamPage /> },
      { path: 'instellingen/auditlog', element: <AuditLogPage /> },
      { path: '*', element: <NotAvailablePage titleKey="notFound.title" /> },
    ],
  },
];
