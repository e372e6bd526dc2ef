/**
 * The app's routes. The register is in the first bundle; every other page loads on demand (and is
 * precached by the service worker, so it also opens offline).
 */
import { Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { lazyComponent } from '../components/lazy-component';
import { LoadingStatus } from '../components/LoadingStatus';
import { NotAvailablePage } from '../components/NotAvailablePage';
import { RegisterPage } from '../features/register/RegisterPage';
import { AppShell } from './AppShell';
import { PatientDataRoute } from './PatientDataRoute';

// The frame of the pages before signing in, in one chunk with them: a signed-in start never loads it.
const PublicLayout = lazyComponent(() => import('../features/account/PublicLayout'), 'PublicLayout');
const NewPatientPage = lazyComponent(() => import('../features/patient/PatientFormPage'), 'NewPatientPage');
const EditPatientPage = lazyComponent(() => import('../features/patient/PatientFormPage'), 'EditPatientPage');
const PatientDetailPage = lazyComponent(
  () => import('../features/patient/PatientDetailPage'),
  'PatientDetailPage',
);
const HandoverPage = lazyComponent(() => import('../features/handover/HandoverPage'), 'HandoverPage');
const SyncPage = lazyComponent(() => import('../features/sync/SyncPage'), 'SyncPage');
const SettingsPage = lazyComponent(() => import('../features/settings/SettingsPage'), 'SettingsPage');
const SetupPage = lazyComponent(() => import('../features/account/SetupPage'), 'SetupPage');
const LoginPage = lazyComponent(() => import('../features/account/LoginPage'), 'LoginPage');
const AcceptInvitationPage = lazyComponent(
  () => import('../features/account/AcceptInvitationPage'),
  'AcceptInvitationPage',
);
const TeamPage = lazyComponent(() => import('../features/account/TeamPage'), 'TeamPage');
const BeheerPage = lazyComponent(() => import('../features/account/BeheerPage'), 'BeheerPage');
const AuditLogPage = lazyComponent(() => import('../features/account/AuditLogPage'), 'AuditLogPage');
const CarePlanPage = lazyComponent(() => import('../features/care-plan/CarePlanPage'), 'CarePlanPage');
const CarePlanVersionsPage = lazyComponent(
  () => import('../features/care-plan/CarePlanVersionsPage'),
  'CarePlanVersionsPage',
);
const CarePlansPage = lazyComponent(() => import('../features/care-plan/CarePlansPage'), 'CarePlansPage');
const MeetingsPage = lazyComponent(() => import('../features/mdo/meetings/MeetingsPage'), 'MeetingsPage');
const NewMeetingPage = lazyComponent(
  () => import('../features/mdo/meetings/MeetingFormPage'),
  'NewMeetingPage',
);
const EditMeetingPage = lazyComponent(
  () => import('../features/mdo/meetings/MeetingFormPage'),
  'EditMeetingPage',
);
const MeetingPage = lazyComponent(() => import('../features/mdo/meetings/MeetingPage'), 'MeetingPage');
const SpecialistsPage = lazyComponent(
  () => import('../features/mdo/specialists/SpecialistsPage'),
  'SpecialistsPage',
);
const InvitationsPage = lazyComponent(
  () => import('../features/mdo/specialist-view/InvitationsPage'),
  'InvitationsPage',
);
const InvitedMeetingPage = lazyComponent(
  () => import('../features/mdo/specialist-view/InvitedMeetingPage'),
  'InvitedMeetingPage',
);
const AgendaBuilderPage = lazyComponent(
  () => import('../features/mdo/agenda/AgendaBuilderPage'),
  'AgendaBuilderPage',
);
const MeetingModePage = lazyComponent(
  () => import('../features/mdo/meeting-mode/MeetingModePage'),
  'MeetingModePage',
);
const MinutesPage = lazyComponent(() => import('../features/mdo/minutes/MinutesPage'), 'MinutesPage');
const AttendancePage = lazyComponent(
  () => import('../features/mdo/minutes/AttendancePage'),
  'AttendancePage',
);
const ActionsPage = lazyComponent(() => import('../features/mdo/actions/ActionsPage'), 'ActionsPage');
const OverviewPage = lazyComponent(() => import('../features/overview/OverviewPage'), 'OverviewPage');
const IndicatorPatientsPage = lazyComponent(
  () => import('../features/overview/IndicatorPatientsPage'),
  'IndicatorPatientsPage',
);

export const routes: RouteObject[] = [
  {
    // Before signing in: no navigation, nothing from the device's data; outside AppShell on purpose.
    element: (
      <Suspense fallback={<LoadingStatus />}>
        <PublicLayout />
      </Suspense>
    ),
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
      // The start address itself shows nothing: the signed-in shell sends it on to the account's start
      // page as soon as the session is known (useStartAddress.ts).
      { index: true },
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
