import { Outlet } from 'react-router';
import { lazyComponent } from '../components/lazy-component';
import { useAccess } from '../components/useAccess';

// Only a beheerder-only account at a patient address sees it: loaded then, not with every start.
const NoPatientAccessPage = lazyComponent(
  () => import('../features/account/NoPatientAccessPage'),
  'NoPatientAccessPage',
);

/**
 * Wraps the routes that show patient data (register, patient, care plans, MDO, Overzicht). An account the
 * access policy gives no patient data (a beheerder only) gets a page saying so instead of empty screens;
 * the server gives it none either.
 */
export function PatientDataRoute() {
  const { seesPatientData } = useAccess();
  return seesPatientData ? <Outlet /> : <NoPatientAccessPage />;
}
