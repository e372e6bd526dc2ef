/**
 * The generation of the patients table: a random token that changes whenever a write to `patients` is
 * made or committed, by any tab of this origin. The register snapshot (register-snapshot.ts) records the
 * generation it was built from and is shown only while the token is unchanged, so it never shows a patient
 * deleted, renamed or marked since.
 *
 * Kept in localStorage because it must change inside the writing transaction's own turn: a Dexie write
 * to `patients` cannot also write the `meta` table unless every caller opened its transaction over `meta`
 * too. The token names no patient and says nothing but "something changed".
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';

const PREFIX = 'tijdig.patientsGeneration:';

function storageKey(dbName: string): string {
  return `${PREFIX}${dbName}`;
}

/** Starts a new generation. Without storage the token is removed, which no snapshot can match. */
function renew(dbName: string): void {
  try {
    localStorage.setItem(storageKey(dbName), crypto.randomUUID());
  } catch {
    try {
      localStorage.removeItem(storageKey(dbName));
    } catch {
      // No storage at all: readPatientsGeneration answers null, so no snapshot is ever shown.
    }
  }
}

/**
 * The current generation of database `dbName`'s patients, begun now if there is none yet (a device whose
 * patients were all written before the token existed); null when localStorage cannot be used.
 */
export function readPatientsGeneration(dbName: string): string | null {
  try {
    const current = localStorage.getItem(storageKey(dbName));
    if (current !== null) return current;
    renew(dbName);
    return localStorage.getItem(storageKey(dbName));
  } catch {
    return null;
  }
}

/** Transactions that wrote to `patients`: their commit renews the generation. */
const writers = new WeakSet<object>();

/**
 * Dexie middleware: renews the generation when a write (put, add, delete, clear) to `patients` starts, and
 * again when its transaction commits. The second renewal is what makes a snapshot safe: one built from
 * rows read before the commit was tagged with a generation that the commit then replaces. The first
 * covers a tab closed before `complete` fires.
 *
 * The commit listener is added as the transaction is created, below Dexie's own (its cache and its
 * `oncomplete`), so it runs before Dexie tells live queries to read again: a live query re-run for this
 * commit reads the renewed generation, and its snapshot is current.
 */
export function patientsGenerationMiddleware(dbName: string): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'PatientsGeneration',
    // Below Dexie's cache (0), whose commit listener re-runs live queries; the encryption is at -10.
    level: -5,
    create: (down) => ({
      ...down,
      transaction(stores, mode, options) {
        const trans = down.transaction(stores, mode, options);
        if (mode === 'readwrite' && stores.includes('patients')) {
          (trans as unknown as IDBTransaction).addEventListener('complete', () => {
            if (writers.has(trans)) renew(dbName);
          });
        }
        return trans;
      },
      table(name) {
        const table = down.table(name);
        if (name !== 'patients') return table;
        return {
          ...table,
          mutate(req: DBCoreMutateRequest) {
            renew(dbName);
            writers.add(req.trans);
            return table.mutate(req);
          },
        };
      },
    }),
  };
}
