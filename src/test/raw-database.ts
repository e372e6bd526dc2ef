/**
 * Reads a device database as someone holding the disk would: a second Dexie handle without the app's
 * encryption middleware, every table, every stored value as it is.
 */
import { Dexie } from 'dexie';

export type RawTables = Record<string, Record<string, unknown>[]>;

export async function readRawTables(name: string): Promise<RawTables> {
  const raw = new Dexie(name);
  await raw.open();
  try {
    const entries = await Promise.all(
      raw.tables.map(
        async (table) => [table.name, (await table.toArray()) as Record<string, unknown>[]] as const,
      ),
    );
    return Object.fromEntries(entries);
  } finally {
    raw.close();
  }
}

/** All raw values as one searchable text; byte arrays decoded as UTF-8 so plaintext in them would show. */
export function rawText(tables: RawTables): string {
  const decoder = new TextDecoder('utf-8', { fatal: false });
  return JSON.stringify(tables, (_key, value: unknown) =>
    ArrayBuffer.isView(value)
      ? decoder.decode(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
      : value,
  );
}
