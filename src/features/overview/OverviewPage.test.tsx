import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { readFileText } from '../../lib/read-file';
import { useSessionStore } from '../../state/session-store';
import { TEST_SESSION } from '../../test/factories';
import { renderApp, type RenderedApp } from '../../test/render';
import { NAMES, seedOverviewYear } from './overview-test-data';
import { captureDownloads } from '../../test/downloads';

/** The cells of an indicator's row, by the start of its name: result, numerator, denominator, unknown, link. */
async function rowOf(name: string) {
  const table = await screen.findByRole('table', { name: /^Indicatoren, / });
  const header = within(table).getByRole('rowheader', { name: new RegExp(`^${name}`) });
  const row = header.closest('tr');
  if (!row) throw new Error(`no row for ${name}`);
  return {
    header,
    row,
    cells: within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent),
  };
}

/** Seeding writes some forty records while the page follows along; on a busy machine that takes a while. */
const SEEDED = { timeout: 15_000 };

async function openYear2026() {
  const app = await renderApp('/overzicht?periode=2026');
  const ids = await seedOverviewYear(app.db);
  await screen.findByRole('table', { name: 'Indicatoren, 2026' });
  // The figures follow the database: wait until the last seeded records are counted.
  await waitFor(async () => {
    expect((await rowOf('Openstaande MDO-acties')).cells[0]).toBe('2');
  }, SEEDED);
  return { ...app, ids };
}

async function accessesOf(app: RenderedApp, event: string) {
  return (await app.db.auditQueue.toArray()).filter((access) => access.event === event);
}

