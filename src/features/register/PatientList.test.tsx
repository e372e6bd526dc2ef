import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { NO_REGISTER_FACTS } from '../../domain';
import { patientRow } from '../../test/factories';
import { PatientList } from './PatientList';

const rows = [patientRow({ familyName: 'Bakker' }), patientRow({ familyName: 'Vries' })];

function renderList(rowCount: number) {
  render(
    <MemoryRouter>
      <PatientList rows={rows} rowCount={rowCount} facts={NO_REGISTER_FACTS} distinctions={new Map()} />
    </MemoryRouter>,
  );
  return screen.getByRole('table', { name: 'Patiëntenregister' });
}

describe('PatientList', () => {
  it('says it is still loading while only the snapshot’s first rows are in', () => {
    const table = renderList(10_000);
    expect(table).toHaveAttribute('aria-busy', 'true');
    expect(table).toHaveAttribute('aria-rowcount', '10001');
  });

  it('is no longer busy once it holds every row it counts', () => {
    expect(renderList(rows.length)).toHaveAttribute('aria-busy', 'false');
  });
});
