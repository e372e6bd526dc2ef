import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientDistinction } from '../../domain';
import { formatDate } from '../../lib/format';

/**
 * The words for what tells a patient apart from another with the same name and birth date, e.g.
 * "BSN …333" (never more of the BSN) or "huisarts Dr. Oost"; used by the register and quick-mark alike.
 */
export function useDistinctionLabel(): (distinction: PatientDistinction) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (distinction: PatientDistinction) => {
      switch (distinction.kind) {
        case 'bsn':
          return t('patient.distinction.bsn', { digits: distinction.lastDigits });
        case 'treatingGp':
        case 'homeCare':
          return t(`patient.distinction.${distinction.kind}`, { name: distinction.name });
        case 'addedOn':
          return t('patient.distinction.addedOn', { date: formatDate(distinction.date, i18n.language) });
      }
    },
    [t, i18n.language],
  );
}
