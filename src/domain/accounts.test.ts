import { describe, expect, it } from 'vitest';
import { invitationCreateSchema, invitedRoles, roleCombinationIssue } from './accounts';
import type { Role } from './author';

describe('roleCombinationIssue', () => {
  it.each<[Role[], string | undefined]>([
    [['huisarts'], undefined],
    [['beheerder'], undefined],
    [['huisarts', 'beheerder'], undefined],
    [['wijkverpleegkundige', 'beheerder'], undefined],
    [['specialist-pz'], undefined],
    [[], 'required'],
    [['poh', 'poh'], 'roles.duplicate'],
    [['specialist-pz', 'beheerder'], 'roles.specialistAlone'],
    [['poh', 'specialist-pz'], 'roles.specialistAlone'],
    [['huisarts', 'poh'], 'roles.oneClinical'],
  ])('%j gives %s', (roles, issue) => {
    expect(roleCombinationIssue(roles)).toBe(issue);
  });
});

describe('invitedRoles', () => {
  it.each<[{ role?: Role; roles?: Role[] }, Role[]]>([
    [{ role: 'poh' }, ['poh']],
    [{ roles: ['beheerder', 'huisarts'] }, ['huisarts', 'beheerder']],
    [{ role: 'poh', roles: ['huisarts'] }, ['huisarts']],
    [{}, []],
  ])('reads %j as %j (clinical role first)', (request, roles) => {
    expect(invitedRoles(request)).toEqual(roles);
  });
});

describe('invitationCreateSchema', () => {
  const base = { name: 'Petra Oh', email: 'Poh@DeLinde.nl' };

  it('accepts the single role of older devices and several roles of newer ones', () => {
    expect(invitationCreateSchema.safeParse({ ...base, role: 'poh' }).success).toBe(true);
    expect(invitationCreateSchema.safeParse({ ...base, roles: ['huisarts', 'beheerder'] }).success).toBe(
      true,
    );
  });

  it('refuses a specialist PZ with another role, under `roles`', () => {
    const result = invitationCreateSchema.safeParse({ ...base, roles: ['specialist-pz', 'beheerder'] });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['roles'], message: 'roles.specialistAlone' }),
    ]);
  });

  it('refuses an invitation without any role', () => {
    expect(invitationCreateSchema.safeParse(base).success).toBe(false);
  });
});
