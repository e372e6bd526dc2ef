import { describe, expect, it } from 'vitest';
import { i18n } from '../../i18n';
import type { PullProgress } from '../../sync/sync-status';
import { syncLabelOf, syncLabelText } from './sync-label';

const idle = {
  phase: 'idle' as const,
  lastSyncedAt: '2026-11-23T10:00:00.000Z',
  errorCode: null,
  retryAt: null as string | null,
  progress: null as PullProgress | null,
};
const none = { pending: 0, conflicts: 0, rejected: 0 };

describe('syncLabelOf', () => {
  it.each([
    ['up to date', idle, none, true, { key: 'upToDate', tone: 'ok' }],
    ['never synced', { ...idle, lastSyncedAt: null }, none, true, { key: 'notYet', tone: 'ok' }],
    ['waiting online', idle, { ...none, pending: 3 }, true, { key: 'pending', count: 3 }],
    [
      'offline with waiting changes',
      idle,
      { ...none, pending: 2 },
      false,
      { key: 'offlinePending', count: 2 },
    ],
    ['offline, nothing waiting', idle, none, false, { key: 'offline', tone: 'attention' }],
    ['busy', { ...idle, phase: 'syncing' as const }, none, true, { key: 'syncing', tone: 'busy' }],
    [
      'conflicts first, and the waiting changes beside them',
      idle,
      { ...none, pending: 1, conflicts: 2 },
      true,
      { key: 'conflicts', count: 2, also: [{ key: 'pending', count: 1 }] },
    ],
    [
      'refused first, then conflicts and changes waiting for a connection',
      idle,
      { pending: 3, conflicts: 1, rejected: 1 },
      false,
      {
        key: 'rejected',
        count: 1,
        also: [
          { key: 'conflicts', count: 1 },
          { key: 'offlinePending', count: 3 },
        ],
      },
    ],
    ['session ended', { ...idle, phase: 'signedOut' as const }, none, true, { key: 'signedOut' }],
    [
      'app too old',
      { ...idle, phase: 'tooOld' as const },
      { ...none, pending: 4 },
      true,
      { key: 'tooOld', tone: 'problem' },
    ],
  ])('%s', (_case, state, counts, isOnline, expected) => {
    expect(syncLabelOf(state, counts, isOnline)).toMatchObject(expected);
  });

  it('says when a busy server is tried again, in seconds from now', () => {
    const state = { ...idle, phase: 'serverBusy' as const, retryAt: '2026-11-23T10:00:30.000Z' };
    const label = syncLabelOf(state, none, true, new Date('2026-11-23T10:00:00.500Z'));
    expect(label).toMatchObject({ key: 'serverBusy', count: 30, tone: 'attention' });
    expect(syncLabelText(label, '', i18n.t, 'nl')).toBe('Server druk, opnieuw over 30 s');
  });

  it('says how far a first sync is, in Dutch number format, and in English', () => {
    const progress = { received: 1240, total: 3000, checkpoint: 1240 };
    const label = syncLabelOf({ ...idle, phase: 'syncing', progress }, none, true);
    expect(label).toMatchObject({ key: 'progress', tone: 'busy', progress: { received: 1240, total: 3000 } });
    expect(syncLabelText(label, '', i18n.t, 'nl')).toBe('1.240 van 3.000 gegevens');
    expect(syncLabelText(label, '', i18n.getFixedT('en'), 'en')).toBe('1,240 of 3,000 records');
  });

  it('says only that it syncs once the pull is done or when the server did not count', () => {
    expect(syncLabelOf({ ...idle, phase: 'syncing' }, none, true)).toMatchObject({ key: 'syncing' });
  });

  it('lets a busy server or a lost connection say so, not the progress it broke off at', () => {
    const progress = { received: 200, total: 3000, checkpoint: 200 };
    const offline = syncLabelOf({ ...idle, phase: 'offline', progress }, none, true);
    expect(offline).toMatchObject({ key: 'offline' });
    expect(offline.progress).toBeUndefined();
  });

  it('says the conflicts and the waiting changes in one line', () => {
    const label = syncLabelOf(idle, { pending: 2, conflicts: 1, rejected: 0 }, true);
    expect(syncLabelText(label, '', i18n.t, 'nl')).toBe('1 conflict · 2 wachtend');
  });
});
