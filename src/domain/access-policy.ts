/**
 * The access policy of Tijdig, as data: which role may read, create, change or delete which record kind
 * (the sync entities), and which field groups of it. The sync server enforces it on every push and pull;
 * the app reads the same table to offer only what the signed-in account may do. An account may hold
 * several roles (a huisarts who is also beheerder); it may do what any of its roles may do.
 *
 * Medical decisions (marking, register colour, stervensfase, death, treatment limits, treatment goal,
 * euthanasia facts) belong to the huisarts. A POH records them only *namens* a named huisarts of the
 * practice; nobody else records them at all, whatever the table grants.
 *
 * The specialist PZ's narrower rules (only the status and the advice of their own open invitation; pull
 * limited to the invited items) are checked by the server with the invitation's data; the grant below is
 * the outline.
 */
import { ROLES, type Role } from './roles';
import type { SyncEntity } from './sync';

export const ACCESS_ACTIONS = ['read', 'create', 'change', 'delete'] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/** The field group that holds a record's soft-delete tombstone: setting it is a `delete`, not a `change`. */
export const DELETION_GROUP = 'deletion';

export interface Grant {
  entity: SyncEntity;
  actions: readonly AccessAction[];
  /** Limits `change` to these field groups; absent: every group. Create and delete are whole-record. */
  groups?: readonly string[];
  /** Only records the account itself created (the first version's author). */
  isOwnOnly?: boolean;
}

/** Record kinds of one patient's clinical file and of the MDO: what the kernteam works with. */
const KERNTEAM_ENTITIES: readonly SyncEntity[] = [
  'patient',
  'checklistResult',
  'markingEvent',
  'checklistDefinition',
  'meeting',
  'agendaItem',
  'carePlan',
  'carePlanVersion',
  'mdoAction',
  'specialist',
];

const ALL_ACTIONS = ACCESS_ACTIONS;
const everything = (entity: SyncEntity): Grant => ({ entity, actions: ALL_ACTIONS });
const readOnly = (entity: SyncEntity): Grant => ({ entity, actions: ['read'] });
/** The advice on an invitation ("Advies specialist PZ") is the invited specialist's alone. */
export const SPECIALIST_ADVICE_GROUP = 'advice';
/** The kernteam invites, moves and withdraws specialists; the advice they only read. */
const kernteamInvitations: Grant = {
  entity: 'specialistInvitation',
  actions: ALL_ACTIONS,
  groups: ['target', 'status', 'validity'],
};
/** Conflicts are written by the server only; every role that reads patient data reads them. */
const readConflicts: Grant = readOnly('conflict');

/** The care plan's nursing parts a wijkverpleegkundige writes. */
export const NURSING_CARE_PLAN_GROUPS = [
  'lichamelijk',
  'psychisch',
  'sociaal',
  'spiritueel',
  'medicationAndAids',
  'mantelzorg',
  'vptz',
] as const;

/** The default policy, per role. */
export const ACCESS_POLICY: Readonly<Record<Role, readonly Grant[]>> = {
  huisarts: [...KERNTEAM_ENTITIES.map(everything), kernteamInvitations, readConflicts],
  // As the huisarts; the medical decisions only namens a huisarts (see MEDICAL_DECISIONS).
  poh: [...KERNTEAM_ENTITIES.map(everything), kernteamInvitations, readConflicts],
  wijkverpleegkundige: [
    ...KERNTEAM_ENTITIES.map(readOnly),
    readOnly('specialistInvitation'),
    readConflicts,
    // Signals and the other checklists.
    everything('checklistResult'),
    // Nominating a patient for the MDO is a new agenda item.
    { entity: 'agendaItem', actions: ['create'] },
    { entity: 'carePlan', actions: ['change'], groups: NURSING_CARE_PLAN_GROUPS },
    // Each save of the plan keeps a version of it.
    { entity: 'carePlanVersion', actions: ['create'] },
    // Their own actions; any action may be marked done by whoever did it.
    { entity: 'mdoAction', actions: ['create', 'change', 'delete'], isOwnOnly: true },
    { entity: 'mdoAction', actions: ['change'], groups: ['status'] },
  ],
  'specialist-pz': [
    {
      entity: 'specialistInvitation',
      actions: ['read', 'change'],
      groups: ['status', SPECIALIST_ADVICE_GROUP],
      isOwnOnly: true,
    },
    ...(
      ['meeting', 'agendaItem', 'patient', 'checklistResult', 'checklistDefinition', 'carePlan'] as const
    ).map(readOnly),
  ],
  // Accounts, invitations, practice settings (the regional checklist cards, the specialist directory) and
  // the audit log, which are not synced records. No patient data by itself.
  beheerder: [everything('checklistDefinition'), everything('specialist')],
};

export interface MedicalDecision {
  entity: SyncEntity;
  group: string;
}

