import type { ChecklistItem } from '../../domain';

/** Items in definition order, gathered per group (indicator lists); ungrouped items form one block. */
export function groupItems(
  items: readonly ChecklistItem[],
): { group: string | undefined; items: ChecklistItem[] }[] {
  const groups: { group: string | undefined; items: ChecklistItem[] }[] = [];
  for (const item of items) {
    const last = groups.at(-1);
    if (last && last.group === item.group) last.items.push(item);
    else groups.push({ group: item.group, items: [item] });
  }
  return groups;
}
