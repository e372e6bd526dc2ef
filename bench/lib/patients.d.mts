// Types for patients.mjs, so the TypeScript query page can import the shared factory.
export function makePatients(count: number, options?: { seed?: number; markedShare?: number }): object[];
export function expectedRegisterSize(rows: readonly object[]): number;