/** Treatment limits: the seven standard ones and the other limits. */
const LIMIT_GROUPS = [
  'limitReanimatie',
  'limitInvasieveBeademing',
  'limitIcOpname',
  'limitZiekenhuisopname',
  'limitAntibiotica',
  'limitBloedproducten',
  'limitIcdUitzetten',
  'otherLimits',
] as const;

/**
 * The medical decisions, as (record kind, field group) pairs. A marking event is one (marking, colour,
 * stervensfase, unmarking, death, and withdrawing one); the patient row's copy of the marking state is
 * another, so it cannot be written around the event.
 */
export const MEDICAL_DECISIONS: readonly MedicalDecision[] = [
  { entity: 'markingEvent', group: 'event' },
  { entity: 'markingEvent', group: DELETION_GROUP },
  { entity: 'patient', group: 'marking' },
  ...LIMIT_GROUPS.map((group) => ({ entity: 'carePlan' as const, group })),
  { entity: 'carePlan', group: 'treatmentGoal' },
  { entity: 'carePlan', group: 'euthanasia' },
];

/** Whether a field group of a record kind is a medical decision. */
export function isMedicalDecision(entity: SyncEntity, group: string): boolean {
  return MEDICAL_DECISIONS.some((decision) => decision.entity === entity && decision.group === group);
}

/** Roles that may record a medical decision themselves. */
export const DECIDING_ROLES: readonly Role[] = ['huisarts'];
/** Roles that may record a medical decision only namens a huisarts of the practice. */
export const ON_BEHALF_ROLES: readonly Role[] = ['poh'];

/** Roles that work with patient data; an account with none of them (a beheerder only) sees none. */
export const CLINICAL_ROLES = ['huisarts', 'poh', 'wijkverpleegkundige'] as const satisfies readonly Role[];
export type ClinicalRole = (typeof CLINICAL_ROLES)[number];

export interface AccessRequest {
  roles: readonly Role[];
  entity: SyncEntity;
  action: AccessAction;
  /** For `change`: the field groups the change writes (the deletion group is a `delete`). */
  groups?: readonly string[];
  /** Whether the record is the account's own (it created it). */
  isOwn?: boolean;
}

const grantsOf = (roles: readonly Role[]): Grant[] =>
  roles.filter((role) => ROLES.includes(role)).flatMap((role) => ACCESS_POLICY[role]);

function covers(grant: Grant, request: AccessRequest, group: string | undefined): boolean {
  if (grant.entity !== request.entity || !grant.actions.includes(request.action)) return false;
  if (grant.isOwnOnly && request.isOwn !== true) return false;
  if (request.action !== 'change' || group === undefined) return true;
  return grant.groups === undefined || grant.groups.includes(group);
}

/**
 * Whether any of the roles may do this, by the table alone. For a change, every group it writes must be
 * granted (by one grant or another). Medical decisions need `medicalDecisionMode` as well.
 */
export function isPermitted(request: AccessRequest): boolean {
  const grants = grantsOf(request.roles);
  const groups = request.action === 'change' ? (request.groups ?? []) : [];
  if (groups.length === 0) return grants.some((grant) => covers(grant, request, undefined));
  return groups.every((group) => grants.some((grant) => covers(grant, request, group)));
}

/** Whether the roles may read a record kind at all (the pull and record reads filter by it). */
export function mayRead(roles: readonly Role[], entity: SyncEntity): boolean {
  return isPermitted({ roles, entity, action: 'read', isOwn: true });
}

/** The record kinds the roles may read. */
export function readableEntities(roles: readonly Role[], entities: readonly SyncEntity[]): SyncEntity[] {
  return entities.filter((entity) => mayRead(roles, entity));
}

/** Whether the roles see patient data at all (a beheerder-only account does not). */
export function hasClinicalRole(roles: readonly Role[]): boolean {
  return roles.some((role) => (CLINICAL_ROLES as readonly Role[]).includes(role));
}

/**
 * How these roles may record a medical decision: `self` (their own decision), `onBehalf` (only namens a
 * huisarts of the practice) or `never`.
 */
export function medicalDecisionMode(roles: readonly Role[]): 'self' | 'onBehalf' | 'never' {
  if (roles.some((role) => DECIDING_ROLES.includes(role))) return 'self';
  if (roles.some((role) => ON_BEHALF_ROLES.includes(role))) return 'onBehalf';
  return 'never';
}

/**
 * The action a device mutation asks for on one record: a put of a record the server does not have is a
 * create, a delete (or setting the tombstone group) is a delete, anything else is a change.
 */
export function actionOf(op: 'put' | 'delete', exists: boolean, groups: readonly string[]): AccessAction {
  if (op === 'delete' || (exists && groups.includes(DELETION_GROUP))) return 'delete';
  return exists ? 'change' : 'create';
}

/** The role the account acts in for authorship and the audit log: its first clinical role, if any. */
export function actingRole(roles: readonly Role[]): Role | undefined {
  return roles.find((role) => (CLINICAL_ROLES as readonly Role[]).includes(role)) ?? roles[0];
}
