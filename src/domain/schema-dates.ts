/**
 * Which fields of a schema hold a calendar date, read from the schema itself: a form that shows dates as
 * dd-mm-jjjj converts exactly these, so a new date field is converted without anyone listing it.
 */
import type { z } from 'zod';
import { isoDateSchema } from './date-schemas';

/** The parts of zod's definition this walk reads. */
interface Def {
  type: string;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
}

const defOf = (schema: z.ZodType): Def => schema.def;

function collect(schema: z.ZodType, path: string, into: string[]): void {
  if (schema === (isoDateSchema as z.ZodType)) {
    into.push(path);
    return;
  }
  const def = defOf(schema);
  const child = (key: string) => (path === '' ? key : `${path}.${key}`);
  if (def.innerType) collect(def.innerType, path, into);
  if (def.in) collect(def.in, path, into);
  if (def.out) collect(def.out, path, into);
  if (def.element) collect(def.element, child('*'), into);
  for (const [key, field] of Object.entries(def.shape ?? {})) collect(field, child(key), into);
}

/**
 * The dotted paths of every ISO date (isoDateSchema, also nullable or optional) in `schema`; an array's items
 * are `*`, e.g. `lichamelijk.actions.*.due`.
 */
export function isoDatePaths(schema: z.ZodType): string[] {
  const paths: string[] = [];
  collect(schema, '', paths);
  return [...new Set(paths)];
}
