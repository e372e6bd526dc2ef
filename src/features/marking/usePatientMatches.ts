import { useMemo } from 'react';
import { searchMatcher, selectRegisterRows, type Patient } from '../../domain';
import { usePatients } from '../register/usePatients';

const MAX_MATCHES = 8;

/** The living patients whose name, birth year or initials match the typed text, best first. */
export function usePatientMatches(text: string): Patient[] {
  const patients = usePatients();
  return useMemo(() => {
    if (!patients || text.trim().length < 2) return [];
    const living = selectRegisterRows(patients, {
      search: '',
      filter: 'all',
      sort: 'name',
      isDescending: false,
    }).filter((patient) => patient.status === 'active');
    const matches = searchMatcher(text);
    return living.filter(matches).slice(0, MAX_MATCHES);
  }, [patients, text]);
}
