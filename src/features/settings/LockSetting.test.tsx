import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useLockStore } from '../../state/lock-store';
import { useSessionStore } from '../../state/session-store';
import { TEST_SESSION } from '../../test/factories';
import { renderApp } from '../../test/render';

function optionLabels(select: HTMLElement): string[] {
  return within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);
}

beforeEach(() => {
  useLockStore.getState().reset();
});

describe('Instellingen: the device lock', () => {
  it('offers 1 to 30 minutes on a personal device, 15 by default, and remembers the choice', async () => {
    const { user } = await renderApp('/instellingen');
    const select = await screen.findByRole('combobox', { name: 'Vergrendelen na' });
    expect(select).toHaveDisplayValue('15 minuten (standaard)');
    expect(optionLabels(select)).toEqual([
      '1 minuut',
      '2 minuten',
      '5 minuten',
      '10 minuten',
      '15 minuten (standaard)',
      '20 minuten',
      '30 minuten',
    ]);
    await user.selectOptions(select, '5 minuten');
    expect(useLockStore.getState().idleSeconds).toBe(300);
  });

  it('keeps a shared device at 5 minutes or less', async () => {
    useSessionStore.setState({
      session: { ...TEST_SESSION, user: { ...TEST_SESSION.user, isSharedDevice: true } },
    });
    useLockStore.getState().setIdleSeconds(30 * 60);
    await renderApp('/instellingen');
    const select = await screen.findByRole('combobox', { name: 'Vergrendelen na' });
    expect(select).toHaveDisplayValue('5 minuten (standaard)');
    expect(optionLabels(select)).toEqual(['1 minuut', '2 minuten', '5 minuten (standaard)']);
  });
});
