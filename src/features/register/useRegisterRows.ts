import { useDeferredValue, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { RegisterRow } from '../../db';
import {
  NO_REGISTER_FACTS,
  selectRegisterRows,
  type PatientDistinction,
  type RegisterFacts,
  type RegisterFilter,
} from '../../domain';
import { useDatabase } from '../../providers/DatabaseProvider';
import { useRegisterViewStore } from '../../state/register-view-store';
import { isDefaultRegisterQuery, readRegisterPatients } from './read-register-patients';
import { useRegisterFacts } from './useRegisterFacts';
import {
  registerSnapshotOf,
  useKeepRegisterSnapshot,
  useStoredRegisterSnapshot,
} from './useRegisterSnapshot';

const NO_DISTINCTIONS: ReadonlyMap<string, PatientDistinction> = new Map();

const FACT_VIEWS: ReadonlySet<RegisterFilter> = new Set(['signalsUnmarked', 'suggested', 'diedSinceMdo']);

/**
 * The register rows for the current search, filter and sort. The search text is deferred so typing stays
 * responsive with 10,000 patients. Until the live rows are read, decrypted and sorted, the default view
 * shows the stored snapshot of its first rows (useRegisterSnapshot.ts); `rowCount` is then the whole
 * view's length, of which only the first rows are in `rows`.
 */
export function useRegisterRows(): {
  rows: readonly RegisterRow[] | undefined;
  /** How many rows the view holds: `rows.length`, or more while only the snapshot's first rows are in. */
  rowCount: number;
  total: number;
  facts: RegisterFacts;
  /** What tells apart patients with the same name and birth date, by patient id (see distinctionsOf). */
  distinctions: ReadonlyMap<string, PatientDistinction>;
} {
  const db = useDatabase();
  const [isLoaded, setIsLoaded] = useState(false);
  const stored = useStoredRegisterSnapshot(!isLoaded);
  // The live read starts once the snapshot is on screen (or known to be missing), then keeps following.
  const isLiveStarted = isLoaded || stored.isSettled;
  const liveNow = useLiveQuery(
    () => (isLiveStarted ? readRegisterPatients(db) : undefined),
    [db, isLiveStarted],
  );
  // New live rows re-render the whole register (the view, its rows, the list's measurements). As a deferred
  // value React renders that in slices that yield to the browser, not as one task: it was one of 100-200 ms
  // at 4x CPU (traced) each time a page of a first sync landed (sync.pull-1k).
  const live = useDeferredValue(liveNow);
  const patients = live?.patients;
  if (patients !== undefined && !isLoaded) setIsLoaded(true);
  const facts = useRegisterFacts(patients === undefined);
  const { search, filter, sort, isDescending } = useRegisterViewStore();
  const deferredSearch = useDeferredValue(search);
  // Only the signal, suggestion and deaths views read the facts; the others must not sort 10,000 rows
  // again when the checklist results arrive.
  const viewFacts = FACT_VIEWS.has(filter) ? facts : NO_REGISTER_FACTS;
  const isDefaultQuery = isDefaultRegisterQuery({ search: deferredSearch, filter, sort, isDescending });
  const rows = useMemo(
    () =>
      // The default view was sorted with the read, off the render (read-register-patients.ts).
      live &&
      (isDefaultQuery
        ? live.defaultRows
        : selectRegisterRows(
            live.patients,
            { search: deferredSearch, filter, sort, isDescending },
            viewFacts,
          )),
    [live, isDefaultQuery, deferredSearch, filter, sort, isDescending, viewFacts],
  );
  const distinctions = live?.distinctions ?? NO_DISTINCTIONS;

  // The snapshot is of the default view only: the view every opening of the app starts with.
  const isDefaultView = isDefaultRegisterQuery({ search, filter, sort, isDescending });
  const isDefaultLive = isDefaultView && isDefaultQuery;
  const generation = live?.generation ?? null;
  const next = useMemo(
    () =>
      isDefaultLive && rows && generation !== null
        ? registerSnapshotOf(rows, distinctions, generation)
        : null,
    [isDefaultLive, rows, distinctions, generation],
  );
  useKeepRegisterSnapshot(next);
  const snapshot = stored.snapshot;
  const snapshotDistinctions = useMemo(() => new Map(snapshot?.distinctions), [snapshot]);

  if (rows === undefined && snapshot && isDefaultView) {
    return {
      rows: snapshot.rows,
      rowCount: snapshot.total,
      total: snapshot.total,
      facts,
      distinctions: snapshotDistinctions,
    };
  }
  return { rows, rowCount: rows?.length ?? 0, total: live?.total ?? 0, facts, distinctions };
}
