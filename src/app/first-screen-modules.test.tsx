/**
 * The first screen's bundle holds only what an unlocked start shows: the lock screen, the sign-out dialog,
 * the page for a device that holds another account's data and the update banner load on demand
 * (size.initial-js). Each
 * module is wrapped to record when it is first imported; it still works once asked for.
 */
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { claimDevice, TijdigDb } from '../db';
import { useAppUpdateStore } from '../state/app-update-store';
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
vi.mock('./UpdateBanner', async (importActual) => {
  loaded.add('UpdateBanner');
  return importActual();
});

// In this order: a module once loaded stays loaded for the file, so the first test must come before any
// test that asks for one (the file's tests are never shuffled).
describe('the first screen of an unlocked device', { shuffle: false }, () => {
  it('shows the register without the lock screen, sign-out dialog, device-taken page or update banner', async () => {
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

  it("loads the page for a device that holds another account's data, with its texts", async () => {
    const db = new TijdigDb(`taken-${crypto.randomUUID()}`);
    await db.open();
    await claimDevice(db, '0193a000-0000-7000-8000-0000000000ff');
    try {
      await renderApp('/patienten', [], { db });
      expect(
        await screen.findByRole('heading', {
          level: 1,
          name: 'Dit apparaat bevat gegevens van een andere gebruiker',
        }),
      ).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Apparaat wissen en doorgaan' })).toBeInTheDocument();
      expect(loaded.has('DeviceTakenPage')).toBe(true);
    } finally {
      db.close();
      await db.delete();
    }
  });

  it('loads the update banner once a new version is offered', async () => {
    useAppUpdateStore.setState({ isUpdateWaiting: false, isDismissed: false, activateUpdate: null });
    await renderApp('/patienten', []);
    act(() => {
      useAppUpdateStore.getState().offerUpdate(() => Promise.resolve());
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Er is een nieuwe versie van Tijdig beschikbaar.',
    );
    expect(loaded.has('UpdateBanner')).toBe(true);
  });
});
