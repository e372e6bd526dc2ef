/**
 * The longest text the care plan accepts at a form path (e.g. `acuteAgreements.text`,
 * `lichamelijk.actions.0.what`), read from the plan's own schema so the form can show the limit before a
 * text is refused, and can never disagree with the check on saving.
 */
import type { z } from 'zod';
import { carePlanFieldsSchema } from './care-plan';

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** Steps through optional, nullable and default wrappers to the schema that holds the value. */
function unwrapped(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let def = defOf(current); def.innerType; def = defOf(current)) current = def.innerType;
  return current;
}

/** The maximum length of the text at `path`, or null when the path holds no limited text. */
export function carePlanTextLimit(path: string): number | null {
  let schema: z.ZodType | undefined = carePlanFieldsSchema;
  for (const segment of path.split('.')) {
    if (!schema) return null;
    const def = defOf(unwrapped(schema));
    if (def.type === 'object') schema = def.shape?.[segment];
    else if (def.type === 'array' && /^\d+$/.test(segment)) schema = def.element;
    else return null;
  }
  if (!schema) return null;
  const leaf = unwrapped(schema) as unknown as { maxLength?: number | null };
  return typeof leaf.maxLength === 'number' ? leaf.maxLength : null;
}
