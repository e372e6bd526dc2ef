import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { registerStatusOf, type Patient } from '../../domain';
import { formatDate } from '../../lib/format';
import styles from './StatusBadge.module.css';

type BadgePatient = Pick<
  Patient,
  'status' | 'palliativeSince' | 'dyingPhaseSince' | 'deathDate' | 'registerColour'
>;

/** The badge's words: the status with its date where known, and the register colour as a word. */
export interface StatusBadgeTexts {
  readonly status: string;
  /** Only for a marked patient with a register colour. */
  readonly colour: string | undefined;
}

/** The register status in words, with its date where known, and the register colour as a word too. */
export function StatusBadge({ patient }: { patient: BadgePatient }) {
  const { t, i18n } = useTranslation();
  return <StatusBadgeView patient={patient} texts={statusBadgeTexts(patient, t, i18n.language)} />;
}

/** The badge's markup for texts made ahead: the register makes them once for many rows (row-texts.ts). */
export function StatusBadgeView({ patient, texts }: { patient: BadgePatient; texts: StatusBadgeTexts }) {
  const status = registerStatusOf(patient);
  return (
    <>
      <span className={styles[status]}>{texts.status}</span>
      {texts.colour && patient.registerColour && (
        <span className={styles.colour}>
          {' · '}
          <span className={styles[`colour-${patient.registerColour}`]} aria-hidden="true" />
          {texts.colour}
        </span>
      )}
    </>
  );
}

export function statusBadgeTexts(patient: BadgePatient, t: TFunction, language: string): StatusBadgeTexts {
  const status = registerStatusOf(patient);
  const since =
    status === 'marked'
      ? { key: 'patient.registerStatus.markedSince' as const, date: patient.palliativeSince }
      : status === 'deceased'
        ? { key: 'patient.registerStatus.deceasedSince' as const, date: patient.deathDate }
        : null;
  const text =
    status === 'marked' && patient.dyingPhaseSince
      ? t('patient.registerStatus.dyingSince', { date: formatDate(patient.dyingPhaseSince, language) })
      : since?.date
        ? t(since.key, { date: formatDate(since.date, language) })
        : t(`patient.registerStatus.${status}`);
  const colour =
    status === 'marked' && patient.registerColour ? t(`marking.colour.${patient.registerColour}`) : undefined;
  return { status: text, colour };
}
