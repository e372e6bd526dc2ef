import { act, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { setLanguage } from '../i18n';
import { renderApp } from '../test/render';

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
});
