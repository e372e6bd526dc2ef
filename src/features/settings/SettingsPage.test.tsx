import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { signallingCardV1 } from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { testSession } from '../../test/auth-client';
import { renderApp } from '../../test/render';

function jsonFile(text: string): File {
  return new File([text], 'kaart.json', { type: 'application/json' });
}

async function openImport() {
  const app = await renderApp('/instellingen');
  const section = await screen.findByRole('region', { name: 'Signaleringskaart van de regio' });
  return { ...app, section, input: within(section).getByLabelText('JSON-bestand met de kaart') };
}

describe('Instellingen', () => {
  it('asks no name or role: the signed-in account is the author', async () => {
    await renderApp('/instellingen');
    await screen.findByRole('region', { name: 'MDO' });
    expect(screen.queryByRole('region', { name: 'Uw gegevens' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/^Uw naam/)).not.toBeInTheDocument();
  });

  it('refuses a file that is not JSON', async () => {
    const { user, section, input, db } = await openImport();
    await user.upload(input, jsonFile('{ niet json'));
    expect(await within(section).findByRole('alert')).toHaveTextContent('Dit bestand is geen geldige JSON.');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(await db.checklistDefinitions.count()).toBe(0);
  });

  it('explains what is wrong with a malformed card', async () => {
    const { user, section, input } = await openImport();
    const card = {
      ...signallingCardV1,
      id: 'regio-west',
      items: [signallingCardV1.items[0], signallingCardV1.items[0]],
    };
    await user.upload(input, jsonFile(JSON.stringify(card)));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'items: twee vragen hebben hetzelfde id',
    );
  });

  it('imports a valid regional card and lists it', async () => {
    const { user, section, input, db } = await openImport();
    const card = { ...signallingCardV1, id: 'regio-west', title: 'Signaleringskaart regio West' };
    await user.upload(input, jsonFile(JSON.stringify(card)));
    expect(await within(section).findByRole('status')).toHaveTextContent(
      'Geïmporteerd: Signaleringskaart regio West (versie 1).',
    );
    // The list is a live query of its own: it may render a moment after the confirmation.
    expect(await within(section).findByRole('listitem')).toHaveTextContent(
      'Signaleringskaart regio West (versie 1)',
    );
    expect(await db.checklistDefinitions.count()).toBe(1);
  });

  it('offers beheerders the way to the team and the audit log', async () => {
    useSessionStore.setState({ session: testSession('beheerder') });
    await renderApp('/instellingen');
    const admin = await screen.findByRole('region', { name: 'Beheer' });
    expect(within(admin).getByRole('link', { name: 'Team en uitnodigingen' })).toHaveAttribute(
      'href',
      '/instellingen/team',
    );
    expect(within(admin).getByRole('link', { name: 'Specialisten' })).toHaveAttribute(
      'href',
      '/specialisten',
    );
    expect(within(admin).getByRole('link', { name: 'Auditlog' })).toHaveAttribute(
      'href',
      '/instellingen/auditlog',
    );
  });

  it('shows a beheerder-only account the practice settings, not the MDO', async () => {
    useSessionStore.setState({ session: testSession('beheerder') });
    await renderApp('/instellingen');
    await screen.findByRole('region', { name: 'Beheer' });
    expect(screen.getByRole('region', { name: 'Taal' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Signaleringskaart van de regio' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Opslag op dit apparaat' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'MDO' })).not.toBeInTheDocument();
  });

  it('keeps the MDO for a huisarts who is also beheerder', async () => {
    useSessionStore.setState({ session: testSession('huisarts', 'Anna de Wit', ['huisarts', 'beheerder']) });
    await renderApp('/instellingen');
    await screen.findByRole('region', { name: 'Beheer' });
    expect(screen.getByRole('region', { name: 'MDO' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Signaleringskaart van de regio' })).toBeInTheDocument();
  });

  it('shows no beheer links to other roles', async () => {
    useSessionStore.setState({ session: testSession('huisarts') });
    await renderApp('/instellingen');
    await screen.findByRole('region', { name: 'MDO' });
    expect(screen.queryByRole('region', { name: 'Beheer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Auditlog' })).not.toBeInTheDocument();
  });
});
