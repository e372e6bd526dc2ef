/**
 * The key vault's schema is a lazy chunk (security/vault-record.ts). When it cannot be fetched, the lock
 * screen says in Dutch that it needs a connection, and nothing on the device is lost.
 */
import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { TijdigDb } from '../../db';
import { newSalt, passwordKey, toBase64, wrapDataKey } from '../../security/wrap';
import { useLockStore } from '../../state/lock-store';
import { patientRow, TEST_SESSION } from '../../test/factories';
import { renderApp } from '../../test/render';
import { TEST_DATA_KEY } from '../../test/setup';

// As a browser does when a dynamically imported chunk cannot be fetched.
vi.mock('../../security/vault-schema', () => {
  throw new TypeError('Failed to fetch dynamically imported module');
});

const PATIENT = patientRow({ familyName: 'Vermeulen-Vault' });
const PASSWORD = 'een lang wachtwoord';

/** The vault an earlier visit stored, which PASSWORD opens (written without its schema, which cannot load here). */
async function vaultOpenedBy(password: string) {
  const salt = newSalt();
  const iterations = 1;
  const key = await passwordKey(password, salt, iterations);
  const wrapped = await wrapDataKey(TEST_DATA_KEY.slice(), key, TEST_SESSION.user.id, 'password');
  return {
    version: 1,
    userId: TEST_SESSION.user.id,
    byPassword: { salt: toBase64(salt), iterations, wrapped },
    byServer: null,
  };
}

beforeEach(() => {
  useLockStore.getState().reset();
});

describe('a key vault whose schema does not load', () => {
  it('asks for a connection at the lock screen and keeps the vault and the rows', async () => {
    const db = new TijdigDb(`vault-missing-${crypto.randomUUID()}`);
    await db.open();
    // With its schema loaded, the right password would open this vault offline.
    const vault = await vaultOpenedBy(PASSWORD);
    await db.meta.put({ key: 'keyVault', value: vault });
    const app = await renderApp('/patienten', [PATIENT], { db });
    expect(await screen.findByText(/Vermeulen-Vault/)).toBeInTheDocument();

    await app.user.click(await screen.findByRole('button', { name: 'Vergrendelen' }));
    await screen.findByRole('heading', { level: 1, name: 'Tijdig is vergrendeld' });
    await app.user.type(screen.getByLabelText('Wachtwoord'), PASSWORD);
    await app.user.click(screen.getByRole('button', { name: 'Ontgrendelen' }));

    expect(
      await screen.findByText(
        'Op dit apparaat kan het wachtwoord nog niet zonder internet worden gecontroleerd. Maak verbinding met internet om te ontgrendelen.',
      ),
    ).toBeInTheDocument();
    await waitFor(() => {
      expect(screen.getByLabelText('Wachtwoord')).toBeEnabled();
    });
    expect((await db.meta.get('keyVault'))?.value).toEqual(vault);
    expect(await db.patients.count()).toBe(1);
    expect(useLockStore.getState().isLocked).toBe(true);
  });
});
