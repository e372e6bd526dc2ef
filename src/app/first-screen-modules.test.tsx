/**
 * The first screen's bundle holds only what an unlocked start shows: the lock screen, the sign-out dialog
 * and the page for a device that holds another account's data load on demand (size.initial-js). Each
 * module is wrapped to record when it is first imported; it still works once asked for.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { patientRow } from '../test/factories';
import { renderApp } from '../test/render';

const loaded = vi.hoisted(() => new Set<string>());

vi.mock('../features/lock/LockScreen', async (importActual) => {
  loaded.add('LockScreen');
  return importActual();
});
vi.mock('../features/sync/SignOutDialog', async (importActual) => {
  loaded.add('SignOutDialog');
  return importActual();
});
vi.mock('../features/sync/DeviceTakenPage', async (importActual) => {
  loaded.add('DeviceTakenPage');
  return importActual();
});

describe('the first screen of an unlocked device', () => {
  it('shows the register without loading the lock screen, the sign-out dialog or the device-taken page', async () => {
    await renderApp('/patienten', [patientRow({ givenName: 'Anna', namePrefix: '', familyName: 'Jansen' })]);
    expect(await screen.findByRole('link', { name: /Jansen/ })).toBeInTheDocument();
    expect([...loaded]).toEqual([]);
  });

  it('loads the sign-out dialog when it is asked for', async () => {
    await renderApp('/patienten', []);
    await userEvent.click(await screen.findByRole('button', { name: 'Afmelden' }));
    expect(await screen.findByRole('dialog', { name: 'Afmelden op dit apparaat' })).toBeInTheDocument();
    expect(loaded.has('SignOutDialog')).toBe(true);
  });
});
