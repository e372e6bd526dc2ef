import { render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { Role, SessionInfo } from '../domain';
import { testSession } from '../test/auth-client';
import { useStartAddress } from './useStartAddress';

function Shell({ session }: { session: SessionInfo }) {
  useStartAddress(session);
  return <p>{useLocation().pathname}</p>;
}

/** The address the app shows after starting at `path`, with nothing rendered behind the lock. */
async function addressAfterStart(path: string, role: Role): Promise<string> {
  render(
    <MemoryRouter initialEntries={[path]}>
      <Shell session={testSession(role)} />
    </MemoryRouter>,
  );
  return (await screen.findByText(/^\//)).textContent;
}

describe('the start address, while the device is still opening', () => {
  it.each([
    ['huisarts', '/patienten'],
    ['specialist-pz', '/uitnodigingen'],
    ['beheerder', '/beheer'],
    ['poh', '/patienten'],
  ] as const)('leads a %s to %s', async (role, address) => {
    expect(await addressAfterStart('/', role)).toBe(address);
  });

  it('leaves any other address as it is', async () => {
    expect(await addressAfterStart('/mdo', 'huisarts')).toBe('/mdo');
  });
});
