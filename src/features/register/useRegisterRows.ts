import { useDeferredValue, useMemo } from 'react';
import { selectRegisterRows, type Patient } from '../../domain';
import { useRegisterViewStore } from '../../state/register-view-store';
import { usePatients } from './usePatients';

/**
 * The register rows for the current search, filter and sort. The search text is deferred so typing stays
 * responsive with 10,000 patients.
 */
export function useRegisterRows(): { rows: Patient[] | undefined; total: number } {
  const patients = usePatients();
  const { search, filter, sort, isDescending } = useRegisterViewStore();
  const deferredSearch = useDeferredValue(search);
  const rows = useMemo(
    () => patients && selectRegisterRows(patients, { search: deferredSearch, filter, sort, isDescending }),
    [patients, deferredSearch, filter, sort, isDescending],
  );
  const total = useMemo(
    () => patients?.filter((patient) => patient.deletedAt === null).length ?? 0,
    [patients],
  );
  return { rows, total };
}
