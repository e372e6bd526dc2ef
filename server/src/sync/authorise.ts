/**
 * Applies the access policy (src/domain/access-policy.ts) to one device mutation, inside the push
 * transaction. The answer is either a refusal (the mutation comes back `rejected` with reason `forbidden`,
 * with the field path and code when a "namens" is wrong) or the change to apply, with every medical
 * decision it writes attributed by the server:
 * - a huisarts decides themselves: any `onBehalfOf` the device sent is cleared;
 * - a POH must name a huisarts of the practice: the server stores that huisarts's id and name as it
 *   knows them (never the name a device sent);
 * - anyone else may not write a medical decision at all.
 * A medical fact the change does not alter keeps the attribution stored with it.
 */
import {
  actionOf,
  attributeDecision,
  DELETION_GROUP,
  groupsTouched,
  isMedicalDecision,
  isPermitted,
  medicalDecisionMode,
  medicalGroupsWritten,
  REMOVAL_ON_BEHALF_FIELD,
  SPECIALIST_ADVICE_GROUP,
  SYNC_ENTITY_DEFINITIONS,
  type AccessRequest,
  type AttributionResolver,
  type Mutation,
  type OnBehalfOf,
  type SyncEntity,
} from '../../../src/domain';
import type { Actor } from '../auth/actor';
import type { Queryable } from '../store/db';
import { isSameJson } from './equal';
import { isInvitationWindowOpen } from './invitation-window';
import type { StoredRecord } from './records';

type Row = Record<string, unknown>;

export interface AuthoriseInput {
  actor: Actor;
  mutation: Mutation;
  /** The record as stored (undefined: the server has never seen it). */
  current: StoredRecord | undefined;
  /** The mutation's changed fields, without protocol fields such as a conflict resolution. */
  changed: Row;
  /** The group of the open conflict the mutation resolves, if any: deciding it is writing it. */
  resolvesGroup?: string | null;
  /** The "namens" the device claims for the decisions the change removes (REMOVAL_ON_BEHALF_FIELD). */
  removalClaim?: unknown;
  now: Date;
}

export interface Refusal {
  ok: false;
  issues?: { path: string; code: string }[];
}
export type Authorisation =
  | {
      ok: true;
      changed: Row;
      /**
       * The huisarts namens whom the change writes a medical decision, for the audit log; null when it
       * writes none or the actor decided themselves. (Decisions in one change namens two huisartsen name
       * the first.)
       */
      onBehalf?: OnBehalfOf | null;
    }
  | Refusal;

const REFUSED: Refusal = { ok: false };

/** The fields a specialist may send for their invitation: the answer and the advice (its stamps the server sets). */
const SPECIALIST_FIELDS = new Set(['status', 'advice', 'adviceBy', 'adviceAt']);

/**
 * A specialist PZ may only answer their own invitations: accept or decline one that is theirs (by account),
 * not withdrawn and inside the window the server derives from its meeting (invitation-window.ts), and write
 * their advice on it while it is not declined, changing nothing else.
 */
async function isSpecialistAnswer(tx: Queryable, input: AuthoriseInput): Promise<boolean> {
  const { actor, mutation, current, changed, now } = input;
  if (mutation.entity !== 'specialistInvitation' || mutation.op !== 'put' || current === undefined)
    return false;
  const { specialistUserId, deletedAt } = current.data;
  const fields = Object.keys(changed);
  const writesAdvice = fields.some((field) => field !== 'status');
  const status = 'status' in changed ? changed.status : current.data.status;
  return (
    typeof specialistUserId === 'string' &&
    specialistUserId === actor.userId &&
    deletedAt === null &&
    fields.length > 0 &&
    fields.every((field) => SPECIALIST_FIELDS.has(field)) &&
    !(writesAdvice && status === 'declined') &&
    (await isInvitationWindowOpen(tx, actor.practiceId, current.data, now))
  );
}

/**
 * Whether a new invitation comes with advice already written: the advice is the specialist's alone, so
 * whoever invites them creates it empty (a change of it the policy's groups already refuse).
 */
function isCreatedWithAdvice(input: AuthoriseInput): boolean {
  const { mutation, current, changed } = input;
  if (mutation.entity !== 'specialistInvitation' || current !== undefined) return false;
  const advice = changed.advice;
  return (typeof advice === 'string' && advice.trim() !== '') || !!changed.adviceBy || !!changed.adviceAt;
}

/** Whether the account created the record (its first stored version is theirs). */
async function isCreatedBy(
  tx: Queryable,
  actor: Actor,
  entity: SyncEntity,
  recordId: string,
): Promise<boolean> {
  const [row] = await tx.query<{ user_id: string }>(
    `SELECT user_id FROM record_versions
      WHERE practice_id = $1 AND entity = $2 AND record_id = $3 ORDER BY rev LIMIT 1`,
    [actor.practiceId, entity, recordId],
  );
  return row?.user_id === actor.userId;
}