describe('Overzicht', () => {
  it.each([
    // name, result, numerator, denominator, unknown, behind the figure (worked out in overview-test-data.ts)
    ['Gemarkeerd vóór overlijden', '67%', '2', '3', '1', '4 patiënten'],
    ['Dagen van markering tot overlijden', '79 dagen', 'n.v.t.', '2', '0', '2 patiënten'],
    ['PZP-gesprek vastgelegd', '33%', '1', '3', '0', '3 patiënten'],
    ['Voorkeursplek van overlijden vastgelegd', '67%', '2', '3', '0', '3 patiënten'],
    ['Overleden op de voorkeursplek', '67%', '2', '3', '1', '4 patiënten'],
    ['MDO met huisarts, wijkverpleegkundige en specialist PZ', '67%', '2', '3', '1', "4 MDO's"],
    ['Dagen tot eerste inzet specialist PZ', '28 dagen', 'n.v.t.', '1', '0', '1 patiënt'],
    ['Nabespreking na overlijden', '25%', '1', '4', '0', '4 patiënten'],
    ['Openstaande MDO-acties', '2', '2', 'n.v.t.', '0', '1 patiënt'],
    ['MDO-acties over de datum', '50%', '1', '2', '0', '1 patiënt'],
    ['Langer dan 8 weken niet besproken', '100%', '1', '1', '0', '1 patiënt'],
  ])('shows %s for 2026: %s (%s of %s, %s unknown)', async (name, ...expected) => {
    await openYear2026();
    const { cells } = await rowOf(name);
    expect(cells.map((cell) => cell.replace(/:.*$/, ''))).toEqual(expected);
  });

  it('gives each figure its definition and says what its unknowns are', async () => {
    await openYear2026();
    const { header } = await rowOf('Gemarkeerd vóór overlijden');
    expect(header).toHaveTextContent(
      'Van de patiënten die in de periode niet plotseling overleden: het deel dat uiterlijk op de dag van overlijden palliatief gemarkeerd was.',
    );
    expect(header).toHaveTextContent(
      'Onbekend: Niet gemarkeerd, en niet vastgelegd of het overlijden plotseling was.',
    );
    expect(screen.queryByText(NAMES.anna)).not.toBeInTheDocument();
  });

  it('shows the trend per quarter with numerator, denominator and unknowns', async () => {
    await openYear2026();
    const trend = screen.getByRole('table', { name: /Trend per kwartaal/ });
    const header = within(trend).getByRole('rowheader', { name: 'Gemarkeerd vóór overlijden' });
    const cells = within(header.closest('tr') as HTMLElement)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(
      within(trend)
        .getAllByRole('columnheader')
        .map((c) => c.textContent),
    ).toEqual(['Indicator', 'K1 2026', 'K2 2026', 'K3 2026', 'K4 2026']);
    expect(cells).toEqual(['geen gegevens', '100%1/1', '50%1/2 · 1 onbekend', 'geen gegevens']);
    // No "0/0" clutter, and no row that says "geen gegevens" in every quarter.
    expect(trend).not.toHaveTextContent('0/0');
    for (const row of within(trend).getAllByRole('row').slice(1)) {
      const texts = within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent);
      expect(texts.some((text) => text !== 'geen gegevens')).toBe(true);
    }
  });

  it('draws the shares as bars with their counts and the trend as lines, each an image with a spoken summary', async () => {
    await openYear2026();
    const shares = screen.getByRole('img', { name: /^Staafdiagram per indicator: het deel ja/ });
    // Name, result, unknowns apart, then the counts written in the ja and nee parts: 2 of the 3 known.
    expect(shares).toHaveTextContent(/^Gemarkeerd vóór overlijden67%1 onbekend, niet meegeteld21PZP-gesprek/);
    expect(
      within(shares)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Ja', 'Nee']);
    const trend = screen.getByRole('img', { name: /^Lijndiagram met per indicator/ });
    expect(within(trend).getAllByRole('listitem')).toHaveLength(6);
    expect(screen.queryByText(/De grafieken konden niet worden getekend/)).not.toBeInTheDocument();
  });

  it('links each figure to the patients behind it, grouped by how they counted, and logs the read', async () => {
    const app = await openYear2026();
    const { row } = await rowOf('Gemarkeerd vóór overlijden');
    await app.user.click(within(row).getByRole('link', { name: /4 patiënten/ }));

    await screen.findByRole('heading', {
      level: 1,
      name: 'Gemarkeerd vóór overlijden: wie zit achter het cijfer',
    });
    expect(screen.getByText('Periode: 2026')).toBeInTheDocument();
    const group = (name: string) => screen.getByRole('region', { name });
    const names = (name: string) =>
      within(group(name))
        .getAllByRole('link')
        .map((link) => link.textContent);
    await waitFor(() => {
      expect(names('Gemarkeerd vóór overlijden')).toEqual([NAMES.anna, NAMES.frits]);
    });
    expect(names('Niet gemarkeerd')).toEqual([NAMES.bert]);
    expect(names('Onbekend')).toEqual([NAMES.cor]);
    expect(
      within(group('Gemarkeerd vóór overlijden')).getByRole('link', { name: NAMES.anna }),
    ).toHaveAttribute('href', `/patienten/${app.ids.anna.id}`);
    expect(within(group('Gemarkeerd vóór overlijden')).getByText(/128 dagen/)).toBeInTheDocument();
    await waitFor(async () => {
      expect(await accessesOf(app, 'overview.patients')).toEqual([
        expect.objectContaining({ action: 'R', patientId: null, recordPart: 'overview.markedBeforeDeath' }),
      ]);
    });

    await app.user.click(screen.getByRole('link', { name: 'Terug naar het overzicht' }));
    await screen.findByRole('table', { name: 'Indicatoren, 2026' });
  });

  it('downloads the indicators per period as CSV without patient data, named by the period, and logs the export', async () => {
    const files = captureDownloads();
    const app = await openYear2026();
    await app.user.click(screen.getByRole('button', { name: 'CSV downloaden' }));
    await screen.findByText('CSV-bestand gedownload: indicatoren-2026.csv');
    const file = files.at(-1);
    if (!file) throw new Error('nothing was downloaded');
    expect(file.name).toBe('indicatoren-2026.csv');
    const text = await readFileText(file.blob);
    const lines = text.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe(
      'Periode;Van;Tot en met;Indicator;Definitie;Teller;Noemer;Onbekend;Uitkomst;Eenheid',
    );
    expect(lines).toHaveLength(1 + 11 * 5);
    expect(lines[1]).toMatch(/^2026;01-01-2026;31-12-2026;Gemarkeerd vóór overlijden;.*;2;3;1;66,7;procent$/);
    const definition = lines[1]?.split(';')[4] ?? '';
    expect(lines).toContain(
      `3e kwartaal 2026;01-07-2026;30-09-2026;Gemarkeerd vóór overlijden;${definition};1;2;1;50;procent`,
    );
    for (const name of Object.values(NAMES)) expect(text).not.toContain(name.split(' ')[1]);
    for (const { id } of Object.values(app.ids)) expect(text).not.toContain(id);
    await waitFor(async () => {
      expect(await accessesOf(app, 'overview.export')).toEqual([
        expect.objectContaining({ action: 'E', patientId: null, recordPart: 'overview.indicators.csv' }),
      ]);
    });
  });

  it('prints the report of totals and logs the print as an export without a patient', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    const app = await openYear2026();
    await app.user.click(screen.getByRole('button', { name: 'Rapport afdrukken' }));
    expect(print).toHaveBeenCalledOnce();
    await waitFor(async () => {
      expect(await accessesOf(app, 'overview.print')).toEqual([
        expect.objectContaining({ action: 'E', patientId: null, recordPart: 'overview.indicators' }),
      ]);
    });
    expect(screen.getByText('Kwaliteitsindicatoren palliatieve zorg')).toBeInTheDocument();
    expect(screen.getByText('Huisartsenpraktijk De Linde')).toBeInTheDocument();
  });

  it('chooses a year, and a custom period that must end after it starts', async () => {
    const app = await renderApp('/overzicht');
    await seedOverviewYear(app.db);
    await app.user.click(await screen.findByRole('radio', { name: 'Jaar' }));
    await app.user.selectOptions(screen.getByRole('combobox', { name: 'Jaar' }), '2026');
    await screen.findByRole('table', { name: 'Indicatoren, 2026' });

    await app.user.click(screen.getByRole('radio', { name: 'Eigen periode' }));
    const from = screen.getByRole('textbox', { name: /^Van/ });
    const to = screen.getByRole('textbox', { name: /^Tot en met/ });
    await app.user.clear(from);
    await app.user.type(from, '01-07-2026');
    await app.user.clear(to);
    await app.user.type(to, '30-06-2026');
    await app.user.click(screen.getByRole('button', { name: 'Periode tonen' }));
    expect(await screen.findByText('De einddatum ligt vóór de begindatum.')).toBeInTheDocument();

    await app.user.clear(to);
    await app.user.type(to, '31-12-2026');
    await app.user.click(screen.getByRole('button', { name: 'Periode tonen' }));
    await screen.findByRole('table', { name: 'Indicatoren, 01-07-2026 t/m 31-12-2026' });
    await waitFor(async () => {
      expect((await rowOf('Gemarkeerd vóór overlijden')).cells.slice(0, 4)).toEqual(['50%', '1', '2', '1']);
    }, SEEDED);
  });

  it.each(['/overzicht?periode=2026', '/overzicht/markedBeforeDeath?periode=2026'])(
    "leads a specialist PZ from %s to their invitations: the figures are the practice's own",
    async (path) => {
      useSessionStore.setState({
        session: { ...TEST_SESSION, user: { ...TEST_SESSION.user, role: 'specialist-pz' } },
      });
      const app = await renderApp(path);
      await seedOverviewYear(app.db);
      expect(await screen.findByRole('heading', { level: 1, name: 'Uitnodigingen' })).toBeInTheDocument();
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
    },
  );
});
