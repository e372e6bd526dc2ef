import { act, screen, waitFor } from '@testing-library/react';
import { Dexie } from 'dexie';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { clearDataKey, createPatient, currentDataKey, TijdigDb } from '../../db';
import { openAtSignIn } from '../../security/key-vault';
import { randomBytes, toBase64 } from '../../security/wrap';
import { useLockStore } from '../../state/lock-store';
import { useSessionStore } from '../../state/session-store';
import { testAuthClient, type TestAuthClient } from '../../test/auth-client';
import { patientFields, patientRow, TEST_SESSION } from '../../test/factories';
import { renderApp, type RenderedApp } from '../../test/render';
import { ApiFailure } from '../../sync/api-client';
import { serverKeysOf } from './server-keys';

const PASSWORD = 'een lang wachtwoord';
const PATIENT = patientRow({ familyName: 'Vermeulen-Lock' });

/** A server that holds one device key for this account (the endpoint's behaviour is tested on the server). */
function authWithDeviceKey(): TestAuthClient {
  const key = { key: toBase64(randomBytes(32)) };
  return testAuthClient({
    deviceKey: vi.fn().mockResolvedValue(key),
    makeDeviceKey: vi.fn().mockResolvedValue(key),
  });
}

/** The register, signed in with the password on this device (the vault exists), unlocked. */
async function signedInApp(auth: TestAuthClient = testAuthClient(), db?: TijdigDb): Promise<RenderedApp> {
  if (db) return renderApp('/patienten', [], { auth, db });
  // As on a real device: the vault (and its data key) exists before any patient row is written with it.
  const fresh = new TijdigDb(`lock-${crypto.randomUUID()}`);
  await fresh.open();
  await openAtSignIn(fresh, TEST_SESSION.user.id, PASSWORD, serverKeysOf(auth));
  return renderApp('/patienten', [PATIENT], { auth, db: fresh });
}

function keptKey(): Uint8Array {
  const key = currentDataKey();
  if (!key) throw new Error('locked');
  return new Uint8Array(key);
}

async function lockNow(app: RenderedApp): Promise<void> {
  await app.user.click(await screen.findByRole('button', { name: 'Vergrendelen' }));
  await screen.findByRole('heading', { level: 1, name: 'Tijdig is vergrendeld' });
}

async function tryPassword(app: RenderedApp, password: string): Promise<void> {
  await app.user.type(screen.getByLabelText('Wachtwoord'), password);
  await app.user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
  // Done when the field takes input again, or is gone because the app opened.
  await waitFor(() => {
    expect(screen.queryByLabelText('Wachtwoord') ?? document.body).toBeEnabled();
  });
}

beforeEach(() => {
  useLockStore.getState().reset();
});

