import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useAppUpdateStore } from '../state/app-update-store';
import { UpdateBanner } from './UpdateBanner';

beforeEach(() => {
  useAppUpdateStore.setState({
    isUpdateWaiting: false,
    isDismissed: false,
    activateUpdate: null,
    dirtyForms: new Set(),
  });
});

describe('UpdateBanner', () => {
  it('stays hidden until a new version waits', () => {
    render(<UpdateBanner />);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('activates the waiting version when asked', async () => {
    const activate = vi.fn(() => Promise.resolve());
    render(<UpdateBanner />);
    act(() => {
      useAppUpdateStore.getState().offerUpdate(activate);
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Er is een nieuwe versie van Tijdig beschikbaar.');
    await userEvent.click(screen.getByRole('button', { name: 'Nu bijwerken' }));
    expect(activate).toHaveBeenCalledOnce();
  });

  it('never reloads over unsaved input', async () => {
    const activate = vi.fn(() => Promise.resolve());
    render(<UpdateBanner />);
    act(() => {
      useAppUpdateStore.getState().offerUpdate(activate);
      useAppUpdateStore.getState().setFormDirty('patient-form', true);
    });
    expect(screen.getByRole('alert')).toHaveTextContent('Sla eerst uw invoer op');
    const update = screen.getByRole('button', { name: 'Nu bijwerken' });
    expect(update).toBeDisabled();
    await userEvent.click(update);
    expect(activate).not.toHaveBeenCalled();

    act(() => {
      useAppUpdateStore.getState().setFormDirty('patient-form', false);
    });
    expect(screen.getByRole('button', { name: 'Nu bijwerken' })).toBeEnabled();
  });

  it('can be put off until later', async () => {
    render(<UpdateBanner />);
    act(() => {
      useAppUpdateStore.getState().offerUpdate(() => Promise.resolve());
    });
    await userEvent.click(screen.getByRole('button', { name: 'Later' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
