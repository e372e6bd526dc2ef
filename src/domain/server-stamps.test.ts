import { describe, expect, it } from 'vitest';
import type { IsoDateTime } from './date-schemas';
import {
  normaliseChange,
  offlineRecordedAt,
  plausibleDeviceTime,
  stampChangedRecord,
  type StampContext,
  type StampRules,
} from './server-stamps';
import { SYNC_ENTITIES } from './sync';
import { SYNC_ENTITY_DEFINITIONS } from './sync-entities';

const RECEIVED = '2026-11-23T10:00:00.000Z' as IsoDateTime;
const DEVICE = '2026-11-22T18:30:00.000Z' as IsoDateTime;
const FORGED = { userId: 'x', name: 'Iemand Anders', role: 'huisarts' };
const context: StampContext = {
  author: { userId: 'u-1', name: 'Wies Jansen', role: 'wijkverpleegkundige' },
  receivedAt: RECEIVED,
  deviceAt: DEVICE,
};
const rules: StampRules = {
  author: ['author'],
  authorWhenSet: ['nominatedBy'],
  timeOnCreate: ['createdAt'],
  timeOnChange: ['updatedAt'],
  timeWhenSet: ['deletedAt'],
  deviceTime: 'deviceRecordedAt',
};

describe('normaliseChange', () => {
  const stored = { author: FORGED, nominatedBy: FORGED, deletedAt: '2026-01-01T00:00:00.000Z' };
  it.each([
    ['drops an author the device sent', { author: FORGED, text: 'a' }, undefined, { text: 'a' }],
    [
      'drops the moments the server sets',
      { createdAt: 'x', updatedAt: 'y', text: 'a' },
      undefined,
      { text: 'a' },
    ],
    ['drops a device clock the device claims', { deviceRecordedAt: 'x' }, undefined, {}],
    [
      'stamps a nominator the change fills',
      { nominatedBy: FORGED },
      undefined,
      { nominatedBy: context.author },
    ],
    [
      'keeps a nominator already stored',
      { nominatedBy: { name: 'B', role: 'poh' } },
      stored,
      { nominatedBy: FORGED },
    ],
    ['clears a nominator the change empties', { nominatedBy: null }, stored, { nominatedBy: null }],
    [
      'stamps a deletion with the receipt time',
      { deletedAt: '1999-01-01T00:00:00.000Z' },
      undefined,
      { deletedAt: RECEIVED },
    ],
    [
      'keeps the first deletion time',
      { deletedAt: '1999-01-01T00:00:00.000Z' },
      stored,
      { deletedAt: stored.deletedAt },
    ],
  ])('%s', (_name, changed, current, expected) => {
    expect(normaliseChange(rules, changed, current, context)).toEqual(expected);
  });

  it('stamps a nested record whole (a care-plan version holds the plan)', () => {
    const nested: StampRules = { nested: { plan: { author: ['author'], timeOnChange: ['updatedAt'] } } };
    const changed = { plan: { author: FORGED, updatedAt: 'x', text: 'a' } };
    expect(normaliseChange(nested, changed, undefined, context)).toEqual({
      plan: { author: context.author, updatedAt: RECEIVED, text: 'a' },
    });
  });
});

describe('stampChangedRecord', () => {
  it('sets author, change time and device time, and the creation time only on create', () => {
    const row = { text: 'a', createdAt: 'earlier' };
    expect(stampChangedRecord(rules, row, context, false)).toEqual({
      text: 'a',
      createdAt: 'earlier',
      author: context.author,
      updatedAt: RECEIVED,
      deviceRecordedAt: DEVICE,
    });
    expect(stampChangedRecord(rules, row, context, true)).toMatchObject({ createdAt: RECEIVED });
  });
});

describe('plausibleDeviceTime', () => {
  const received = new Date(RECEIVED);
  it.each([
    ['a moment of offline work earlier today', DEVICE, DEVICE],
    ['a clock a little ahead', '2026-11-23T10:04:00.000Z', '2026-11-23T10:04:00.000Z'],
    ['a clock far ahead', '2026-11-23T11:00:00.000Z', null],
    ['more than a year ago', '2025-11-01T00:00:00.000Z', null],
    ['not a time', 'gisteren', null],
  ])('%s', (_name, deviceAt, expected) => {
    expect(plausibleDeviceTime(deviceAt, received)).toBe(expected);
  });
});

describe('the stamp rules of every synced record kind', () => {
  it.each(SYNC_ENTITIES)('%s names only fields its schema has', (entity) => {
    const { stamps, schema } = SYNC_ENTITY_DEFINITIONS[entity];
    const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
    const fields = [
      ...(stamps.author ?? []),
      ...(stamps.authorWhenSet ?? []),
      ...(stamps.timeOnCreate ?? []),
      ...(stamps.timeOnChange ?? []),
      ...(stamps.timeWhenSet ?? []),
      ...(stamps.deviceTime ? [stamps.deviceTime] : []),
    ];
    // Discriminated unions and refined objects have no plain shape: their fields are checked by the
    // push tests instead.
    if (shape) for (const field of fields) expect(Object.keys(shape)).toContain(field);
  });

  it('stamps the author of every record kind that records one', () => {
    const withAuthor = SYNC_ENTITIES.filter((entity) =>
      (SYNC_ENTITY_DEFINITIONS[entity].stamps.author ?? []).includes('author'),
    );
    expect(withAuthor.sort()).toEqual(['carePlan', 'carePlanVersion', 'checklistResult', 'markingEvent']);
  });
});

describe('offlineRecordedAt', () => {
  it.each([
    ['recorded offline the evening before', DEVICE, DEVICE],
    ['sent within minutes', '2026-11-23T09:58:00.000Z', null],
    ['unknown', null, null],
  ])('%s', (_name, deviceAt, expected) => {
    expect(offlineRecordedAt(deviceAt, RECEIVED)).toBe(expected);
  });
});

describe('stamps of a field with its own author (onFieldChange)', () => {
  const adviceRules: StampRules = { onFieldChange: { advice: { author: ['adviceBy'], time: ['adviceAt'] } } };
  const stored = { advice: 'Oud advies', adviceBy: FORGED, adviceAt: DEVICE };

  it('stamps the pushing account and the receipt time when the field changes, dropping what the device sent', () => {
    const changed = { advice: 'Nieuw advies', adviceBy: FORGED, adviceAt: DEVICE };
    expect(normaliseChange(adviceRules, changed, stored, context)).toEqual({
      advice: 'Nieuw advies',
      adviceBy: context.author,
      adviceAt: RECEIVED,
    });
  });

  it('leaves the stamps alone when the change does not write the field', () => {
    expect(normaliseChange(adviceRules, { status: 'accepted', adviceBy: FORGED }, stored, context)).toEqual({
      status: 'accepted',
    });
  });

  it('clears the stamps when the field is emptied', () => {
    expect(normaliseChange(adviceRules, { advice: '' }, stored, context)).toEqual({
      advice: '',
      adviceBy: null,
      adviceAt: null,
    });
  });
});