/** The practice's huisartsen by account id, with their names. */
export async function huisartsenOf(db: Queryable, practiceId: string): Promise<Map<string, string>> {
  const rows = await db.query<{ id: string; name: string }>(
    `SELECT u.id, u.name FROM memberships m JOIN users u ON u.id = m.user_id
      WHERE m.practice_id = $1 AND (m.role = 'huisarts' OR 'huisarts' = ANY(m.extra_roles))`,
    [practiceId],
  );
  return new Map(rows.map((row) => [row.id, row.name]));
}

/** How a claimed "namens" is judged, per the account's roles. */
async function resolverFor(
  tx: Queryable,
  actor: Actor,
  mode: 'self' | 'onBehalf',
): Promise<AttributionResolver<OnBehalfOf> & { codeOf: (claimed: unknown) => string }> {
  if (mode === 'self') return Object.assign(() => ({ ok: true as const, value: null }), { codeOf: () => '' });
  const huisartsen = await huisartsenOf(tx, actor.practiceId);
  const userIdOf = (claimed: unknown) =>
    typeof claimed === 'object' && claimed !== null && 'userId' in claimed ? claimed.userId : undefined;
  const resolve = (claimed: unknown) => {
    const userId = userIdOf(claimed);
    const name = typeof userId === 'string' ? huisartsen.get(userId) : undefined;
    return name !== undefined && typeof userId === 'string'
      ? { ok: true as const, value: { userId, name, recordedBy: actor.userName } }
      : { ok: false as const };
  };
  const codeOf = (claimed: unknown) =>
    userIdOf(claimed) === undefined ? 'onBehalfOf.required' : 'onBehalfOf.notHuisarts';
  return Object.assign(resolve, { codeOf });
}

/** Attributes the medical decisions a change writes; keeps the stored attribution of those it only touches. */
async function attributeMedical(
  tx: Queryable,
  input: AuthoriseInput,
  groups: readonly string[],
  isDecidedDeletion: boolean,
): Promise<Authorisation> {
  const { actor, mutation, current, changed } = input;
  const { fieldGroups } = SYNC_ENTITY_DEFINITIONS[mutation.entity];
  const before = current?.data;
  const proposed = { ...before, ...changed };
  const written = medicalGroupsWritten(mutation.entity, fieldGroups, before, proposed, groups);
  if (isDecidedDeletion && !written.includes(DELETION_GROUP)) written.push(DELETION_GROUP);
  const mode = medicalDecisionMode(actor.roles);
  if (written.length > 0 && mode === 'never') return REFUSED;
  const resolver = written.length > 0 && mode !== 'never' ? await resolverFor(tx, actor, mode) : undefined;
  // The huisarts the first written decision is attributed to, for the audit row.
  let onBehalf: OnBehalfOf | null = null;
  const resolve =
    resolver &&
    Object.assign(
      (claimed: unknown) => {
        const resolved = resolver(claimed);
        if (resolved.ok) onBehalf ??= resolved.value;
        return resolved;
      },
      { codeOf: resolver.codeOf },
    );
  let next: Row = { ...changed };
  for (const group of groups.filter((g) => isMedicalDecision(mutation.entity, g))) {
    if (!written.includes(group) || resolve === undefined) {
      // Not a new decision: the stored attribution stays (or none, on a new record).
      const keep: AttributionResolver<OnBehalfOf> = () => ({ ok: true, value: null });
      const kept = before
        ? {
            ok: true as const,
            fields: Object.fromEntries((fieldGroups[group] ?? []).map((f) => [f, before[f]])),
          }
        : attributeDecision(mutation.entity, group, fieldGroups, before, proposed, keep);
      if (kept.ok) next = { ...next, ...kept.fields };
      continue;
    }
    const attributed = attributeDecision(
      mutation.entity,
      group,
      fieldGroups,
      before,
      proposed,
      resolve,
      input.removalClaim,
    );
    if (!attributed.ok) {
      const claimed =
        attributed.path === REMOVAL_ON_BEHALF_FIELD
          ? input.removalClaim
          : attributed.path
              .split('.')
              .reduce<unknown>((value, key) => (value as Row | undefined)?.[key], proposed);
      return { ok: false, issues: [{ path: attributed.path, code: resolve.codeOf(claimed) }] };
    }
    next = { ...next, ...attributed.fields };
  }
  return { ok: true, changed: next, onBehalf };
}