describe('the device lock', () => {
  it('says once, above the app, that a lost key took unsent changes with it, until the user has read it', async () => {
    useLockStore.getState().noteLostKey(2);
    const app = await signedInApp();
    const notice = await screen.findByRole('alert');
    expect(notice).toHaveTextContent('De gegevens op dit apparaat worden opnieuw opgehaald');
    expect(notice).toHaveTextContent(
      '2 wijzigingen die de server nog niet had, zijn daarbij verloren gegaan.',
    );
    await app.user.click(screen.getByRole('button', { name: 'Begrepen' }));
    expect(screen.queryByText(/opnieuw opgehaald/)).not.toBeInTheDocument();
    expect(useLockStore.getState().lostChanges).toBeNull();
  });

  it('hides every patient detail behind the lock screen, which says who is signed in, and drops the key', async () => {
    const app = await signedInApp();
    expect(await screen.findByText(/Vermeulen-Lock/)).toBeInTheDocument();
    await lockNow(app);
    expect(screen.getByText('Aangemeld als Petra Ouwens, Huisartsenpraktijk De Linde.')).toBeInTheDocument();
    expect(screen.queryByText(/Vermeulen-Lock/)).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(currentDataKey()).toBeNull();
  });

  it('refuses a wrong password in Dutch, counts it and stays locked; the right one restores the key', async () => {
    const app = await signedInApp();
    const key = keptKey();
    await lockNow(app);
    await tryPassword(app, 'geen goed wachtwoord');
    expect(
      screen.getByText('Dit wachtwoord klopt niet. Nog 4 pogingen voordat dit apparaat wordt gewist.'),
    ).toBeInTheDocument();
    expect(useLockStore.getState().failedTries).toBe(1);
    expect(currentDataKey()).toBeNull();
    await tryPassword(app, PASSWORD);
    expect(await screen.findByText(/Vermeulen-Lock/)).toBeInTheDocument();
    expect(keptKey()).toEqual(key);
    expect(useLockStore.getState().failedTries).toBe(0);
  });

  it('keeps the lock and the try counter over a reload, without opening silently', async () => {
    const auth = authWithDeviceKey();
    const app = await signedInApp(auth);
    await lockNow(app);
    await tryPassword(app, 'fout een');
    await tryPassword(app, 'fout twee');
    app.unmount();
    await signedInApp(auth, app.db);
    expect(await screen.findByRole('heading', { name: 'Tijdig is vergrendeld' })).toBeInTheDocument();
    await tryPassword(app, 'fout drie');
    expect(screen.getByText(/Nog 2 pogingen/)).toBeInTheDocument();
    expect(auth.deviceKey).not.toHaveBeenCalled();
  });

  it('shows the lock screen first at start, and the login page once the server refuses the session', async () => {
    const auth = authWithDeviceKey();
    const app = await signedInApp(auth);
    await lockNow(app);
    await tryPassword(app, 'fout een');
    app.unmount();
    let refuse: (error: unknown) => void = () => undefined;
    auth.currentSession.mockReturnValue(new Promise((_, reject) => (refuse = reject)));
    await signedInApp(auth, app.db);
    expect(await screen.findByRole('heading', { name: 'Tijdig is vergrendeld' })).toBeInTheDocument();
    refuse(new ApiFailure(401, 'unauthenticated'));
    expect(await screen.findByRole('button', { name: 'Inloggen' })).toBeInTheDocument();
    expect(screen.queryByText(/Vermeulen-Lock/)).not.toBeInTheDocument();
    // Refused is not wiped: the rows and the lock's count stay, as the README's device-lock rules say.
    expect(await app.db.patients.count()).toBe(1);
    expect(useLockStore.getState().failedTries).toBe(1);
  });

  it("opens silently at start with the server's key when nobody locked it", async () => {
    const auth = authWithDeviceKey();
    const app = await signedInApp(auth);
    const key = keptKey();
    app.unmount();
    clearDataKey();
    await signedInApp(auth, app.db);
    expect(await screen.findByText(/Vermeulen-Lock/)).toBeInTheDocument();
    expect(keptKey()).toEqual(key);
    expect(auth.deviceKey).toHaveBeenCalled();
  });

  it('shows the lock screen at start when the server cannot release the key (offline)', async () => {
    const app = await signedInApp();
    app.unmount();
    clearDataKey();
    await signedInApp(testAuthClient(), app.db);
    expect(await screen.findByRole('heading', { name: 'Tijdig is vergrendeld' })).toBeInTheDocument();
    expect(screen.queryByText(/Vermeulen-Lock/)).not.toBeInTheDocument();
  });

  it('warns before the last try with the unsynced count, and wipes the device at the fifth', async () => {
    const app = await signedInApp();
    await createPatient(app.db, patientFields({ familyName: 'Eerste' }), new Date());
    await createPatient(app.db, patientFields({ familyName: 'Tweede' }), new Date());
    await lockNow(app);
    for (const attempt of [1, 2, 3]) await tryPassword(app, `fout ${attempt}`);
    expect(screen.queryByText(/na nog één verkeerd wachtwoord/)).not.toBeInTheDocument();
    await tryPassword(app, 'fout 4');
    const warning = screen.getByRole('alert');
    expect(warning).toHaveTextContent(
      'Let op: na nog één verkeerd wachtwoord worden alle gegevens van Tijdig op dit apparaat gewist.',
    );
    expect(warning).toHaveTextContent('2 wijzigingen staan nog niet op de server.');
    expect(await Dexie.exists(app.db.name)).toBe(true);
    await app.user.type(screen.getByLabelText('Wachtwoord'), 'fout 5');
    await app.user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));
    await waitFor(async () => {
      expect(await Dexie.exists(app.db.name)).toBe(false);
    });
    expect(useSessionStore.getState().session).toBeNull();
    expect(useLockStore.getState().failedTries).toBe(0);
  });

  it('unlocks online by signing in again after the password was changed elsewhere, and re-wraps', async () => {
    const auth = authWithDeviceKey();
    const app = await signedInApp(auth);
    const key = keptKey();
    await lockNow(app);
    auth.login.mockResolvedValue(TEST_SESSION);
    await tryPassword(app, 'het nieuwe wachtwoord');
    expect(await screen.findByText(/Vermeulen-Lock/)).toBeInTheDocument();
    expect(auth.login).toHaveBeenCalledWith({
      email: TEST_SESSION.user.email,
      password: 'het nieuwe wachtwoord',
    });
    expect(keptKey()).toEqual(key);
    await lockNow(app);
    auth.login.mockRejectedValue(new Error('unreachable'));
    await tryPassword(app, 'het nieuwe wachtwoord');
    expect(await screen.findByText(/Vermeulen-Lock/)).toBeInTheDocument();
  });

  it('locks a shared-device account after 5 minutes without activity', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    try {
      useSessionStore.setState({
        session: { ...TEST_SESSION, user: { ...TEST_SESSION.user, isSharedDevice: true } },
      });
      await signedInApp();
      expect(await screen.findByText(/Vermeulen-Lock/)).toBeInTheDocument();
      act(() => {
        vi.advanceTimersByTime(4 * 60_000);
      });
      expect(screen.getByText(/Vermeulen-Lock/)).toBeInTheDocument();
      act(() => {
        vi.advanceTimersByTime(61_000);
      });
      expect(await screen.findByRole('heading', { name: 'Tijdig is vergrendeld' })).toBeInTheDocument();
      expect(currentDataKey()).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
