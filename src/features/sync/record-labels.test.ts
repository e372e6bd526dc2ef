import { describe, expect, it } from 'vitest';
import { SYNC_ENTITY_DEFINITIONS } from '../../domain';
import { i18n, textOr } from '../../i18n';
import { entityLabelKey, groupLabelKey } from './record-labels';

const kinds = Object.entries(SYNC_ENTITY_DEFINITIONS);
const groups = kinds.flatMap(([entity, definition]) =>
  Object.keys(definition.fieldGroups).map((group) => [entity, group] as const),
);

describe('record labels', () => {
  it.each(kinds.map(([entity]) => entity))('names the record kind %s in Dutch and English', (entity) => {
    expect(i18n.exists(entityLabelKey(entity), { lng: 'nl' })).toBe(true);
    expect(i18n.exists(entityLabelKey(entity), { lng: 'en' })).toBe(true);
  });

  it.each(groups)('names the field group %s.%s in Dutch and English', (entity, group) => {
    expect(i18n.exists(groupLabelKey(entity, group), { lng: 'nl' })).toBe(true);
    expect(i18n.exists(groupLabelKey(entity, group), { lng: 'en' })).toBe(true);
  });

  it('uses the clinical words, not the field names', () => {
    expect(textOr(i18n.getFixedT('nl'), groupLabelKey('carePlan', 'acuteAgreements'), 'none')).toBe(
      'Afspraken voor acute situaties',
    );
  });
});
