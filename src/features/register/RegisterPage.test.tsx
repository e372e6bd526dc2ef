import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../domain';
import { useRegisterViewStore } from '../../state/register-view-store';
import { patientRow } from '../../test/factories';
import { renderApp } from '../../test/render';

const patients = [
  patientRow({ givenName: 'Jan', namePrefix: 'de', familyName: 'Vries', birthDate: '1948-03-07' as IsoDate }),
  patientRow({
    givenName: 'Els',
    namePrefix: '',
    familyName: 'Bakker',
    birthDate: '1939-12-01' as IsoDate,
    palliativeSince: '2026-09-14' as IsoDate,
    registerColour: 'orange',
  }),
  patientRow({
    givenName: 'Kees',
    namePrefix: 'van',
    familyName: 'Dam',
    birthDate: '1930-05-05' as IsoDate,
    status: 'deceased',
    deathDate: '2026-10-02' as IsoDate,
    placeOfDeath: 'home',
  }),
];

beforeEach(() => {
  useRegisterViewStore.setState({ search: '', filter: 'all', sort: 'name', isDescending: false });
});

function rowNames(): string[] {
  // The second row group holds the patients; the first holds the column headers.
  const body = screen.queryAllByRole('rowgroup')[1];
  if (!body) return [];
  return within(body)
    .queryAllByRole('link')
    .map((link) => link.textContent);
}

describe('RegisterPage', () => {
  it('lists the patients by family name with their status in words', async () => {
    await renderApp('/patienten', patients);
    expect(await screen.findByRole('link', { name: 'Bakker, Els' })).toBeInTheDocument();
    expect(rowNames()).toEqual(['Bakker, Els', 'Dam, Kees van', 'Vries, Jan de']);
    expect(screen.getByText('Gemarkeerd sinds 14-09-2026')).toBeInTheDocument();
    // The register colour is a word in the same cell, never a colour alone.
    expect(screen.getByText('Gemarkeerd sinds 14-09-2026').closest('[role="cell"]')).toHaveTextContent(
      'Gemarkeerd sinds 14-09-2026 · Oranje',
    );
    expect(screen.getByText('Overleden op 02-10-2026')).toBeInTheDocument();
    expect(screen.getByText('3 patiënten getoond van 3')).toBeInTheDocument();
  });

  it("says on whose behalf a POH marked a patient, and nothing for a huisarts's own marking", async () => {
    const markedNamens = patientRow({
      givenName: 'Riet',
      namePrefix: '',
      familyName: 'Smit',
      palliativeSince: '2026-11-02' as IsoDate,
      markingOnBehalfOf: {
        userId: '01a240fc-22b4-73ff-97c1-2c1fd059e9cb',
        name: 'dr. A. de Wit',
        recordedBy: 'Hanna Bakker',
      },
    });
    await renderApp('/patienten', [...patients, markedNamens]);
    const cell = (await screen.findByText('Gemarkeerd sinds 02-11-2026')).closest('[role="cell"]');
    expect(cell).toHaveTextContent('namens dr. A. de Wit');
    expect(screen.getByText('Gemarkeerd sinds 14-09-2026').closest('[role="cell"]')).not.toHaveTextContent(
      'namens',
    );
  });

  it('filters on marked, unmarked and deceased patients', async () => {
    const { user } = await renderApp('/patienten', patients);
    await screen.findByRole('link', { name: 'Bakker, Els' });

    await user.click(screen.getByRole('radio', { name: 'Gemarkeerd' }));
    expect(rowNames()).toEqual(['Bakker, Els']);
    await user.click(screen.getByRole('radio', { name: 'Niet gemarkeerd' }));
    expect(rowNames()).toEqual(['Vries, Jan de']);
    await user.click(screen.getByRole('radio', { name: 'Overleden' }));
    expect(rowNames()).toEqual(['Dam, Kees van']);
  });

  it('searches by birth year and by initials', async () => {
    const { user } = await renderApp('/patienten', patients);
    const search = await screen.findByRole('searchbox', { name: 'Zoeken' });

    await user.type(search, '1948');
    expect(await screen.findByText('1 patiënt getoond van 3')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Vries, Jan de']);

    await user.clear(search);
    await user.type(search, 'K.v.D.');
    expect(await screen.findByText('1 patiënt getoond van 3')).toBeInTheDocument();
    expect(rowNames()).toEqual(['Dam, Kees van']);
  });

  it('sorts on birth date, descending on request', async () => {
    const { user } = await renderApp('/patienten', patients);
    await screen.findByRole('link', { name: 'Bakker, Els' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sorteren op' }), 'Geboortedatum');
    await user.click(screen.getByRole('button', { name: 'Aflopend' }));
    expect(rowNames()).toEqual(['Vries, Jan de', 'Bakker, Els', 'Dam, Kees van']);
  });

  it('explains an empty register and an empty search differently', async () => {
    const { user, unmount } = await renderApp('/patienten');
    expect(await screen.findByText(/nog geen patiënten in het register/)).toBeInTheDocument();
    unmount();

    await renderApp('/patienten', patients);
    await user.type(await screen.findByRole('searchbox', { name: 'Zoeken' }), 'Zwart');
    expect(
      await screen.findByText('Geen patiënten gevonden met deze zoekterm en dit filter.'),
    ).toBeInTheDocument();
  });

  it('tells two patients with the same name and birth date apart, showing at most three BSN digits', async () => {
    const twin = {
      givenName: 'Jan',
      namePrefix: 'de',
      familyName: 'Vries',
      birthDate: '1948-03-07' as IsoDate,
    };
    await renderApp('/patienten', [
      patientRow({ ...twin, bsn: '111222333' }),
      patientRow({ ...twin, bsn: null, treatingGp: 'Dr. Oost' }),
      patientRow({ givenName: 'Els', namePrefix: '', familyName: 'Bakker', bsn: '123456782' }),
    ]);
    // The fact is part of the link's name, so a screen reader tells the two links apart as well.
    expect(await screen.findByRole('link', { name: /^Vries, Jan de\s*,\s*BSN …333$/ })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: /^Vries, Jan de\s*,\s*huisarts Dr\. Oost$/ }),
    ).toBeInTheDocument();
    // A patient with a name and birth date of their own needs no extra fact.
    expect(screen.getByRole('link', { name: 'Bakker, Els' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/111222333|123456782|782/);
  });
});
