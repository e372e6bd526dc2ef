import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { listMarkingEvents } from '../../db';
import type { IsoDate } from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { patientRow, TEST_SESSION } from '../../test/factories';
import { renderApp } from '../../test/render';

// A huisarts marks her own decision (a POH marks namens one: QuickMarkNamens.test.tsx).
beforeEach(() => {
  useSessionStore.setState({
    session: { ...TEST_SESSION, user: { ...TEST_SESSION.user, name: 'H. Bakker', role: 'huisarts' } },
  });
});

describe('quick-mark', () => {
  it('marks an existing patient with the keyboard only: Alt+M, name, Enter, Nee, Enter', async () => {
    const patient = patientRow({
      givenName: 'Els',
      namePrefix: '',
      familyName: 'Bakker',
      birthDate: '1939-12-01' as IsoDate,
    });
    const { user, db } = await renderApp('/patienten', [patient]);
    await screen.findByRole('link', { name: 'Bakker, Els' });

    await user.keyboard('{Alt>}m{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Snel markeren' });
    await user.keyboard('Bakker');
    expect(await within(dialog).findByRole('option', { name: 'Bakker, Els (01-12-1939)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await user.keyboard('{Enter}'); // 1: choose the patient
    const surprise = within(dialog).getByRole('group', { name: /Zou het mij verbazen/ });
    expect(within(surprise).getByRole('radio', { name: 'Ja' })).toHaveFocus();
    await user.keyboard('{ArrowDown}'); // 2: "Nee"
    expect(within(surprise).getByRole('radio', { name: 'Nee' })).toBeChecked();
    expect(within(dialog).queryByRole('combobox', { name: 'Namens huisarts' })).toBeNull();
    await user.keyboard('{Enter}'); // 3: Markeren (implicit submit)

    expect(await within(dialog).findByRole('status')).toHaveTextContent(
      'Els Bakker is gemarkeerd als palliatief (kleur Geel).',
    );
    const [event] = await listMarkingEvents(db, patient.id);
    expect(event).toMatchObject({
      kind: 'palliative',
      basis: 'surpriseQuestion',
      colour: 'yellow',
      markedBy: 'H. Bakker',
      onBehalfOf: null,
    });
    expect(await db.checklistResults.toArray()).toMatchObject([
      { definitionId: 'surprise-question', answers: { surprised: 'nee' } },
    ]);
  });

  it('says "al gemarkeerd" of a marked patient before the GP chooses them', async () => {
    const marked = patientRow({
      givenName: 'Els',
      namePrefix: '',
      familyName: 'Bakker',
      birthDate: '1939-12-01' as IsoDate,
      palliativeSince: '2026-10-01' as IsoDate,
      registerColour: 'yellow',
    });
    const { user } = await renderApp('/patienten', [marked]);
    await user.click(await screen.findByRole('button', { name: 'Snel markeren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Snel markeren' });
    await user.keyboard('Bakker');
    expect(
      await within(dialog).findByRole('option', { name: 'Bakker, Els (01-12-1939) · al gemarkeerd' }),
    ).toBeInTheDocument();
  });

  it('tells two patients with the same name and birth date apart, before and after the choice', async () => {
    const twin = {
      givenName: 'Jan',
      namePrefix: 'de',
      familyName: 'Vries',
      birthDate: '1948-03-07' as IsoDate,
    };
    const { user } = await renderApp('/patienten', [
      patientRow({ ...twin, bsn: '111222333' }),
      patientRow({ ...twin, bsn: null, treatingGp: 'Dr. Oost' }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Snel markeren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Snel markeren' });
    await user.keyboard('Vries');
    expect(
      await within(dialog).findByRole('option', { name: 'Vries, Jan de (07-03-1948) · BSN …333' }),
    ).toBeInTheDocument();
    await user.click(
      within(dialog).getByRole('option', { name: 'Vries, Jan de (07-03-1948) · huisarts Dr. Oost' }),
    );
    // The choice is confirmed with the same fact, so the GP sees which of the two will be marked.
    expect(within(dialog).getByText('Jan de Vries · huisarts Dr. Oost')).toBeInTheDocument();
    expect(dialog).not.toHaveTextContent('111222333');
  });

  it('creates a new patient from the typed name and refuses a missing birth date', async () => {
    const { user, db } = await renderApp('/patienten');
    await user.click(await screen.findByRole('button', { name: 'Snel markeren' }));
    const dialog = await screen.findByRole('dialog', { name: 'Snel markeren' });
    await user.keyboard('Anna van der Berg');
    await user.click(
      await within(dialog).findByRole('option', { name: 'Nieuwe patiënt: Anna van der Berg' }),
    );
    await user.click(within(dialog).getByRole('radio', { name: 'Nee' }));
    await user.click(within(dialog).getByRole('button', { name: 'Markeren' }));

    const birth = within(dialog).getByLabelText(/^Geboortedatum van de nieuwe patiënt/);
    await waitFor(() => {
      expect(birth).toHaveAttribute('aria-invalid', 'true');
    });
    expect(await db.patients.count()).toBe(0);

    await user.type(birth, '02-02-1944');
    await user.click(within(dialog).getByRole('button', { name: 'Markeren' }));
    expect(await within(dialog).findByRole('status')).toHaveTextContent('Anna van der Berg is gemarkeerd');
    const [created] = await db.patients.toArray();
    expect(created).toMatchObject({
      givenName: 'Anna',
      namePrefix: 'van der',
      familyName: 'Berg',
      birthDate: '1944-02-02',
    });
    expect(created?.palliativeSince).not.toBeNull();
  });
});
