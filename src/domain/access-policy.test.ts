import { describe, expect, it } from 'vitest';
import {
  actingRole,
  actionOf,
  hasClinicalRole,
  isMedicalDecision,
  isPermitted,
  mayRead,
  medicalDecisionMode,
  type AccessAction,
} from './access-policy';
import type { Role } from './author';
import { SYNC_ENTITIES, type SyncEntity } from './sync';

type Cell = [Role, SyncEntity, AccessAction, boolean];

/** The whole-record cells of the default policy (change without groups: "some change"). */
const MATRIX: Cell[] = [
  ['huisarts', 'patient', 'create', true],
  ['huisarts', 'carePlan', 'delete', true],
  ['huisarts', 'conflict', 'read', true],
  ['huisarts', 'conflict', 'change', false],
  ['poh', 'meeting', 'create', true],
  ['poh', 'specialistInvitation', 'delete', true],
  ['poh', 'mdoAction', 'change', true],
  ['wijkverpleegkundige', 'patient', 'read', true],
  ['wijkverpleegkundige', 'patient', 'create', false],
  ['wijkverpleegkundige', 'patient', 'change', false],
  ['wijkverpleegkundige', 'markingEvent', 'create', false],
  ['wijkverpleegkundige', 'checklistResult', 'create', true],
  ['wijkverpleegkundige', 'checklistResult', 'delete', true],
  ['wijkverpleegkundige', 'agendaItem', 'create', true],
  ['wijkverpleegkundige', 'agendaItem', 'delete', false],
  ['wijkverpleegkundige', 'carePlan', 'create', false],
  ['wijkverpleegkundige', 'carePlanVersion', 'create', true],
  ['wijkverpleegkundige', 'meeting', 'change', false],
  ['wijkverpleegkundige', 'specialist', 'create', false],
  ['specialist-pz', 'patient', 'read', true],
  ['specialist-pz', 'patient', 'change', false],
  ['specialist-pz', 'markingEvent', 'read', false],
  ['specialist-pz', 'mdoAction', 'read', false],
  ['beheerder', 'patient', 'read', false],
  ['beheerder', 'carePlan', 'read', false],
  ['beheerder', 'conflict', 'read', false],
  ['beheerder', 'checklistDefinition', 'create', true],
  ['beheerder', 'specialist', 'change', true],
];

describe('the access matrix', () => {
  it.each(MATRIX)('%s may %s… %s %s: %s', (role, entity, action, expected) => {
    expect(isPermitted({ roles: [role], entity, action })).toBe(expected);
  });

  it('lets nobody write conflicts, which only the server makes', () => {
    for (const action of ['create', 'change', 'delete'] as const) {
      expect(isPermitted({ roles: ['huisarts', 'poh', 'beheerder'], entity: 'conflict', action })).toBe(
        false,
      );
    }
  });

  it('gives a beheerder-only account no patient record kind to read', () => {
    const readable = SYNC_ENTITIES.filter((entity) => mayRead(['beheerder'], entity));
    expect(readable).toEqual(['checklistDefinition', 'specialist']);
  });
});

