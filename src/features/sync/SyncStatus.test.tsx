import { act, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { i18n } from '../../i18n';
import { syncStatusStore } from '../../sync/sync-status';
import { renderApp } from '../../test/render';

afterEach(() => {
  vi.restoreAllMocks();
  syncStatusStore.setState({ phase: 'idle', progress: null });
});

describe('SyncStatus in the header', () => {
  it('shows how far a first sync is as text and as a labelled progress bar', async () => {
    await renderApp('/');
    act(() => {
      syncStatusStore.setState({
        phase: 'syncing',
        progress: { received: 1240, total: 3000, checkpoint: 9 },
      });
    });
    const status = await screen.findByRole('link', { name: 'Synchronisatie: 1.240 van 3.000 gegevens' });
    const bar = screen.getByRole('progressbar', { name: 'Gegevens ophalen' });
    expect(status).toContainElement(bar);
    expect(bar).toHaveAttribute('value', '1240');
    expect(bar).toHaveAttribute('max', '3000');

    act(() => {
      syncStatusStore.setState({ phase: 'idle', progress: null, lastSyncedAt: null });
    });
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('announces a first sync once, not every count it reaches', async () => {
    await renderApp('/');
    const pageOf = (received: number) => {
      act(() => {
        syncStatusStore.setState({ phase: 'syncing', progress: { received, total: 3000, checkpoint: 9 } });
      });
    };
    pageOf(500);
    const status = await screen.findByRole('link', { name: 'Synchronisatie: 500 van 3.000 gegevens' });
    const liveRegion = status.querySelector('[aria-live="polite"]');
    expect(liveRegion).toHaveTextContent('Bezig met synchroniseren…');
    pageOf(1000);
    expect(status).toHaveAccessibleName('Synchronisatie: 1.000 van 3.000 gegevens');
    expect(liveRegion).toHaveTextContent('Bezig met synchroniseren…');

    act(() => {
      syncStatusStore.setState({ phase: 'idle', progress: null, lastSyncedAt: null });
    });
    expect(liveRegion).toHaveTextContent('Nog niet gesynchroniseerd');
  });

  it('renders nothing again when a page only moves the checkpoint, the count staying the same', async () => {
    await renderApp('/');
    act(() => {
      syncStatusStore.setState({ phase: 'syncing', progress: { received: 500, total: 3000, checkpoint: 9 } });
    });
    await screen.findByRole('link', { name: 'Synchronisatie: 500 van 3.000 gegevens' });
    const translate = vi.spyOn(i18n, 't');
    act(() => {
      syncStatusStore.setState({
        phase: 'syncing',
        progress: { received: 500, total: 3000, checkpoint: 14, receivedAtCheckpoint: 500 },
      });
    });
    expect(translate).not.toHaveBeenCalled();
  });

  it('formats the counts of every page with number formats built before, not new ones', async () => {
    await renderApp('/');
    const pageOf = (received: number) => {
      act(() => {
        syncStatusStore.setState({ phase: 'syncing', progress: { received, total: 3000, checkpoint: 9 } });
      });
    };
    pageOf(500);
    await screen.findByRole('link', { name: 'Synchronisatie: 500 van 3.000 gegevens' });
    const numberFormat = vi.spyOn(Intl, 'NumberFormat');
    pageOf(1240);
    pageOf(2000);
    expect(
      screen.getByRole('link', { name: 'Synchronisatie: 2.000 van 3.000 gegevens' }),
    ).toBeInTheDocument();
    expect(numberFormat).not.toHaveBeenCalled();
  });
});