/** Whether the policy allows the mutation's action on the record (asking who created it only when that matters). */
async function isActionPermitted(tx: Queryable, input: AuthoriseInput, groups: string[]): Promise<boolean> {
  const { actor, mutation, current } = input;
  const action = actionOf(mutation.op, current !== undefined, groups);
  const request: AccessRequest = {
    roles: actor.roles,
    entity: mutation.entity,
    action,
    groups: groups.filter((group) => group !== DELETION_GROUP),
    // What an account creates is its own.
    isOwn: current === undefined,
  };
  if (isPermitted(request)) return true;
  if (current === undefined || !isPermitted({ ...request, isOwn: true })) return false;
  return isCreatedBy(tx, actor, mutation.entity, mutation.recordId);
}

/** The advice fields and their value on an invitation stored before the advice existed. */
const ADVICE_DEFAULTS: Row = { advice: '', adviceBy: null, adviceAt: null };

/**
 * A kernteam change without the advice fields that repeat what is stored: a device fills in the advice
 * defaults on an invitation stored before the advice existed, which writes no advice.
 */
function withoutUnchangedAdvice(input: AuthoriseInput): Row {
  const { mutation, current, changed } = input;
  if (mutation.entity !== 'specialistInvitation' || current === undefined) return changed;
  return Object.fromEntries(
    Object.entries(changed).filter(
      ([field, value]) =>
        !(field in ADVICE_DEFAULTS) || !isSameJson(value, current.data[field] ?? ADVICE_DEFAULTS[field]),
    ),
  );
}

/** Decides one mutation by the access policy; see the module comment. */
export async function authorise(tx: Queryable, original: AuthoriseInput): Promise<Authorisation> {
  const { actor } = original;
  if (actor.role === 'specialist-pz') {
    // Their answer may settle a conflict only on what they answer (its status, their advice).
    const { resolvesGroup } = original;
    const isOwnGroup =
      !resolvesGroup || resolvesGroup === 'status' || resolvesGroup === SPECIALIST_ADVICE_GROUP;
    return isOwnGroup && (await isSpecialistAnswer(tx, original))
      ? { ok: true, changed: original.changed }
      : REFUSED;
  }
  const input = { ...original, changed: withoutUnchangedAdvice(original) };
  const { mutation, changed } = input;
  const definition = SYNC_ENTITY_DEFINITIONS[mutation.entity];
  const groups = groupsTouched(definition, Object.keys(changed));
  // A resolution that keeps the stored value changes no field, yet it settles its group: the policy must
  // grant writing that group (a wijkverpleegkundige closes no conflict on "niet reanimeren").
  const { resolvesGroup } = input;
  const decides = resolvesGroup && !groups.includes(resolvesGroup) ? [...groups, resolvesGroup] : groups;
  if (isCreatedWithAdvice(input) || !(await isActionPermitted(tx, input, decides))) return REFUSED;
  const removal = await attributeRemovedDecisions(tx, input, groups);
  if (!removal.ok) return removal;
  // Deleting a record whose deletion is itself a decision (withdrawing a marking event) is that decision,
  // whether or not the device sent the tombstone fields with it.
  const deletes = mutation.op === 'delete' && isMedicalDecision(mutation.entity, DELETION_GROUP);
  const attributed = await attributeMedical(
    tx,
    input,
    deletes ? [...new Set([...groups, DELETION_GROUP])] : groups,
    deletes,
  );
  return attributed.ok ? { ...attributed, onBehalf: attributed.onBehalf ?? removal.onBehalf } : attributed;
}

/**
 * Deleting a care plan takes its decisions with it (the limits, the goal, the euthanasia facts): for a POH
 * a decision namens a huisarts like any other, named in the change's removal claim (there is no field left
 * to carry it). A plan without decisions is deleted like any record.
 */
async function attributeRemovedDecisions(
  tx: Queryable,
  input: AuthoriseInput,
  groups: readonly string[],
): Promise<{ ok: true; onBehalf: OnBehalfOf | null } | Refusal> {
  const { actor, mutation, current } = input;
  const isDeletion = actionOf(mutation.op, current !== undefined, groups) === 'delete';
  if (!isDeletion || mutation.entity !== 'carePlan' || current === undefined)
    return { ok: true, onBehalf: null };
  const { fieldGroups } = SYNC_ENTITY_DEFINITIONS.carePlan;
  const held = medicalGroupsWritten(
    'carePlan',
    fieldGroups,
    undefined,
    current.data,
    Object.keys(fieldGroups),
  );
  if (held.length === 0) return { ok: true, onBehalf: null };
  const mode = medicalDecisionMode(actor.roles);
  if (mode === 'never') return REFUSED;
  const resolve = await resolverFor(tx, actor, mode);
  const decided = resolve(input.removalClaim);
  return decided.ok
    ? { ok: true, onBehalf: decided.value }
    : { ok: false, issues: [{ path: REMOVAL_ON_BEHALF_FIELD, code: resolve.codeOf(input.removalClaim) }] };
}
