import { useDeferredValue, useMemo } from 'react';
import {
  distinctionsOf,
  NO_REGISTER_FACTS,
  selectRegisterRows,
  type Patient,
  type PatientDistinction,
  type RegisterFacts,
  type RegisterFilter,
} from '../../domain';
import { useRegisterViewStore } from '../../state/register-view-store';
import { usePatients } from './usePatients';
import { useRegisterFacts } from './useRegisterFacts';

const FACT_VIEWS: ReadonlySet<RegisterFilter> = new Set(['signalsUnmarked', 'suggested', 'diedSinceMdo']);

/**
 * The register rows for the current search, filter and sort. The search text is deferred so typing stays
 * responsive with 10,000 patients.
 */
export function useRegisterRows(): {
  rows: Patient[] | undefined;
  total: number;
  facts: RegisterFacts;
  /** What tells apart patients with the same name and birth date, by patient id (see distinctionsOf). */
  distinctions: ReadonlyMap<string, PatientDistinction>;
} {
  const patients = usePatients();
  const facts = useRegisterFacts(patients === undefined);
  const { search, filter, sort, isDescending } = useRegisterViewStore();
  const deferredSearch = useDeferredValue(search);
  // Only the signal, suggestion and deaths views read the facts; the others must not sort 10,000 rows
  // again when the checklist results arrive.
  const viewFacts = FACT_VIEWS.has(filter) ? facts : NO_REGISTER_FACTS;
  const rows = useMemo(
    () =>
      patients &&
      selectRegisterRows(patients, { search: deferredSearch, filter, sort, isDescending }, viewFacts),
    [patients, deferredSearch, filter, sort, isDescending, viewFacts],
  );
  const living = useMemo(() => patients?.filter((patient) => patient.deletedAt === null) ?? [], [patients]);
  // Over the whole register, not only the rows in view: a twin hidden by a filter is still a twin.
  const distinctions = useMemo(() => distinctionsOf(living), [living]);
  return { rows, total: living.length, facts, distinctions };
}
