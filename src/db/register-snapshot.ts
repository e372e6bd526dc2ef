/**
 * The register snapshot: the register's first screen (its first rows in the default order, with what the
 * list shows of them) kept as ONE record sealed with the data key in `meta`. Opening a 10,000-patient
 * register reads and decrypts every patient row and sorts them before the first row can show; the
 * snapshot is one read and one decryption, shown until that live read arrives and replaces it.
 *
 * It is never stale on screen: it carries the patients generation it was read at (patients-generation.ts)
 * and is answered only while that generation is current, so after any write to `patients` (an edit, a
 * deletion, a marking, a sync pull, from any tab) it is not used until the register has built it again.
 * It is sealed like a patient row (AES-256-GCM, associated data naming `meta` and its key), so a locked
 * device cannot read it and bytes copied from elsewhere fail to open.
 */
import type { Patient, PatientDistinction } from '../domain';
import { currentDataKey } from './data-key';
import type { TijdigDb } from './database';
import { decryptRecordAsync, parseOpened, sealRecordAsync } from './encryption/record-cipher';
import { readPatientsGeneration } from './patients-generation';

/** What the register list shows of a patient (PatientRow), and nothing more. */
export type RegisterRow = Pick<
  Patient,
  | 'id'
  | 'givenName'
  | 'namePrefix'
  | 'familyName'
  | 'birthDate'
  | 'deathDate'
  | 'status'
  | 'palliativeSince'
  | 'dyingPhaseSince'
  | 'registerColour'
  | 'markingOnBehalfOf'
  | 'treatingGp'
  | 'diagnosisText'
>;

export interface RegisterSnapshot {
  /** The patients generation current when the rows were read (see patients-generation.ts). */
  generation: string;
  /** How many patients the whole default view holds (every living patient). */
  total: number;
  /** The first rows of the default view (all patients, by name, ascending). */
  rows: RegisterRow[];
  /** What tells twins apart, for the patients in `rows` that have a twin in the whole register. */
  distinctions: [string, PatientDistinction][];
}

const META_KEY = 'registerSnapshot';
/** Shape of the sealed snapshot; a snapshot of another shape is ignored (and rebuilt by the register). */
const SNAPSHOT_FORMAT = 1;

/** Seals and stores `snapshot`; does nothing while locked (the register builds it again when unlocked). */
export async function saveRegisterSnapshot(db: TijdigDb, snapshot: RegisterSnapshot): Promise<void> {
  const key = currentDataKey();
  if (!key) return;
  // Sealed before the write's transaction, through WebCrypto: nothing of it runs as JavaScript AES.
  const sealed = await sealRecordAsync(key, 'meta', META_KEY, { format: SNAPSHOT_FORMAT, ...snapshot });
  // Closed meanwhile (signing out wipes the database; a closing tab): there is nothing to keep it for.
  if (!db.isOpen()) return;
  await db.meta.put({ key: META_KEY, value: sealed });
}

function isSnapshot(value: unknown): value is RegisterSnapshot & { format: number } {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<RegisterSnapshot> & { format?: unknown };
  return (
    candidate.format === SNAPSHOT_FORMAT &&
    typeof candidate.generation === 'string' &&
    typeof candidate.total === 'number' &&
    Array.isArray(candidate.rows) &&
    Array.isArray(candidate.distinctions)
  );
}

/**
 * The stored snapshot, or null when there is none, the device is locked, it was sealed with another key
 * (a replaced data key) or a patient was written since it was built. Never throws: without a snapshot the
 * register simply waits for its live read.
 */
export async function readRegisterSnapshot(db: TijdigDb): Promise<RegisterSnapshot | null> {
  const key = currentDataKey();
  const generation = readPatientsGeneration(db.name);
  if (!key || generation === null) return null;
  try {
    const sealed = (await db.meta.get(META_KEY))?.value;
    if (!ArrayBuffer.isView(sealed)) return null;
    const bytes = new Uint8Array(sealed.buffer, sealed.byteOffset, sealed.byteLength);
    const opened = parseOpened(await decryptRecordAsync(key, 'meta', META_KEY, bytes));
    // Checked again after the awaits: a write meanwhile makes this snapshot one generation old.
    if (!isSnapshot(opened) || opened.generation !== readPatientsGeneration(db.name)) return null;
    const { format: _format, ...snapshot } = opened;
    return snapshot;
  } catch {
    return null;
  }
}
