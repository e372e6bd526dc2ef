/**
 * The pages an external specialist PZ works with. Their device holds only what their invitations allow,
 * but the practice's own pages (register, care plans, MDO planning, Overzicht) are not meant for them at
 * all, so any other address leads back to their invitations.
 */
const SPECIALIST_PATHS = ['/uitnodigingen', '/instellingen', '/synchronisatie'];

export function isOpenToSpecialist(pathname: string): boolean {
  return SPECIALIST_PATHS.some((path) => pathname === path || pathname.startsWith(`${path}/`));
}