describe('field groups', () => {
  const change = (role: Role, entity: SyncEntity, groups: string[]) =>
    isPermitted({ roles: [role], entity, action: 'change', groups });

  it.each([
    ['medicationAndAids', true],
    ['lichamelijk', true],
    ['mantelzorg', true],
    ['vptz', true],
    ['limitReanimatie', false],
    ['treatmentGoal', false],
    ['regiebehandelaar', false],
    ['establishment', false],
  ])('a wijkverpleegkundige changing the care plan group %s: %s', (group, expected) => {
    expect(change('wijkverpleegkundige', 'carePlan', [group])).toBe(expected);
  });

  it('refuses a change when one of its groups is not granted', () => {
    expect(change('wijkverpleegkundige', 'carePlan', ['vptz', 'limitReanimatie'])).toBe(false);
  });

  it('lets a wijkverpleegkundige mark any action done but change only their own otherwise', () => {
    expect(change('wijkverpleegkundige', 'mdoAction', ['status'])).toBe(true);
    expect(change('wijkverpleegkundige', 'mdoAction', ['what'])).toBe(false);
    expect(
      isPermitted({
        roles: ['wijkverpleegkundige'],
        entity: 'mdoAction',
        action: 'change',
        groups: ['what'],
        isOwn: true,
      }),
    ).toBe(true);
  });

  it('lets a specialist change only the status and the advice of their own invitation', () => {
    const request = {
      roles: ['specialist-pz'] as Role[],
      entity: 'specialistInvitation' as const,
      action: 'change' as const,
    };
    expect(isPermitted({ ...request, groups: ['status'], isOwn: true })).toBe(true);
    expect(isPermitted({ ...request, groups: ['advice'], isOwn: true })).toBe(true);
    expect(isPermitted({ ...request, groups: ['status'], isOwn: false })).toBe(false);
    expect(isPermitted({ ...request, groups: ['advice'], isOwn: false })).toBe(false);
    expect(isPermitted({ ...request, groups: ['validity'], isOwn: true })).toBe(false);
  });

  it.each(['huisarts', 'poh', 'wijkverpleegkundige', 'beheerder'] as const)(
    'lets a %s read but never write the advice of a specialist',
    (role) => {
      const request = { roles: [role], entity: 'specialistInvitation' as const, groups: ['advice'] };
      expect(isPermitted({ ...request, action: 'change', isOwn: true })).toBe(false);
      expect(mayRead([role], 'specialistInvitation')).toBe(role !== 'beheerder');
    },
  );

  it('lets the kernteam still invite, move and answer for a specialist', () => {
    const request = { roles: ['poh'] as Role[], entity: 'specialistInvitation' as const };
    expect(isPermitted({ ...request, action: 'change', groups: ['target', 'status'] })).toBe(true);
    expect(isPermitted({ ...request, action: 'create' })).toBe(true);
  });
});

describe('several roles', () => {
  it('allows what any of the roles allows', () => {
    expect(isPermitted({ roles: ['beheerder', 'huisarts'], entity: 'patient', action: 'create' })).toBe(true);
    expect(mayRead(['beheerder', 'wijkverpleegkundige'], 'carePlan')).toBe(true);
    expect(hasClinicalRole(['beheerder'])).toBe(false);
    expect(hasClinicalRole(['beheerder', 'poh'])).toBe(true);
  });

  it('acts in the first clinical role', () => {
    expect(actingRole(['beheerder', 'huisarts'])).toBe('huisarts');
    expect(actingRole(['beheerder'])).toBe('beheerder');
  });
});

describe('medical decisions', () => {
  it.each([
    ['markingEvent', 'event', true],
    ['markingEvent', 'deletion', true],
    ['patient', 'marking', true],
    ['patient', 'status', false],
    ['carePlan', 'limitReanimatie', true],
    ['carePlan', 'otherLimits', true],
    ['carePlan', 'treatmentGoal', true],
    ['carePlan', 'euthanasia', true],
    ['carePlan', 'preferredPlaceOfDeath', false],
    ['carePlan', 'medicationAndAids', false],
  ] as const)('%s.%s is a medical decision: %s', (entity, group, expected) => {
    expect(isMedicalDecision(entity, group)).toBe(expected);
  });

  it.each([
    [['huisarts'], 'self'],
    [['poh'], 'onBehalf'],
    [['poh', 'huisarts'], 'self'],
    [['wijkverpleegkundige'], 'never'],
    [['beheerder'], 'never'],
    [['specialist-pz'], 'never'],
  ] as const)('roles %j record them: %s', (roles, mode) => {
    expect(medicalDecisionMode(roles)).toBe(mode);
  });
});

describe('the action of a mutation', () => {
  it.each([
    ['put', false, ['name'], 'create'],
    ['put', true, ['name'], 'change'],
    ['put', true, ['deletion'], 'delete'],
    ['delete', true, [], 'delete'],
  ] as const)('%s of a record that exists=%s touching %j is a %s', (op, exists, groups, action) => {
    expect(actionOf(op, exists, groups)).toBe(action);
  });
});
