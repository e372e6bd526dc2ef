/** Which server refusals of a code belong next to the code field (the rest go next to the form). */
import type { z } from 'zod';

export const FIELD_FAILURES = new Set([
  'invalidCode',
  'codeReused',
  'invalidRecoveryCode',
  'tooManyCodes',
  'enrolmentExpired',
]);

/** The field's error code for a value the schema refuses (e.g. `twoFactor.codeFormat`), else undefined. */
export function formatIssueOf(schema: z.ZodType, value: string): string | undefined {
  const parsed = schema.safeParse(value);
  return parsed.success ? undefined : (parsed.error.issues[0]?.message ?? 'invalid');
}
