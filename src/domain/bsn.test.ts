import { describe, expect, it } from 'vitest';
import { isValidBsn, maskBsn } from './bsn';

describe('isValidBsn', () => {
  it.each([
    ['111222333', true],
    ['123456782', true],
    ['111222334', false],
    ['123456789', false],
    ['000000000', false],
    ['12345678', false],
    ['1234567890', false],
    ['12345678a', false],
    ['', false],
  ])('%s -> %s', (bsn, expected) => {
    expect(isValidBsn(bsn)).toBe(expected);
  });
});

describe('maskBsn', () => {
  it('shows only the last three digits', () => {
    expect(maskBsn('111222333')).toBe('******333');
  });
});
