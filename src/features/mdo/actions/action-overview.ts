/**
 * The actions overview as pure functions: which actions are overdue, who owns actions, and the open and
 * done lists for a filter (open by due date, the overdue ones first by nature; done most recent first).
 */
import type { ActionOverviewRow } from '../../../db';
import type { IsoDate, MdoAction } from '../../../domain';

export const STATUS_FILTERS = ['open', 'done', 'all'] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export interface ActionFilter {
  status: StatusFilter;
  /** Only this owner's actions; null for everyone's. */
  owner: string | null;
}

/** An open action whose due date has passed (due today is not overdue yet). */
export function isOverdue(action: Pick<MdoAction, 'status' | 'dueDate'>, today: IsoDate): boolean {
  return action.status === 'open' && action.dueDate < today;
}

/** Everyone who owns an action, alphabetically as Dutch readers sort. */
export function ownersOf(rows: readonly ActionOverviewRow[]): string[] {
  return [...new Set(rows.map((row) => row.action.owner))].sort((a, b) => a.localeCompare(b, 'nl'));
}

const byDue = (a: ActionOverviewRow, b: ActionOverviewRow) =>
  a.action.dueDate.localeCompare(b.action.dueDate) || a.action.createdAt.localeCompare(b.action.createdAt);

const byDoneLatest = (a: ActionOverviewRow, b: ActionOverviewRow) =>
  (b.action.doneOn ?? '').localeCompare(a.action.doneOn ?? '') || byDue(a, b);

/** The open and the done actions that pass the filter, each in reading order. */
export function filterActions(
  rows: readonly ActionOverviewRow[],
  filter: ActionFilter,
): { open: ActionOverviewRow[]; done: ActionOverviewRow[] } {
  const owned = filter.owner === null ? rows : rows.filter((row) => row.action.owner === filter.owner);
  return {
    open: filter.status === 'done' ? [] : owned.filter((row) => row.action.status === 'open').sort(byDue),
    done:
      filter.status === 'open' ? [] : owned.filter((row) => row.action.status === 'done').sort(byDoneLatest),
  };
}
