/**
 * The words of the register's rows, made by the list once per language instead of by every row: each
 * row asking i18next itself (its own `useTranslation`, plural rules for the age, interpolation for the
 * status date) was about a quarter of a scroll step's render in a profile of list.patients-10k at 4x CPU,
 * where a step mounts a screenful of new rows. The same words recur across rows (ages, statuses, the
 * huisartsen a POH marks for), so each is made once and then looked up. The words are all bundled texts
 * (nl.json, marking.nl.json, and English loaded whole), so they cannot change while the language stays;
 * a new language makes new texts.
 */
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { IsoDate, SuggestionReason } from '../../domain';
import type { RegisterRow } from '../../db';
import { formatDate } from '../../lib/format';
import { statusBadgeTexts, type StatusBadgeTexts } from './StatusBadge';

export interface RegisterRowTexts {
  date(date: IsoDate): string;
  age(years: number): string;
  status(patient: RegisterRow): StatusBadgeTexts;
  /** Why a marking conversation is suggested. */
  suggestion(reasons: readonly SuggestionReason[]): string;
  readonly newSignals: string;
  markedOnBehalf(name: string): string;
}

export function useRegisterRowTexts(): RegisterRowTexts {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => registerRowTexts(t, language), [t, language]);
}

export function registerRowTexts(t: TFunction, language: string): RegisterRowTexts {
  return {
    date: (date) => formatDate(date, language),
    age: lookedUp((years: number) => t('patient.age', { count: years })),
    status: lookedUpBy(
      (patient: RegisterRow) =>
        `${patient.status}|${patient.palliativeSince ?? ''}|${patient.dyingPhaseSince ?? ''}|${patient.deathDate ?? ''}|${patient.registerColour ?? ''}`,
      (patient) => statusBadgeTexts(patient, t, language),
    ),
    suggestion: lookedUpBy(
      (reasons: readonly SuggestionReason[]) => reasons.join(','),
      (reasons) =>
        t('register.suggestion', {
          reasons: reasons.map((reason) => t(`register.reasons.${reason}`)).join(', '),
        }),
    ),
    newSignals: t('register.signals'),
    markedOnBehalf: lookedUp((name: string) => t('register.markedOnBehalf', { name })),
  };
}

function lookedUp<K extends string | number, V>(make: (key: K) => V): (key: K) => V {
  return lookedUpBy((key) => key, make);
}

/**
 * `make`, remembering its answer per key. Ages and names are few; statuses differ by their dates, so at most
 * one per patient, for as long as the list keeps this language's texts.
 */
function lookedUpBy<A, V>(
  keyOf: (argument: A) => string | number,
  make: (argument: A) => V,
): (argument: A) => V {
  const made = new Map<string | number, V>();
  return (argument) => {
    const key = keyOf(argument);
    let value = made.get(key);
    if (value === undefined) {
      value = make(argument);
      made.set(key, value);
    }
    return value;
  };
}
