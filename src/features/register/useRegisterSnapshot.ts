import { useEffect, useState } from 'react';
import {
  readRegisterSnapshot,
  saveRegisterSnapshot,
  type RegisterRow,
  type RegisterSnapshot,
  type TijdigDb,
} from '../../db';
import type { PatientDistinction } from '../../domain';
import { useDatabase } from '../../providers/DatabaseProvider';

/** Rows kept in the snapshot: a tall screen shows about 25 register rows, plus the list's overscan. */
export const SNAPSHOT_ROWS = 40;

/** The register's first screen as the snapshot keeps it: only the fields a row shows, in list order. */
export function registerSnapshotOf(
  rows: readonly RegisterRow[],
  distinctions: ReadonlyMap<string, PatientDistinction>,
  generation: string,
): RegisterSnapshot {
  const first = rows.slice(0, SNAPSHOT_ROWS).map((row): RegisterRow => ({
    id: row.id,
    givenName: row.givenName,
    namePrefix: row.namePrefix,
    familyName: row.familyName,
    birthDate: row.birthDate,
    deathDate: row.deathDate,
    status: row.status,
    palliativeSince: row.palliativeSince,
    dyingPhaseSince: row.dyingPhaseSince,
    registerColour: row.registerColour,
    markingOnBehalfOf: row.markingOnBehalfOf ?? null,
    treatingGp: row.treatingGp,
    diagnosisText: row.diagnosisText,
  }));
  const twins = first.flatMap((row): [string, PatientDistinction][] => {
    const distinction = distinctions.get(row.id);
    return distinction ? [[row.id, distinction]] : [];
  });
  return { generation, total: rows.length, rows: first, distinctions: twins };
}

/** The last snapshot read or written per database (as JSON), so an unchanged one is not sealed again. */
const lastKnown = new WeakMap<TijdigDb, string>();

/**
 * The stored register snapshot while the live patient rows are still loading (`isWaiting`), read once;
 * null when there is none that is current (see readRegisterSnapshot) or once it is no longer needed.
 * `isSettled` turns true once the read is over and a found snapshot has had a frame to paint: the live
 * read waits for it, as starting 10,000 decryptions on the main thread would hold back the snapshot's paint.
 */
export function useStoredRegisterSnapshot(isWaiting: boolean): {
  snapshot: RegisterSnapshot | null;
  isSettled: boolean;
} {
  const db = useDatabase();
  const [read, setRead] = useState<{ snapshot: RegisterSnapshot | null; isSettled: boolean } | null>(null);
  useEffect(() => {
    if (!isWaiting) return;
    let isCurrent = true;
    void readRegisterSnapshot(db).then((stored) => {
      if (!isCurrent) return;
      if (stored) lastKnown.set(db, JSON.stringify(stored));
      setRead({ snapshot: stored, isSettled: stored === null });
      if (stored) {
        afterNextPaint(() => {
          if (isCurrent) setRead({ snapshot: stored, isSettled: true });
        });
      }
    });
    return () => {
      isCurrent = false;
    };
  }, [db, isWaiting]);
  return { snapshot: isWaiting ? (read?.snapshot ?? null) : null, isSettled: read?.isSettled ?? false };
}

/** Runs `then` after the next frame has been painted (a task queued from requestAnimationFrame). */
function afterNextPaint(then: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(then, 0);
    return;
  }
  requestAnimationFrame(() => {
    setTimeout(then, 0);
  });
}

/**
 * Keeps the stored snapshot equal to the register's live first screen: `next` is the snapshot of the live
 * default view (null for another view or while loading). Stored after the render, off the first screen's
 * path; a write meanwhile only makes it one generation old, so it is not used (never wrong).
 */
export function useKeepRegisterSnapshot(next: RegisterSnapshot | null): void {
  const db = useDatabase();
  useEffect(() => {
    if (!next) return;
    const json = JSON.stringify(next);
    if (lastKnown.get(db) === json) return;
    lastKnown.set(db, json);
    saveRegisterSnapshot(db, next).catch((error: unknown) => {
      // Only the next open is slower without it; the register itself is unaffected.
      lastKnown.delete(db);
      console.warn('Storing the register snapshot failed', error);
    });
  }, [db, next]);
}
