import { createContext, useContext, type ReactNode } from 'react';
import type { TijdigDb } from '../db';

const DatabaseContext = createContext<TijdigDb | null>(null);

/** Gives every feature the device database; tests pass a fresh one per test. */
export function DatabaseProvider({ db, children }: { db: TijdigDb; children: ReactNode }) {
  return <DatabaseContext value={db}>{children}</DatabaseContext>;
}

export function useDatabase(): TijdigDb {
  const db = useContext(DatabaseContext);
  if (!db) throw new Error('useDatabase must be used inside DatabaseProvider');
  return db;
}
