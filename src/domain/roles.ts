/**
 * The roles an account can hold, as plain data. Kept apart from the zod schemas that use them (author.ts,
 * accounts.ts) so the first screen can ask about roles without loading zod.
 */
export const ROLES = ['huisarts', 'poh', 'wijkverpleegkundige', 'specialist-pz', 'beheerder'] as const;
export type Role = (typeof ROLES)[number];

/** Every role of an account, an invitation or a session, also from a server that sends only `role`. */
export function allRolesOf(holder: { role: Role; roles?: readonly Role[] | undefined }): readonly Role[] {
  return holder.roles ?? [holder.role];
}
