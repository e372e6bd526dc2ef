import { registerSyncPageTexts } from './sync-page-i18n';

registerSyncPageTexts();
/**
 * The Dutch names of what a conflict or refused change is about: the record kind ("Zorgplan") and the field
 * group within it ("Afspraken voor acute situaties"). The words live in sync.<lang>.json under `entities`
 * and `groups.<entity>`, one entry for every kind and group of SYNC_ENTITY_DEFINITIONS (record-labels.test.ts
 * keeps them complete).
 */

export function entityLabelKey(entity: string): string {
  return `syncPage.entities.${entity}`;
}

export function groupLabelKey(entity: string, group: string): string {
  return `syncPage.groups.${entity}.${group}`;
}
