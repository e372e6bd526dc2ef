/**
 * The account forms' schemas: the domain's request schemas plus what only a form has (the repeated
 * password, the number of days as typed text, empty filters). Messages are error codes, shown in Dutch
 * by the fields.
 */
import { z } from 'zod';
import {
  AUDIT_ACTIONS,
  AUDIT_OUTCOMES,
  CLINICAL_ROLES,
  INVITABLE_ROLES,
  invitationAcceptSchema,
  invitationCreateSchema,
  invitedRoles,
  isoDateSchema,
  roleCombinationIssue,
  setupRequestSchema,
  type AuditQuery,
} from '../../domain';

const repeatedPassword = { passwordRepeat: z.string() };
const isSamePasswordTwice = (values: { password: string; passwordRepeat: string }) =>
  values.password === values.passwordRepeat;
const mismatch = { path: ['passwordRepeat'], message: 'password.mismatch' };

/** The first user's clinical role as the form asks it: one of the clinical roles, or `none` (beheer only). */
export const NO_CLINICAL_ROLE = 'none';
export const setupFormSchema = setupRequestSchema
  .extend({
    ...repeatedPassword,
    clinicalRole: z
      .enum([...CLINICAL_ROLES, NO_CLINICAL_ROLE], 'required')
      .transform((role) => (role === NO_CLINICAL_ROLE ? null : role)),
  })
  .refine(isSamePasswordTwice, mismatch);
export type SetupFormValues = z.input<typeof setupFormSchema>;

export const acceptFormSchema = invitationAcceptSchema
  .pick({ name: true, password: true })
  .extend(repeatedPassword)
  .refine(isSamePasswordTwice, mismatch);
export type AcceptFormValues = z.input<typeof acceptFormSchema>;

const validDays = z
  .string()
  .trim()
  .regex(/^\d{1,2}$/, 'validDays.range')
  .transform(Number)
  .pipe(z.int().min(1, 'validDays.range').max(30, 'validDays.range'));

/**
 * A new invitation as the form asks it: one role from the list, and "ook beheerder" to add beheer to it
 * (a huisarts who also manages the team). Out as the request: `roles`, plus `role` (the first) for a
 * server from before several roles.
 */
export const inviteFormSchema = z
  .object({
    name: invitationCreateSchema.shape.name,
    email: invitationCreateSchema.shape.email,
    // The select starts at "Kies…" (an empty value), which is refused as `required`.
    role: z.string().pipe(z.enum(INVITABLE_ROLES, 'required')),
    isAlsoBeheerder: z.boolean(),
    isSharedDevice: z.boolean(),
    validDays,
  })
  .transform(({ role, isAlsoBeheerder, ...rest }) => {
    const roles = invitedRoles({
      roles: isAlsoBeheerder && role !== 'beheerder' ? [role, 'beheerder'] : [role],
    });
    return { ...rest, role: roles[0], roles };
  })
  .superRefine((request, context) => {
    const issue = roleCombinationIssue(request.roles);
    if (issue) context.addIssue({ code: 'custom', path: ['isAlsoBeheerder'], message: issue });
  });
export type InviteFormValues = z.input<typeof inviteFormSchema>;

const optionalDate = z.string().refine((value) => value === '' || isoDateSchema.safeParse(value).success, {
  message: 'date.invalid',
});

/** Audit filters as entered (empty means "any"), out as the query the server takes. */
export const auditFilterSchema = z
  .object({
    from: optionalDate,
    to: optionalDate,
    userName: z.string().trim().max(120, 'text.tooLong'),
    action: z.enum(['', ...AUDIT_ACTIONS]),
    outcome: z.enum(['', ...AUDIT_OUTCOMES]),
    patientId: z
      .string()
      .trim()
      .refine((value) => value === '' || z.uuid().safeParse(value).success, 'patientId.invalid'),
  })
  .refine((values) => values.from === '' || values.to === '' || values.from <= values.to, {
    path: ['to'],
    message: 'dateRange.invalid',
  })
  .transform((values): Partial<AuditQuery> => {
    const query: Partial<AuditQuery> = {};
    if (values.from !== '') query.from = values.from;
    if (values.to !== '') query.to = values.to;
    if (values.userName !== '') query.userName = values.userName;
    if (values.action !== '') query.action = values.action;
    if (values.outcome !== '') query.outcome = values.outcome;
    if (values.patientId !== '') query.patientId = values.patientId;
    return query;
  });
export type AuditFilterValues = z.input<typeof auditFilterSchema>;
