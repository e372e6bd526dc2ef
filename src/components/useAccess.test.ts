import { act, renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Role } from '../domain';
import { useSessionStore } from '../state/session-store';
import { testSession } from '../test/auth-client';
import { hasBeheerderRole, useAccess } from './useAccess';

function accessAs(role: Role, roles?: Role[]) {
  useSessionStore.setState({ session: testSession(role, 'Anna de Wit', roles) });
  return renderHook(() => useAccess()).result.current;
}

describe('useAccess', () => {
  it.each([
    ['huisarts', true, false, 'self'],
    ['poh', true, false, 'onBehalf'],
    ['wijkverpleegkundige', true, false, 'never'],
    ['specialist-pz', true, false, 'never'],
    ['beheerder', false, true, 'never'],
  ] as const)('a %s: sees patient data %s, beheerder %s, decides %s', (role, sees, isBeheerder, mode) => {
    expect(accessAs(role)).toMatchObject({
      roles: [role],
      seesPatientData: sees,
      isBeheerder,
      decisionMode: mode,
    });
  });

  it('adds up the roles of an account that holds more than one', () => {
    const access = accessAs('beheerder', ['beheerder', 'huisarts']);
    expect(access).toMatchObject({
      roles: ['beheerder', 'huisarts'],
      seesPatientData: true,
      isBeheerder: true,
      decisionMode: 'self',
    });
  });

  it("offers a change only where the server's policy allows every field group of it", () => {
    const nurse = accessAs('wijkverpleegkundige');
    expect(nurse.mayChange('carePlan', ['vptz'])).toBe(true);
    expect(nurse.mayChange('carePlan', ['limitReanimatie'])).toBe(false);
    expect(nurse.mayChange('carePlan', ['vptz', 'limitReanimatie'])).toBe(false);
    expect(accessAs('huisarts').mayChange('carePlan', ['limitReanimatie'])).toBe(true);
  });

  it('answers as for a huisarts without a session', () => {
    useSessionStore.setState({ session: null });
    const { result } = renderHook(() => useAccess());
    expect(result.current).toMatchObject({
      roles: ['huisarts'],
      seesPatientData: true,
      isBeheerder: false,
      decisionMode: 'self',
    });
  });

  it('follows a switch of account without remounting', () => {
    useSessionStore.setState({ session: testSession('huisarts') });
    const { result } = renderHook(() => useAccess());
    expect(result.current.seesPatientData).toBe(true);
    act(() => {
      useSessionStore.setState({ session: testSession('beheerder') });
    });
    expect(result.current).toMatchObject({ seesPatientData: false, isBeheerder: true });
  });
});

describe('hasBeheerderRole', () => {
  it('finds the beheerder role as the only role or beside a clinical one', () => {
    expect(hasBeheerderRole(testSession('beheerder'))).toBe(true);
    expect(hasBeheerderRole(testSession('huisarts', 'Anna de Wit', ['huisarts', 'beheerder']))).toBe(true);
    expect(hasBeheerderRole(testSession('poh'))).toBe(false);
  });
});
