import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getPatient } from '../../db';
import type { IsoDate } from '../../domain';
import { patientRow } from '../../test/factories';
import { renderApp, type RenderedApp } from '../../test/render';

async function fillRequired({ user }: RenderedApp, birthDate = '07-03-1948') {
  await user.type(await screen.findByLabelText(/^Voornaam/), 'Jan');
  await user.type(screen.getByLabelText(/^Tussenvoegsel/), 'de');
  await user.type(screen.getByLabelText(/^Achternaam/), 'Vries');
  await user.type(screen.getByLabelText(/^Geboortedatum/), birthDate);
  await user.selectOptions(screen.getByLabelText(/^Geslacht/), 'Man');
  await user.type(screen.getByLabelText(/^Behandelend huisarts/), 'H. Bakker');
}

/** The Dutch message tied to a field through aria-describedby, once validation has marked it invalid. */
async function errorOf(label: RegExp): Promise<string> {
  const field = screen.getByLabelText(label);
  await waitFor(() => {
    expect(field).toHaveAttribute('aria-invalid', 'true');
  });
  return (
    field
      .getAttribute('aria-describedby')
      ?.split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ') ?? ''
  );
}

describe('new patient form', () => {
  it('warns about a patient with the same name and birth date, names them, and saves only when told to', async () => {
    const existing = patientRow({
      givenName: 'Jan',
      namePrefix: 'de',
      familyName: 'Vries',
      birthDate: '1948-03-07' as IsoDate,
      bsn: null,
    });
    const app = await renderApp('/patienten/nieuw', [existing]);
    await fillRequired(app);
    await app.user.click(screen.getByRole('button', { name: 'Opslaan' }));

    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent(
      'Er staat al een patiënt met deze naam en geboortedatum in het register: Jan de Vries (07-03-1948).',
    );
    expect(screen.getByRole('link', { name: 'Open Jan de Vries' })).toHaveAttribute(
      'href',
      `/patienten/${existing.id}`,
    );
    expect(await app.db.patients.count()).toBe(1);

    await app.user.click(screen.getByRole('button', { name: 'Toch opslaan: dit is een andere patiënt' }));
    await app.user.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(async () => {
      expect(await app.db.patients.count()).toBe(2);
    });
  });

  it('refuses a second patient with the same BSN and offers to open the first', async () => {
    const existing = patientRow({ givenName: 'Piet', namePrefix: '', familyName: 'Bos', bsn: '111222333' });
    const app = await renderApp('/patienten/nieuw', [existing]);
    await fillRequired(app);
    await app.user.type(screen.getByLabelText(/^BSN/), '111222333');
    await app.user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await errorOf(/^BSN/)).toContain('Dit BSN hoort al bij een andere patiënt in het register.');
    expect(screen.getByRole('alert')).toHaveTextContent('Dit BSN hoort al bij Piet Bos');
    expect(screen.getByRole('link', { name: 'Open Piet Bos' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Toch opslaan/ })).not.toBeInTheDocument();
    expect(await app.db.patients.count()).toBe(1);
  });

  it('shows a Dutch message next to every missing required field and saves nothing', async () => {
    const app = await renderApp('/patienten/nieuw');
    await app.user.click(await screen.findByRole('button', { name: 'Opslaan' }));

    expect(await errorOf(/^Voornaam/)).toContain('Vul dit veld in.');
    expect(await errorOf(/^Achternaam/)).toContain('Vul dit veld in.');
    expect(await errorOf(/^Geboortedatum/)).toContain('Vul dit veld in.');
    expect(await errorOf(/^Behandelend huisarts/)).toContain('Vul dit veld in.');
    expect(screen.getByLabelText(/^Voornaam/)).toHaveFocus();
    expect(await app.db.patients.count()).toBe(0);
  });

  it('saves a valid patient and shows the patient page with a confirmation', async () => {
    const app = await renderApp('/patienten/nieuw');
    await fillRequired(app);
    await app.user.type(screen.getByLabelText(/^BSN/), '1112 22 333');
    await app.user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Jan de Vries' })).toBeInTheDocument();
    expect(screen.getByText('Patiënt opgeslagen')).toBeInTheDocument();
    expect(screen.getByText('******333')).toBeInTheDocument();
    expect(screen.queryByText('111222333')).not.toBeInTheDocument();
    const [stored] = await app.db.patients.toArray();
    expect(stored).toMatchObject({
      familyName: 'Vries',
      birthDate: '1948-03-07',
      bsn: '111222333',
      sex: 'male',
    });
  });

  it('refuses impossible values with a message next to the field', async () => {
    const app = await renderApp('/patienten/nieuw');
    await fillRequired(app, '31-02-1948');
    await app.user.type(screen.getByLabelText(/^BSN/), '123456789');
    await app.user.type(screen.getByLabelText(/^ICPC-code/), 'hartfalen');
    await app.user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await errorOf(/^Geboortedatum/)).toContain('Geen geldige datum');
    expect(await errorOf(/^BSN/)).toContain('elfproef');
    expect(await errorOf(/^ICPC-code/)).toContain('Geen geldige ICPC-code');
    expect(await app.db.patients.count()).toBe(0);
  });

  it('refuses a birth date in the future', async () => {
    const app = await renderApp('/patienten/nieuw');
    await fillRequired(app, '01-01-2099');
    await app.user.click(screen.getByRole('button', { name: 'Opslaan' }));
    expect(await errorOf(/^Geboortedatum/)).toContain('De geboortedatum kan niet in de toekomst liggen.');
  });

  it('asks for date and place of death for a deceased patient and refuses death before birth', async () => {
    const app = await renderApp('/patienten/nieuw');
    await fillRequired(app);
    expect(screen.queryByLabelText(/^Overlijdensdatum/)).not.toBeInTheDocument();
    await app.user.selectOptions(screen.getByLabelText(/^Status/), 'Overleden');
    await app.user.type(screen.getByLabelText(/^Overlijdensdatum/), '01-01-1940');
    await app.user.selectOptions(screen.getByLabelText(/^Plaats van overlijden/), 'Hospice');
    await app.user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await errorOf(/^Overlijdensdatum/)).toContain('vóór de geboortedatum');
    expect(await app.db.patients.count()).toBe(0);
  });
});

describe('edit patient form', () => {
  it('shows the stored values and saves a change', async () => {
    const patient = patientRow({ familyName: 'Smit', birthDate: '1950-01-31' as IsoDate });
    const app = await renderApp(`/patienten/${patient.id}/bewerken`, [patient]);
    expect(await screen.findByLabelText(/^Geboortedatum/)).toHaveValue('31-01-1950');

    const gp = screen.getByLabelText(/^Behandelend huisarts/);
    await app.user.clear(gp);
    await app.user.type(gp, 'A. de Wit');
    await app.user.click(screen.getByRole('button', { name: 'Opslaan' }));

    expect(await screen.findByText('Patiënt opgeslagen')).toBeInTheDocument();
    expect((await getPatient(app.db, patient.id))?.treatingGp).toBe('A. de Wit');
  });
});
