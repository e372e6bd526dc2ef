import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { patientRow } from '../../test/factories';
import { renderApp } from '../../test/render';

describe('access log on the device (NEN 7513)', () => {
  it('queues a read of the patient when the detail page opens, without any network', async () => {
    const patient = patientRow({ familyName: 'Visser' });
    const { db } = await renderApp(`/patienten/${patient.id}`, [patient]);
    expect(await screen.findByRole('heading', { level: 1, name: /Visser/ })).toBeInTheDocument();
    await waitFor(async () => {
      expect(await db.auditQueue.toArray()).toEqual([
        expect.objectContaining({
          event: 'patient.view',
          action: 'R',
          patientId: patient.id,
          outcome: 'success',
        }),
      ]);
    });
  });

  it('logs the register view and a settled search as the fact of searching, never the search text', async () => {
    const { db, user } = await renderApp('/patienten', [patientRow({ familyName: 'Visser' })]);
    await user.type(await screen.findByRole('searchbox'), 'Viss');
    await waitFor(
      async () => {
        expect((await db.auditQueue.toArray()).map((e) => e.event).sort()).toEqual([
          'register.search',
          'register.view',
        ]);
      },
      { timeout: 4000 },
    );
    expect(JSON.stringify(await db.auditQueue.toArray())).not.toContain('Viss');
  });
});
