import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { getPatient } from '../../db';
import { useSessionStore } from '../../state/session-store';
import { patientRow, TEST_SESSION } from '../../test/factories';
import { renderApp } from '../../test/render';

beforeEach(() => {
  // Marking is the huisarts's decision (a POH records it only namens a huisarts).
  useSessionStore.setState({
    session: { ...TEST_SESSION, user: { ...TEST_SESSION.user, name: 'H. Bakker', role: 'huisarts' } },
  });
});

describe('marking on the patient page', () => {
  it('marks with basis and colour, then shows the state and who did it in the history', async () => {
    const patient = patientRow();
    const { user, db } = await renderApp(`/patienten/${patient.id}`, [patient]);
    const section = await screen.findByRole('region', { name: 'Markering' });
    await user.click(within(section).getByRole('button', { name: 'Markeren palliatieve fase' }));
    await user.click(within(section).getByRole('button', { name: 'Opslaan' }));
    // Nothing chosen yet: basis and colour are required.
    await waitFor(() => {
      expect(within(section).getByRole('group', { name: 'Op basis van' })).toHaveAccessibleDescription(
        'Vul dit veld in.',
      );
    });
    expect(await db.markingEvents.count()).toBe(0);

    await user.click(within(section).getByRole('radio', { name: 'Indicatoren' }));
    await user.click(within(section).getByRole('radio', { name: /^Oranje/ }));
    await user.click(within(section).getByRole('button', { name: 'Opslaan' }));

    expect(await within(section).findByText('Markering opgeslagen')).toBeInTheDocument();
    expect(within(section).getByText(/Oranje: complex of achteruitgaand/)).toBeInTheDocument();
    const history = within(section).getByRole('region', { name: 'Geschiedenis' });
    // The history is its own live query; on a busy machine it may render a moment after the state.
    await waitFor(() => {
      expect(history).toHaveTextContent(
        'Palliatieve fase gemarkeerd door H. Bakker op basis van: Indicatoren. Kleur: Oranje.',
      );
    });
    expect(history).toHaveTextContent('H. Bakker (huisarts)');
    // The moment of recording as dd-mm-jjjj uu:mm, like every other date.
    expect(history).toHaveTextContent(/vastgelegd \d{2}-\d{2}-\d{4} \d{2}:\d{2}/);
    expect((await getPatient(db, patient.id))?.registerColour).toBe('orange');
  });

  it('refuses a marking date in the future with a message next to the field', async () => {
    const patient = patientRow();
    const { user, db } = await renderApp(`/patienten/${patient.id}`, [patient]);
    const section = await screen.findByRole('region', { name: 'Markering' });
    await user.click(within(section).getByRole('button', { name: 'Markeren palliatieve fase' }));
    const date = within(section).getByLabelText(/^Datum/);
    await user.clear(date);
    await user.type(date, '01-01-2099');
    await user.click(within(section).getByRole('radio', { name: 'Klinische inschatting' }));
    await user.click(within(section).getByRole('radio', { name: /^Groen/ }));
    await user.click(within(section).getByRole('button', { name: 'Opslaan' }));

    await waitFor(() => {
      expect(date).toHaveAttribute('aria-invalid', 'true');
    });
    expect(date).toHaveAccessibleDescription(/Deze datum ligt in de toekomst/);
    expect(await db.markingEvents.count()).toBe(0);
  });

  it('asks to confirm the death of an unmarked patient, then records it in the history and the register', async () => {
    const patient = patientRow();
    const { user, db } = await renderApp(`/patienten/${patient.id}`, [patient]);
    const section = await screen.findByRole('region', { name: 'Markering' });
    await user.click(within(section).getByRole('button', { name: 'Overlijden vastleggen' }));
    await user.click(within(section).getByRole('radio', { name: 'Thuis' }));
    const preferred = within(section).getByRole('group', { name: 'Overleden op de gewenste plaats?' });
    await user.click(within(preferred).getByRole('radio', { name: 'Ja' }));
    const sudden = within(section).getByRole('group', { name: 'Plotseling (onverwacht) overleden?' });
    await user.click(within(sudden).getByRole('radio', { name: 'Nee' }));
    await user.click(within(section).getByRole('button', { name: 'Opslaan' }));

    const confirm = within(section).getByRole('checkbox', { name: /Ik bevestig/ });
    await waitFor(() => {
      expect(confirm).toHaveAccessibleDescription(/was niet gemarkeerd/);
    });
    expect(await db.markingEvents.count()).toBe(0);

    await user.click(confirm);
    await user.click(within(section).getByRole('button', { name: 'Opslaan' }));
    expect(
      await within(section).findByText(/Overleden \(Thuis\)\. Gewenste plaats: Ja\./),
    ).toBeInTheDocument();
    expect(await getPatient(db, patient.id)).toMatchObject({ status: 'deceased', placeOfDeath: 'home' });
    // Recorded as not sudden, so the "marked before death" indicator counts this death (as not marked).
    expect(await db.markingEvents.toArray()).toMatchObject([{ kind: 'death', isSudden: false }]);
  });
});
