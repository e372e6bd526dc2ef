import { i18n } from '../../i18n';
import { describe, expect, it } from 'vitest';
import type { IsoDate } from '../../domain';
import { patientRow } from '../../test/factories';
import { registerRowTexts } from './row-texts';
import { statusBadgeTexts } from './StatusBadge';

/** The app's translator for Dutch, counted: each call is a word the list made rather than looked up. */
function countedDutch() {
  const made = { words: 0 };
  const t = new Proxy(i18n.getFixedT('nl'), {
    apply(target, thisArgument, args) {
      made.words += 1;
      return Reflect.apply(target, thisArgument, args) as unknown;
    },
  });
  return { made, texts: registerRowTexts(t, 'nl') };
}

describe('the register rows’ words', () => {
  it('are the words the rows said themselves, in Dutch', () => {
    const { texts } = countedDutch();
    const marked = patientRow({
      status: 'active',
      palliativeSince: '2026-03-07' as IsoDate,
      registerColour: 'orange',
    });
    expect(texts.date('1948-03-07' as IsoDate)).toBe('07-03-1948');
    expect(texts.age(78)).toBe('78 jaar');
    expect(texts.age(1)).toBe('1 jaar');
    expect(texts.status(marked)).toEqual(statusBadgeTexts(marked, i18n.getFixedT('nl'), 'nl'));
    expect(texts.status(marked).status).toBe('Gemarkeerd sinds 07-03-2026');
    expect(texts.suggestion(['surpriseNo', 'indicators'])).toBe(
      'Suggestie: markeren (surprise question: nee, indicatoren)',
    );
    expect(texts.newSignals).toBe('Nieuwe signalen');
    expect(texts.markedOnBehalf('Dr. Oost')).toBe('namens Dr. Oost');
  });

  it('makes each word once and looks it up for every further row', () => {
    const { made, texts } = countedDutch();
    const before = made.words;
    texts.age(78);
    texts.age(78);
    texts.markedOnBehalf('Dr. Oost');
    texts.markedOnBehalf('Dr. Oost');
    expect(made.words - before).toBe(2);
  });

  it('tells statuses apart by every fact the badge shows', () => {
    const { texts } = countedDutch();
    const since = (date: string) =>
      texts.status(patientRow({ status: 'active', palliativeSince: date as IsoDate })).status;
    expect(since('2026-03-07')).toBe('Gemarkeerd sinds 07-03-2026');
    expect(since('2026-04-01')).toBe('Gemarkeerd sinds 01-04-2026');
    const dying = patientRow({
      status: 'active',
      palliativeSince: '2026-03-07' as IsoDate,
      dyingPhaseSince: '2026-11-30' as IsoDate,
    });
    expect(texts.status(dying).status).toBe('Stervensfase sinds 30-11-2026');
    const coloured = patientRow({
      status: 'active',
      palliativeSince: '2026-03-07' as IsoDate,
      registerColour: 'red',
    });
    expect(texts.status(coloured).colour).toBe('Rood');
  });
});
