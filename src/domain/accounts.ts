/**
 * Accounts, practices and invitations: the messages of the server's account endpoints. Passwords are
 * only checked for length here; the server hashes them and never returns them.
 */
import { z } from 'zod';
import { CLINICAL_ROLES } from './access-policy';
import { ROLES, type Role } from './roles';
import { onBehalfOfSchema } from './on-behalf';
import { isoDateTimeSchema } from './date-schemas';

/** Roles a beheerder may give through an invitation; external specialists get `specialist-pz`. */
export const INVITABLE_ROLES = ROLES;

const name = z.string().trim().min(1, 'required').max(120, 'text.tooLong');
const email = z
  .email('email.invalid')
  .max(200, 'text.tooLong')
  .transform((value) => value.toLowerCase());
/** Long passphrases beat complexity rules (NCSC / NIST 800-63B): at least 12 characters, at most 200. */
const password = z.string().min(12, 'password.tooShort').max(200, 'text.tooLong');

export const setupRequestSchema = z.object({
  practiceName: name,
  name,
  email,
  password,
  /**
   * The first user is the beheerder; this is their clinical role besides (null: none, then the account
   * sees no patient data). Absent reads as null, for clients from before the question.
   */
  clinicalRole: z.enum(CLINICAL_ROLES, 'required').nullable().default(null),
});
export type SetupRequest = z.infer<typeof setupRequestSchema>;

export const loginRequestSchema = z.object({ email, password: z.string().min(1, 'required').max(200) });
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionInfoSchema = z.object({
  user: z.object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.enum(ROLES),
    /** Every role the account holds (e.g. huisarts and beheerder); absent means just `role`. */
    roles: z.array(z.enum(ROLES)).optional(),
    /** A device several people share (e.g. the tablet in the meeting room): shorter idle timeout. */
    isSharedDevice: z.boolean(),
  }),
  practice: z.object({ id: z.uuid(), name: z.string() }),
  idleTimeoutMinutes: z.int().positive(),
});
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const setupStatusSchema = z.object({ isSetUp: z.boolean() });

/** Why a set of roles cannot be one account's, as an error code; undefined when it can. */
export function roleCombinationIssue(roles: readonly Role[]): string | undefined {
  if (roles.length === 0) return 'required';
  if (new Set(roles).size !== roles.length) return 'roles.duplicate';
  // An external specialist sees only their invitations; no other role may widen or narrow that.
  if (roles.includes('specialist-pz') && roles.length > 1) return 'roles.specialistAlone';
  if (roles.filter((role) => (CLINICAL_ROLES as readonly Role[]).includes(role)).length > 1)
    return 'roles.oneClinical';
  return undefined;
}

/**
 * The roles an invitation gives: one clinical role, beheerder, or both (a huisarts who is also
 * beheerder); a specialist PZ never holds another role. Devices from before `roles` send only `role`.
 */
export function invitedRoles(request: {
  role?: Role | undefined;
  roles?: readonly Role[] | undefined;
}): Role[] {
  const roles = request.roles ?? (request.role ? [request.role] : []);
  // The first role is the membership's own `role` column; a clinical one goes first, as in acting.
  return [...roles].sort((a, b) => Number(a === 'beheerder') - Number(b === 'beheerder'));
}

export const invitationCreateSchema = z
  .object({
    /** The single role of devices from before several roles; ignored when `roles` is present. */
    role: z.enum(INVITABLE_ROLES, 'required').optional(),
    roles: z.array(z.enum(INVITABLE_ROLES, 'required')).max(ROLES.length).optional(),
    name,
    email,
    isSharedDevice: z.boolean().default(false),
    /** How long the link stays usable. */
    validDays: z.int().min(1).max(30).default(7),
  })
  .superRefine((request, context) => {
    const issue = roleCombinationIssue(invitedRoles(request));
    if (issue) context.addIssue({ code: 'custom', path: ['roles'], message: issue });
  });
export type InvitationCreate = z.infer<typeof invitationCreateSchema>;

export const invitationCreatedSchema = z.object({
  id: z.uuid(),
  /** The one-time secret; only its hash is stored, so it is shown once. */
  token: z.string(),
  /** App path that opens the acceptance page, e.g. `/uitnodiging#<token>` (the token never reaches a server log). */
  path: z.string(),
  expiresAt: isoDateTimeSchema,
});
export type InvitationCreated = z.infer<typeof invitationCreatedSchema>;

/** Every role of an account or invitation (e.g. huisarts and beheerder); absent means just `role`. */
const rolesField = z.array(z.enum(ROLES)).min(1).optional();

export { allRolesOf } from './roles';

export const invitationInfoSchema = z.object({
  practiceName: z.string(),
  role: z.enum(ROLES),
  roles: rolesField,
  name: z.string(),
  email: z.string(),
});
export type InvitationInfo = z.infer<typeof invitationInfoSchema>;

export const invitationAcceptSchema = z.object({ token: z.string().min(20).max(200), name, password });
export type InvitationAccept = z.infer<typeof invitationAcceptSchema>;

export const memberSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  roles: rolesField,
  isSharedDevice: z.boolean(),
  createdAt: isoDateTimeSchema,
});
export type Member = z.infer<typeof memberSchema>;

export const pendingInvitationSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: z.enum(ROLES),
  roles: rolesField,
  expiresAt: isoDateTimeSchema,
});
export type PendingInvitation = z.infer<typeof pendingInvitationSchema>;

export const teamSchema = z.object({
  members: z.array(memberSchema),
  invitations: z.array(pendingInvitationSchema),
});
export type Team = z.infer<typeof teamSchema>;

/** The practice's specialist PZ accounts, which every kernteam member may list (not only the beheerder). */
export const specialistAccountsSchema = z.object({ members: z.array(memberSchema) });
export type SpecialistAccounts = z.infer<typeof specialistAccountsSchema>;

/** The practice's huisartsen, whom a POH names when recording a medical decision namens one of them. */
export const huisartsenSchema = z.object({ huisartsen: z.array(onBehalfOfSchema) });
export type Huisartsen = z.infer<typeof huisartsenSchema>;
