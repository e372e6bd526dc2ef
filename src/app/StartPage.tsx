import { Navigate } from 'react-router';
import { useAccess } from '../components/useAccess';
import { StartRedirect } from '../features/mdo/specialist-view/StartRedirect';

/** The app's start address: Beheer for an account without patient data, else as StartRedirect decides. */
export function StartPage() {
  const { seesPatientData } = useAccess();
  return seesPatientData ? <StartRedirect /> : <Navigate to="/beheer" replace />;
}
