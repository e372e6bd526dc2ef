import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getPatient } from '../../db';
import { useSessionStore } from '../../state/session-store';
import { testAuthClient } from '../../test/auth-client';
import { patientRow, TEST_SESSION } from '../../test/factories';
import { renderApp } from '../../test/render';

const GP = { userId: '0190f0e2-7c4a-7000-8000-00000000a0a1', name: 'Hanna Bakker' };

beforeEach(() => {
  useSessionStore.setState({ session: TEST_SESSION });
});

describe('a POH marking a patient', () => {
  it('records the marking only namens a huisarts chosen from the practice', async () => {
    const patient = patientRow();
    const auth = testAuthClient({ huisartsen: vi.fn().mockResolvedValue({ huisartsen: [GP] }) });
    const { user, db } = await renderApp(`/patienten/${patient.id}`, [patient], { auth });
    const section = await screen.findByRole('region', { name: 'Markering' });
    await user.click(within(section).getByRole('button', { name: 'Markeren palliatieve fase' }));
    await user.type(within(section).getByLabelText(/^Gemarkeerd door/), 'Hanna Bakker');
    await user.click(within(section).getByRole('radio', { name: 'Indicatoren' }));
    await user.click(within(section).getByRole('radio', { name: /^Oranje/ }));
    await user.click(within(section).getByRole('button', { name: 'Opslaan' }));
    const select = within(section).getByRole('combobox', { name: 'Namens huisarts' });
    expect(select).toHaveAccessibleDescription(/Kies namens welke huisarts/);
    expect(await db.markingEvents.count()).toBe(0);

    await within(section).findByRole('option', { name: 'Hanna Bakker' });
    await user.selectOptions(select, 'Hanna Bakker');
    await user.click(within(section).getByRole('button', { name: 'Opslaan' }));
    expect(await within(section).findByText('Markering opgeslagen')).toBeInTheDocument();
    const [event] = await db.markingEvents.toArray();
    const namens = { ...GP, recordedBy: TEST_SESSION.user.name };
    expect(event?.onBehalfOf).toEqual(namens);
    expect((await getPatient(db, patient.id))?.markingOnBehalfOf).toEqual(namens);
    // The history names the POH who recorded it and the huisarts whose decision it is.
    const history = within(section).getByRole('region', { name: 'Geschiedenis' });
    await waitFor(() => {
      expect(history).toHaveTextContent(`${TEST_SESSION.user.name} (POH) namens Hanna Bakker, vastgelegd`);
    });
  });
});
