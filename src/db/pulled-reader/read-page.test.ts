import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, SYNC_ENTITIES, type SyncChange, type SyncEntity } from '../../domain';
import { patientRow } from '../../test/factories';
import { openRecord } from '../encryption/record-cipher';
import {
  readPulledPage,
  readPulledPageAndForgetKey,
  WHOLE_TASK,
  type PageToRead,
  type TableOfEntity,
} from './read-page';

type Row = Record<string, unknown>;

const KEY = new Uint8Array(32).fill(7);

/** Every kind in a table named after it, keyed by `id`; `patient` in the app's encrypted `patients`. */
const TABLES = Object.fromEntries(
  SYNC_ENTITIES.map((entity) => [entity, { name: entity, keyPath: 'id' }]),
) as Record<SyncEntity, TableOfEntity>;
TABLES.patient = { name: 'patients', keyPath: 'id' };

const changeOf = (data: Row, rev: number): SyncChange => ({
  entity: 'patient',
  recordId: String(data.id),
  rev,
  seq: rev,
  isDeleted: false,
  data,
});

const pageOf = (changes: unknown[], overrides: Partial<PageToRead> = {}): PageToRead => ({
  changes,
  dataVersion: SCHEMA_VERSION,
  edits: new Map(),
  dataKey: KEY,
  tables: TABLES,
  ...overrides,
});

describe('reading a pulled page', () => {
  it('seals each valid record for its table and key, so the write stores exactly what was pulled', async () => {
    const anna = patientRow({ givenName: 'Anna' });

    const read = await readPulledPage(pageOf([changeOf(anna, 3)]), WHOLE_TASK);

    expect(read.invalid).toEqual([]);
    const [row] = read.rows;
    expect(row).toMatchObject({ rev: 3, entity: 'patient', recordId: anna.id, data: null });
    expect(row?.row).toEqual(anna);
    expect(openRecord(KEY, 'patients', anna.id, row?.sealed ?? new Uint8Array())).toEqual(anna);
  });

  it("puts this device's unsent edits on top and keeps the record as pulled beside it", async () => {
    const anna = patientRow({ givenName: 'Anna', familyName: 'Jansen' });
    const edits = new Map([[`patient:${anna.id}`, [{ changed: { familyName: 'De Vries' } }]]]);

    const read = await readPulledPage(pageOf([changeOf(anna, 4)], { edits }), WHOLE_TASK);

    const [row] = read.rows;
    expect(row?.row).toEqual({ ...anna, familyName: 'De Vries' });
    expect(row?.data).toEqual(anna);
    expect(openRecord(KEY, 'patients', anna.id, row?.sealed ?? new Uint8Array())).toMatchObject({
      familyName: 'De Vries',
    });
  });

  it('lists a record that fails its schema by its place in the page, with where it broke, and stores nothing of it', async () => {
    const valid = patientRow();
    const broken = { ...patientRow(), registerColour: 'paars' };

    const read = await readPulledPage(pageOf([changeOf(valid, 1), changeOf(broken, 2), 'geen record']));

    expect(read.rows.map((row) => row.recordId)).toEqual([valid.id]);
    expect(read.invalid.map(({ index }) => index)).toEqual([1, 2]);
    expect(read.invalid[0]?.issues).toContainEqual(expect.objectContaining({ path: 'data.registerColour' }));
  });

  it('leaves sealing to the write without a data key, and for a table that is not encrypted or has no single key', async () => {
    const anna = patientRow();
    const locked = await readPulledPage(pageOf([changeOf(anna, 1)], { dataKey: null }));
    const plain = await readPulledPage(
      pageOf([changeOf(anna, 1)], { tables: { ...TABLES, patient: { name: 'meta', keyPath: 'id' } } }),
    );
    const compound = await readPulledPage(
      pageOf([changeOf(anna, 1)], { tables: { ...TABLES, patient: { name: 'patients', keyPath: null } } }),
    );

    for (const read of [locked, plain, compound]) {
      expect(read.rows[0]?.row).toEqual(anna);
      expect(read.rows[0]?.sealed).toBeNull();
    }
  });

  it("overwrites the worker's copy of the data key once the page is sealed, also when reading fails", async () => {
    const anna = patientRow();
    const copy = KEY.slice();

    const read = await readPulledPageAndForgetKey(pageOf([changeOf(anna, 1)], { dataKey: copy }));

    expect(copy.every((byte) => byte === 0)).toBe(true);
    expect(openRecord(KEY, 'patients', anna.id, read.rows[0]?.sealed ?? new Uint8Array())).toEqual(anna);

    const failing = KEY.slice();
    const unreadable = pageOf([changeOf(anna, 1)], { dataKey: failing, tables: {} as PageToRead['tables'] });
    await expect(readPulledPageAndForgetKey(unreadable)).rejects.toThrow();
    expect(failing.every((byte) => byte === 0)).toBe(true);
  });
});
