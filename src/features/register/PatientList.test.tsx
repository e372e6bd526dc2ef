import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { describe, expect, it } from 'vitest';
import { NO_REGISTER_FACTS } from '../../domain';
import { patientRow } from '../../test/factories';
import { PatientList } from './PatientList';

const rows = [patientRow({ familyName: 'Bakker' }), patientRow({ familyName: 'Vries' })];

function PatientPage() {
  return <h1>Patiënt {useParams().patientId}</h1>;
}

function renderList(rowCount: number) {
  render(
    <MemoryRouter>
      <Routes>
        <Route
          path="/"
          element={
            <PatientList rows={rows} rowCount={rowCount} facts={NO_REGISTER_FACTS} distinctions={new Map()} />
          }
        />
        <Route path="/patienten/:patientId" element={<PatientPage />} />
      </Routes>
    </MemoryRouter>,
  );
  return screen.getByRole('table', { name: 'Patiëntenregister' });
}

function vriesLink() {
  return screen.getByRole('link', { name: /^Vries/ });
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

  it('links each row to its patient’s page, by id only', () => {
    renderList(rows.length);
    expect(vriesLink()).toHaveAttribute('href', `/patienten/${rows[1]?.id ?? ''}`);
  });

  it('opens the patient’s page in the app on a click', async () => {
    const user = userEvent.setup();
    renderList(rows.length);
    await user.click(vriesLink());
    expect(screen.getByRole('heading', { name: `Patiënt ${rows[1]?.id ?? ''}` })).toBeInTheDocument();
  });

  it('opens it from the keyboard too', async () => {
    const user = userEvent.setup();
    renderList(rows.length);
    vriesLink().focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { name: `Patiënt ${rows[1]?.id ?? ''}` })).toBeInTheDocument();
  });

  it('leaves a click with a modifier key (a new tab or window) or another button to the browser', () => {
    renderList(rows.length);
    // Whether the app took each click over, seen after the app's listener; then kept from jsdom, which
    // cannot open another document.
    const taken: boolean[] = [];
    const record = (event: MouseEvent) => {
      taken.push(event.defaultPrevented);
      event.preventDefault();
    };
    window.addEventListener('click', record);
    fireEvent.click(vriesLink(), { ctrlKey: true });
    fireEvent.click(vriesLink(), { shiftKey: true });
    fireEvent.click(vriesLink(), { button: 1 });
    fireEvent.click(vriesLink());
    window.removeEventListener('click', record);
    expect(taken).toEqual([false, false, false, true]);
  });
});
