import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Author, ChecklistResultId, IsoDate, IsoDateTime } from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { patientRow, TEST_SESSION } from '../../test/factories';
import { renderApp } from '../../test/render';

const GP: Author = { name: 'Hanna Bakker', role: 'huisarts' };

beforeEach(() => {
  useSessionStore.setState({ session: { ...TEST_SESSION, user: { ...TEST_SESSION.user, ...GP } } });
});

describe('the mantelzorg section of the care plan', () => {
  it('offers the latest EDIZ (version 2, points) as the burden in a few words', async () => {
    const patient = patientRow();
    const { db, user } = await renderApp(`/patienten/${patient.id}/zorgplan`, [patient]);
    await db.checklistResults.add({
      id: '0190f0e2-7c4a-7000-8000-00000000ed12' as ChecklistResultId,
      patientId: patient.id,
      definitionId: 'ediz',
      definitionVersion: 2,
      answers: { aandacht: 'ja', 'nooit-los': 'min-of-meer', zelfstandigheid: 'nee' },
      observedOn: '2026-11-02' as IsoDate,
      author: GP,
      recordedAt: '2026-11-02T09:00:00.000Z' as IsoDateTime,
      deletedAt: null,
    });
    const section = await screen.findByRole('region', { name: 'Mantelzorgbelasting' });
    expect(
      await within(section).findByText(
        'Laatste mantelzorgmeting (02-11-2026): Score 2 van 9. 6 stellingen niet beantwoord.',
      ),
    ).toBeInTheDocument();
    await user.click(within(section).getByRole('button', { name: /overnemen/i }));
    expect(within(section).getByRole('textbox', { name: /in het kort/ })).toHaveValue(
      'Laatste mantelzorgmeting (02-11-2026): Score 2 van 9. 6 stellingen niet beantwoord.',
    );
    // The measurement's date becomes the date the burden was discussed.
    expect(within(section).getByRole('textbox', { name: /Laatst besproken/ })).toHaveValue('02-11-2026');
  });

  it("saves when the burden was discussed and shows it as the section's last discussion", async () => {
    const patient = patientRow();
    const { db, user } = await renderApp(`/patienten/${patient.id}/zorgplan`, [patient]);
    const section = await screen.findByRole('region', { name: 'Mantelzorgbelasting' });
    await user.type(within(section).getByRole('textbox', { name: /Laatst besproken/ }), '12-11-2026');
    await user.click(screen.getByRole('button', { name: 'Opslaan als concept' }));
    await expect
      .poll(async () => (await db.carePlans.get(patient.id as never))?.mantelzorgDiscussedOn)
      .toBe('2026-11-12');
    expect(await within(section).findByText('Laatst besproken: 12-11-2026')).toBeInTheDocument();
  });
});
