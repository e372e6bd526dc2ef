import { describe, expect, it } from 'vitest';
import type { ActionOverviewRow } from '../../../db';
import type { IsoDate, IsoDateTime, MdoAction, MdoActionStatus } from '../../../domain';
import { filterActions, isOverdue, ownersOf, type ActionFilter } from './action-overview';

const TODAY = '2026-11-23' as IsoDate;

let sequence = 0;
function row(
  what: string,
  owner: string,
  dueDate: string,
  status: MdoActionStatus = 'open',
  doneOn: string | null = null,
): ActionOverviewRow {
  sequence += 1;
  const action: MdoAction = {
    id: `0190f0e2-7c4a-7000-8000-${String(sequence).padStart(12, '0')}`,
    what,
    owner,
    dueDate: dueDate as IsoDate,
    status,
    doneOn: doneOn as IsoDate | null,
    meetingId: null,
    agendaItemId: null,
    patientId: null,
    createdAt: `2026-11-0${String((sequence % 9) + 1)}T10:00:00.000Z` as IsoDateTime,
    deletedAt: null,
  };
  return { action, patientName: null, meetingDate: null };
}

describe('isOverdue', () => {
  it.each<[string, MdoActionStatus, string, boolean]>([
    ['open and due yesterday', 'open', '2026-11-22', true],
    ['open and due today', 'open', '2026-11-23', false],
    ['open and due tomorrow', 'open', '2026-11-24', false],
    ['done although its date passed', 'done', '2026-11-01', false],
  ])('%s', (_case, status, dueDate, expected) => {
    expect(isOverdue({ status, dueDate: dueDate as IsoDate }, TODAY)).toBe(expected);
  });
});

describe('filterActions', () => {
  const rows = [
    row('Kit bestellen', 'Fatima', '2026-12-01'),
    row('Bellen', 'Hanna', '2026-11-20'),
    row('Zorgplan', 'Fatima', '2026-11-10', 'done', '2026-11-12'),
    row('Scholing', 'Hanna', '2026-11-30', 'done', '2026-11-21'),
  ];
  const whats = (list: ActionOverviewRow[]) => list.map((r) => r.action.what);

  it.each<[string, ActionFilter, string[], string[]]>([
    ['open only, by due date', { status: 'open', owner: null }, ['Bellen', 'Kit bestellen'], []],
    ['done only, latest first', { status: 'done', owner: null }, [], ['Scholing', 'Zorgplan']],
    ['all of one owner', { status: 'all', owner: 'Fatima' }, ['Kit bestellen'], ['Zorgplan']],
    ['an owner without actions', { status: 'all', owner: 'Piet' }, [], []],
  ])('%s', (_case, filter, open, done) => {
    const result = filterActions(rows, filter);
    expect(whats(result.open)).toEqual(open);
    expect(whats(result.done)).toEqual(done);
  });

  it('lists each owner once, alphabetically', () => {
    expect(ownersOf([...rows, row('x', 'Éva', '2026-12-01'), row('y', 'anna', '2026-12-01')])).toEqual([
      'anna',
      'Éva',
      'Fatima',
      'Hanna',
    ]);
  });
});
