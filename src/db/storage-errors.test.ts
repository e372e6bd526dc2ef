import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { classifyStorageError } from './storage-errors';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('classifyStorageError', () => {
  it.each([
    ['the browser’s quota error', quota(), 'quota'],
    ['a quota error Dexie wrapped', new Dexie.AbortError('aborted', quota()), 'quota'],
    ['a bulk write whose row hit the quota', new Dexie.BulkError('1 of 3 failed', { 1: quota() }), 'quota'],
    ['a bulk write that failed otherwise', new Dexie.BulkError('failed', { 0: new Error('x') }), 'storage'],
    ['any other failure', new DOMException('Disk I/O failed', 'UnknownError'), 'storage'],
    ['something that is no error at all', 'boom', 'storage'],
  ])('%s: %s', (_, error, expected) => {
    expect(classifyStorageError(error)).toBe(expected);
  });
});
