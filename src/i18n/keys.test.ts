import { describe, expect, it } from 'vitest';
import { firstTextKey, i18n, keyUnder, knownTextKey, textOr } from './index';

describe('typed keys for codes from outside', () => {
  it('knows a key only where the Dutch texts hold a text, not a group of texts', () => {
    expect(knownTextKey('errors.invalid')).toBe('errors.invalid');
    expect(knownTextKey('errors.noSuchCode')).toBeUndefined();
    expect(knownTextKey('errors')).toBeUndefined();
  });

  it('takes the first key that has a text, else the fallback', () => {
    expect(firstTextKey(['account.errors.noSuchCode', 'errors.invalid'], 'account.failures.unknown')).toBe(
      'errors.invalid',
    );
    expect(firstTextKey(['errors.noSuchCode'], 'account.failures.unknown')).toBe('account.failures.unknown');
  });

  it('keeps the code itself where the app has no words for it', () => {
    const t = i18n.getFixedT('nl');
    expect(textOr(t, 'checklists.groups.eigenGroep', 'Eigen groep')).toBe('Eigen groep');
    expect(textOr(t, 'errors.invalid', 'x')).toBe(t('errors.invalid'));
  });

  it('builds an option key under its prefix', () => {
    expect(keyUnder('marking.colour', 'red')).toBe('marking.colour.red');
  });
});
