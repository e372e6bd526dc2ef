import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { accessesOf, BSN, renderHandover } from './handover-test-data';

/** Text that may be split over several elements (e.g. a label and its bold value). */
const sentence = (text: string) => (_content: string, element: Element | null) =>
  element?.tagName === 'P' && element.textContent.replace(/\s+/g, ' ').trim().startsWith(text);

async function openSheet(...args: Parameters<typeof renderHandover>) {
  const app = await renderHandover(...args);
  const sheet = await screen.findByRole('article', { name: 'Overdracht voor HAP en ambulance' });
  return { ...app, sheet };
}

describe('Overdracht voor HAP en ambulance', () => {
  it('shows the treatment limits in words, with when and with whom they were discussed', async () => {
    const { sheet } = await openSheet();
    const limits = within(within(sheet).getByRole('region', { name: 'Behandelgrenzen' })).getAllByRole(
      'listitem',
    );
    expect(limits[0]).toHaveTextContent('Niet reanimeren');
    expect(limits[0]).toHaveTextContent('Besproken op 20-11-2026 met patiënt en dochter');
    const words = limits.map((limit) => limit.querySelector('strong')?.textContent);
    expect(words).toEqual([
      'Niet reanimeren',
      'Geen invasieve beademing',
      'Geen IC-opname',
      'Ziekenhuisopname: andere afspraak',
      'Wel antibiotica',
      'Bloedproducten: onbekend',
      'ICD uitzetten',
      'Geen kunstmatige voeding of vocht',
      'Dialyse: andere afspraak',
    ]);
    expect(limits[3]).toHaveTextContent('Afspraak: Alleen bij een heupfractuur');
    expect(within(sheet).getByText(sentence('Behandeldoel: symptoomgericht palliatief'))).toBeVisible();
    expect(within(sheet).getByText(sentence('Voorkeursplek van overlijden: thuis'))).toBeVisible();
    expect(within(sheet).getByText('Bel de huisartsenpost, niet 112')).toBeVisible();
  });

  it('shows the patient, the people to call and the last ACP conversation', async () => {
    const { sheet } = await openSheet();
    expect(within(sheet).getByText('Jan de Vries')).toBeVisible();
    expect(within(sheet).getByText(/Geboren 07-03-1948 \(\d+ jaar\)/)).toHaveTextContent(
      'Hoofddiagnose: Hartfalen (K77)',
    );
    const professionals = within(sheet).getByRole('region', { name: 'Zorgverleners' });
    expect(professionals).toHaveTextContent('RegiebehandelaarH. Bakker 030-1234567');
    expect(professionals).toHaveTextContent(
      'Eerste aanspreekpuntWies Jansen (wijkverpleegkundige) 06-12345678',
    );
    const contacts = within(sheet).getByRole('region', { name: 'Naasten en vertegenwoordigers' });
    expect(contacts).toHaveTextContent('NaasteEls de Vries (dochter) 06-87654321');
    expect(contacts).toHaveTextContent('Wettelijk vertegenwoordiger (curator)R. Kok 020-7654321');
    expect(within(sheet).getByText('Laatste ACP-gesprek').nextElementSibling).toHaveTextContent('20-11-2026');
    expect(sheet).toHaveTextContent('Afgedrukt op');
    expect(sheet).toHaveTextContent('door Petra Ouwens (POH), Huisartsenpraktijk De Linde');
  });

  it('leaves the BSN out until the box is ticked, and the box starts unticked on every visit', async () => {
    const { sheet, user, unmount, patient } = await openSheet();
    const box = screen.getByRole('checkbox', { name: /BSN opnemen/ });
    expect(box).not.toBeChecked();
    expect(document.body).not.toHaveTextContent(BSN);

    await user.click(box);
    expect(within(sheet).getByText(BSN)).toBeVisible();
    expect(sheet).toHaveTextContent('Met BSN, voor een ontvanger die het nodig heeft');

    unmount();
    await openSheet({}, patient);
    expect(screen.getByRole('checkbox', { name: /BSN opnemen/ })).not.toBeChecked();
    expect(document.body).not.toHaveTextContent(BSN);
  });

  it('marks a draft plan as CONCEPT, and an established one not', async () => {
    const { sheet, unmount } = await openSheet({ status: 'concept' });
    expect(within(sheet).getByText('CONCEPT')).toBeVisible();
    expect(sheet).toHaveTextContent('concept, nog niet vastgesteld');
    unmount();
    const established = await openSheet();
    expect(within(established.sheet).queryByText('CONCEPT')).not.toBeInTheDocument();
  });

  it('prints through the browser and logs the print as an export (NEN 7513)', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      // The browser announces a print it makes; the button's print must not be logged twice.
      window.dispatchEvent(new Event('beforeprint'));
    });
    const app = await openSheet();
    await app.user.click(screen.getByRole('button', { name: 'Afdrukken' }));
    expect(print).toHaveBeenCalledOnce();
    await waitFor(async () => {
      expect(await accessesOf(app, 'handover.print')).toHaveLength(1);
    });
    expect((await accessesOf(app, 'handover.print'))[0]).toMatchObject({
      action: 'E',
      patientId: app.patient.id,
      recordPart: 'carePlan.handover',
      outcome: 'success',
    });
  });

  it('logs a print started from the browser menu too, and says when the BSN was on it', async () => {
    const app = await openSheet();
    await app.user.click(screen.getByRole('checkbox', { name: /BSN opnemen/ }));
    window.dispatchEvent(new Event('beforeprint'));
    await waitFor(async () => {
      expect(await accessesOf(app, 'handover.print')).toEqual([
        expect.objectContaining({ action: 'E', recordPart: 'carePlan.handover+bsn' }),
      ]);
    });
  });

  it('logs opening the sheet as a read', async () => {
    const app = await openSheet();
    await waitFor(async () => {
      expect(await accessesOf(app, 'handover.view')).toEqual([
        expect.objectContaining({ action: 'R', patientId: app.patient.id }),
      ]);
    });
  });

  it('says so when the patient has no care plan, with a link to make one', async () => {
    const { patient } = await renderHandover(null);
    expect(await screen.findByRole('heading', { name: 'Nog geen zorgplan' })).toBeVisible();
    expect(screen.getByText(/Voor Jan de Vries is nog geen zorgplan vastgelegd/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Naar het zorgplan' })).toHaveAttribute(
      'href',
      `/patienten/${patient.id}/zorgplan`,
    );
    expect(screen.queryByRole('button', { name: 'Afdrukken' })).not.toBeInTheDocument();
  });
});
