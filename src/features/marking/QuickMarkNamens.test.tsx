import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { listMarkingEvents } from '../../db';
import type { IsoDate } from '../../domain';
import { useNamensStore } from '../../state/namens-store';
import { testAuthClient } from '../../test/auth-client';
import { patientRow, TEST_SESSION } from '../../test/factories';
import { renderApp } from '../../test/render';

const GP = { userId: '0190f0e2-7c4a-7000-8000-00000000a0a1', name: 'Hanna Bakker' };
const els = patientRow({
  givenName: 'Els',
  namePrefix: '',
  familyName: 'Bakker',
  birthDate: '1939-12-01' as IsoDate,
});

beforeEach(() => {
  // The default test session (src/test/setup.ts) is a POH.
  useNamensStore.setState({ last: null });
});

/** Opens quick-mark, chooses Els Bakker, answers "Nee" and fills in the GP who marks. */
async function startMarking() {
  const auth = testAuthClient({ huisartsen: vi.fn().mockResolvedValue({ huisartsen: [GP] }) });
  const app = await renderApp('/patienten', [els], { auth });
  await app.user.click(await screen.findByRole('button', { name: 'Snel markeren' }));
  const dialog = await screen.findByRole('dialog', { name: 'Snel markeren' });
  await app.user.keyboard('Bakker');
  await app.user.click(await within(dialog).findByRole('option', { name: /^Bakker, Els/ }));
  await app.user.click(within(dialog).getByRole('radio', { name: 'Nee' }));
  await app.user.type(within(dialog).getByLabelText(/^Gemarkeerd door/), 'Hanna Bakker');
  return { ...app, dialog };
}

describe('quick-mark by a POH', () => {
  it('refuses to mark until she chooses the huisarts, with a Dutch message next to the field', async () => {
    const { user, db, dialog } = await startMarking();
    await user.click(within(dialog).getByRole('button', { name: 'Markeren' }));
    const select = within(dialog).getByRole('combobox', { name: 'Namens huisarts' });
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription(
      /Kies namens welke huisarts u dit medische besluit vastlegt\./,
    );
    expect(await listMarkingEvents(db, els.id)).toEqual([]);
    expect(await db.checklistResults.count()).toBe(0);
  });

  it('marks namens the chosen huisarts, and offers the same huisarts for the next patient', async () => {
    const { user, db, dialog } = await startMarking();
    const select = within(dialog).getByRole('combobox', { name: 'Namens huisarts' });
    await within(dialog).findByRole('option', { name: 'Hanna Bakker' });
    await user.selectOptions(select, 'Hanna Bakker');
    await user.click(within(dialog).getByRole('button', { name: 'Markeren' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Els Bakker is gemarkeerd');
    const [event] = await listMarkingEvents(db, els.id);
    expect(event?.onBehalfOf).toEqual({ ...GP, recordedBy: TEST_SESSION.user.name });

    await user.click(within(dialog).getByRole('button', { name: 'Sluiten' }));
    await user.click(screen.getByRole('button', { name: 'Snel markeren' }));
    const next = await screen.findByRole('dialog', { name: 'Snel markeren' });
    await user.keyboard('Anna de Wit');
    await user.click(await within(next).findByRole('option', { name: 'Nieuwe patiënt: Anna de Wit' }));
    expect(within(next).getByRole('combobox', { name: 'Namens huisarts' })).toHaveDisplayValue(
      'Hanna Bakker',
    );
  });
});
