/**
 * Reading the Bundle's text safely: a size limit before parsing and a depth limit before any schema walks
 * it (zod recurses, and a deeply nested value would exhaust the stack), then one entry at a time, so one bad
 * entry is reported on its own instead of rejecting the whole Bundle.
 */
import { bundleSchema, entrySchema, type AnyResource } from './import-schemas';

/** Larger than any PZP Bundle (a full plan exports to about 60 kB), small enough to read at once. */
export const MAX_BUNDLE_CHARACTERS = 5_000_000;
/** A PZP Bundle nests about ten levels deep; nested provisions a few more. */
export const MAX_DEPTH = 40;

export const PZP_IMPORT_ERRORS = [
  'fhir.notJson',
  'fhir.notBundle',
  'fhir.malformedBundle',
  'fhir.tooLarge',
  'fhir.tooDeep',
  'fhir.unreadable',
] as const;
export type PzpImportError = (typeof PZP_IMPORT_ERRORS)[number];

export interface InputEntry {
  /** The entry's place in the Bundle, for the report. */
  index: number;
  fullUrl?: string | undefined;
  resource: AnyResource;
}

export type ParsedInput =
  { ok: true; entries: InputEntry[]; invalid: number[] } | { ok: false; error: PzpImportError };

/** Whether a JSON value nests deeper than `max`, walked without recursion. */
export function isTooDeep(value: unknown, max: number): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined || typeof item.value !== 'object' || item.value === null) continue;
    if (item.depth >= max) return true;
    for (const child of Object.values(item.value)) stack.push({ value: child, depth: item.depth + 1 });
  }
  return false;
}

export function parseInput(json: unknown): ParsedInput {
  let input = json;
  if (typeof json === 'string') {
    if (json.length > MAX_BUNDLE_CHARACTERS) return { ok: false, error: 'fhir.tooLarge' };
    try {
      input = JSON.parse(json) as unknown;
    } catch {
      return { ok: false, error: 'fhir.notJson' };
    }
  }
  if (
    typeof input !== 'object' ||
    input === null ||
    (input as { resourceType?: unknown }).resourceType !== 'Bundle'
  )
    return { ok: false, error: 'fhir.notBundle' };
  if (isTooDeep(input, MAX_DEPTH)) return { ok: false, error: 'fhir.tooDeep' };
  const parsed = bundleSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: 'fhir.malformedBundle' };
  const entries: InputEntry[] = [];
  const invalid: number[] = [];
  (parsed.data.entry ?? []).forEach((entry, index) => {
    const read = entrySchema.safeParse(entry);
    if (read.success) entries.push({ index, fullUrl: read.data.fullUrl, resource: read.data.resource });
    else invalid.push(index);
  });
  return { ok: true, entries, invalid };
}
