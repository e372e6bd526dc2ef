import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n';
import { useSessionStore } from '../state/session-store';
import { testSession } from '../test/auth-client';
import { patientRow } from '../test/factories';
import { renderApp } from '../test/render';

const navLinks = () =>
  within(screen.getByRole('navigation', { name: 'Hoofdmenu' }))
    .getAllByRole('link')
    .map((link) => link.textContent);

afterEach(async () => {
  await setLanguage('nl');
});

describe('AppShell', () => {
  it('offers the Dutch main navigation, with the MDO planning behind its menu item', async () => {
    const { user } = await renderApp('/patienten');
    const nav = screen.getByRole('navigation', { name: 'Hoofdmenu' });
    const links = within(nav)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(links).toEqual(['Patiënten', 'MDO', 'Zorgplannen', 'Overzicht', 'Instellingen']);

    await user.click(within(nav).getByRole('link', { name: 'MDO' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'MDO' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Nieuw MDO' })).toHaveAttribute('href', '/mdo/nieuw');
    expect(screen.getByRole('heading', { level: 2, name: 'Komende overleggen' })).toBeInTheDocument();
  });

  it('shows the connection state and follows online and offline events', async () => {
    await renderApp('/patienten');
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent('Online');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(screen.getByText('Offline')).toBeInTheDocument();
  });

  it('switches the whole app to English from Instellingen', async () => {
    const { user } = await renderApp('/instellingen');
    await user.click(await screen.findByRole('radio', { name: 'English' }));
    expect(screen.getByRole('navigation', { name: 'Main menu' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  describe('by role', () => {
    it('shows a beheerder-only account no patient pages and starts it at Beheer', async () => {
      useSessionStore.setState({ session: testSession('beheerder') });
      await renderApp('/');
      expect(await screen.findByRole('heading', { level: 1, name: 'Beheer' })).toBeInTheDocument();
      expect(navLinks()).toEqual(['Beheer', 'Instellingen']);
      expect(screen.queryByRole('button', { name: 'Snel markeren' })).not.toBeInTheDocument();
      const sections = screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
      expect(sections).toEqual(['Team en uitnodigingen', 'Specialisten', 'Instellingen', 'Auditlog']);
    });

    it('tells a beheerder-only account at a patient address why there is nothing, and where to go', async () => {
      useSessionStore.setState({ session: testSession('beheerder') });
      const patient = patientRow({ familyName: 'Jansen' });
      const { user } = await renderApp(`/patienten/${patient.id}`, [patient]);
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Geen toegang tot patiëntgegevens' }),
      ).toBeInTheDocument();
      expect(screen.getByText(/alleen de rol beheerder/)).toBeInTheDocument();
      expect(screen.queryByText(/Jansen/)).not.toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: 'Naar Beheer' }));
      expect(await screen.findByRole('heading', { level: 1, name: 'Beheer' })).toBeInTheDocument();
    });

    it('shows a huisarts who is also beheerder the patient pages, and beheer under Instellingen', async () => {
      useSessionStore.setState({
        session: testSession('huisarts', 'Anna de Wit', ['huisarts', 'beheerder']),
      });
      const { user } = await renderApp('/');
      expect(await screen.findByRole('heading', { level: 1, name: 'Patiënten' })).toBeInTheDocument();
      expect(navLinks()).toEqual(['Patiënten', 'MDO', 'Zorgplannen', 'Overzicht', 'Instellingen']);
      expect(screen.getByRole('button', { name: 'Snel markeren' })).toBeInTheDocument();
      await user.click(screen.getByRole('link', { name: 'Instellingen' }));
      const beheer = await screen.findByRole('region', { name: 'Beheer' });
      await user.click(within(beheer).getByRole('link', { name: 'Team en uitnodigingen' }));
      expect(
        await screen.findByRole('heading', { level: 1, name: 'Team en uitnodigingen' }),
      ).toBeInTheDocument();
    });
  });
});
