/**
 * Fields a mutation carries beside a record's own, never stored: `$resolvesConflict` (conflict.ts) and
 * `$onBehalfOf`. Their names begin with `$`, which no record field does. No imports: the pull reader's
 * worker strips them too (src/db/rebase.ts).
 */

/**
 * The "namens" of what a change removes. A decision taken out of a list (an other limit), or a care plan
 * deleted with its decisions, leaves no item to carry the attribution, so a POH's device sends the
 * huisarts here, beside the changed fields (medical-change.ts, server/src/sync/authorise.ts).
 */
export const REMOVAL_ON_BEHALF_FIELD = '$onBehalfOf';

/** A mutation's changed fields without its protocol fields. */
export function withoutProtocolFields(changed: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(changed).filter(([field]) => !field.startsWith('$')));
}
