/**
 * Two-factor sign-in (TOTP, RFC 6238): the messages of the server's second-step, enrolment, reset and
 * practice-setting endpoints. Codes are checked on the server only.
 */
import { z } from 'zod';
import { sessionInfoSchema } from './accounts';

/** Ten one-time recovery codes are handed out at enrolment, shown once. */
export const RECOVERY_CODE_COUNT = 10;

/** Six digits; spaces a user types from the app's display ("123 456") are ignored. */
export const totpCodeSchema = z
  .string()
  .transform((value) => value.replace(/\s/g, ''))
  .pipe(z.string().regex(/^\d{6}$/, 'twoFactor.codeFormat'));

/** A recovery code as shown (`ABCDE-FGHJK`); case, spaces and dashes are ignored. */
export const recoveryCodeSchema = z
  .string()
  .max(40)
  .transform((value) => value.replace(/[\s-]/g, '').toUpperCase())
  .pipe(z.string().regex(/^[A-Z2-7]{10}$/, 'twoFactor.recoveryCodeFormat'));

/** What sign-in needs next after a correct password: a code, or enrolment first. */
export const SECOND_FACTOR_STEPS = ['verify', 'enrol'] as const;
export type SecondFactorStep = (typeof SECOND_FACTOR_STEPS)[number];

/** The 202 answer to a correct password when a second step follows (a short-lived challenge cookie is set). */
export const secondFactorChallengeSchema = z.object({
  step: z.enum(SECOND_FACTOR_STEPS),
  expiresAt: z.iso.datetime(),
});
export type SecondFactorChallenge = z.infer<typeof secondFactorChallengeSchema>;

/** The second step: a code from the authenticator app, or one recovery code instead. */
export const secondFactorVerifySchema = z.union([
  z.object({ code: totpCodeSchema }),
  z.object({ recoveryCode: recoveryCodeSchema }),
]);
export type SecondFactorVerify = z.input<typeof secondFactorVerifySchema>;

export const twoFactorStatusSchema = z.object({
  isEnrolled: z.boolean(),
  /** Beheerder, specialist PZ, or the practice requires it for everyone. */
  isRequired: z.boolean(),
  /** This session was confirmed with a code (needed for beheer and the audit log). */
  isGivenThisSession: z.boolean(),
  recoveryCodesLeft: z.int().nonnegative(),
});
export type TwoFactorStatus = z.infer<typeof twoFactorStatusSchema>;

export const enrolmentStartSchema = z.object({
  /** Base32 secret, for typing into an app by hand. */
  secret: z.string(),
  /** otpauth://totp/... for the QR code. */
  uri: z.string(),
  expiresAt: z.iso.datetime(),
});
export type EnrolmentStart = z.infer<typeof enrolmentStartSchema>;

export const enrolmentConfirmSchema = z.object({ code: totpCodeSchema });

export const enrolmentDoneSchema = z.object({
  recoveryCodes: z.array(z.string()).length(RECOVERY_CODE_COUNT),
  /** Present when enrolment completed a sign-in (the session starts now). */
  session: sessionInfoSchema.optional(),
});
export type EnrolmentDone = z.infer<typeof enrolmentDoneSchema>;

export const practiceSettingsSchema = z.object({
  /** "Tweestapsverificatie verplicht voor iedereen"; beheerders and specialists PZ need it regardless. */
  requiresTwoFactor: z.boolean(),
});
export type PracticeSettings = z.infer<typeof practiceSettingsSchema>;

/** Members of the team view: whether each has a second factor set up. */
export const memberTwoFactorSchema = z.object({
  members: z.array(z.object({ userId: z.uuid(), isEnrolled: z.boolean() })),
});
export type MemberTwoFactor = z.infer<typeof memberTwoFactorSchema>;
