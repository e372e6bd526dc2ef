import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { IsoDate } from '../../../domain';
import { i18n } from '../../../i18n';
import { useMeetingText } from './useMeetingText';

afterEach(async () => {
  await i18n.changeLanguage('nl');
});

const text = () => renderHook(() => useMeetingText()).result;

describe('useMeetingText', () => {
  it('writes a meeting day with its Dutch weekday, as dd-mm-jjjj', () => {
    expect(text().current.date('2026-01-15' as IsoDate)).toBe('donderdag 15-01-2026');
    expect(text().current.date('2026-03-01' as IsoDate)).toBe('zondag 01-03-2026');
  });

  it('writes the times of a meeting and a member role in Dutch', () => {
    expect(text().current.time({ startTime: '09:30', endTime: '11:00' })).toBe('09:30–11:00 uur');
    expect(text().current.role('poh')).toBe('POH');
  });

  it.each([
    ['meeting.endBeforeStart', 'De eindtijd moet na de begintijd liggen.'],
    ['authorMissing', 'Er is niemand aangemeld op dit apparaat. Meld u opnieuw aan om dit vast te leggen.'],
    ['no.such.code', 'Deze waarde is niet geldig.'],
  ])('says error %s in the MDO wording, else the app wording, else a general sentence', (code, sentence) => {
    expect(text().current.issue(code)).toBe(sentence);
  });

  it('follows a switch to English, weekday included', async () => {
    const result = text();
    await act(() => i18n.changeLanguage('en'));
    expect(result.current.date('2026-01-15' as IsoDate)).toMatch(/^Thursday /);
  });
});
