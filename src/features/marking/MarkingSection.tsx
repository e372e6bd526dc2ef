import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import type { MarkingKind, Patient } from '../../domain';
import { formatDate } from '../../lib/format';
import styles from './Marking.module.css';
import { MarkingForm } from './MarkingForm';
import { MarkingHistory } from './MarkingHistory';
import { useMarkingEvents } from './useMarkingEvents';

/** Which marking changes make sense now; the domain refuses the others anyway. */
function availableActions(patient: Patient): MarkingKind[] {
  if (patient.status === 'deceased') return [];
  if (patient.palliativeSince === null) return ['palliative', 'death'];
  return patient.dyingPhaseSince === null
    ? ['colour', 'dyingPhase', 'unmark', 'death']
    : ['colour', 'unmark', 'death'];
}

/** Markering on the patient page: the current state, the actions and the full history. */
export function MarkingSection({ patient }: { patient: Patient }) {
  const { t, i18n } = useTranslation();
  const events = useMarkingEvents(patient.id);
  const [openKind, setOpenKind] = useState<MarkingKind | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const date = (value: string) => formatDate(value as Patient['birthDate'], i18n.language);

  return (
    <section aria-labelledby="marking-title" className={styles.section}>
      <h2 id="marking-title">{t('marking.title')}</h2>
      <p className={styles.state}>
        {patient.palliativeSince === null
          ? t('marking.state.notMarked')
          : t('marking.state.markedSince', { date: date(patient.palliativeSince) })}{' '}
        {patient.registerColour &&
          t('marking.colour.withMeaning', {
            colour: t(`marking.colour.${patient.registerColour}`),
            meaning: t(`marking.colour.meaning.${patient.registerColour}`),
          })}{' '}
        {patient.dyingPhaseSince && t('marking.state.dyingSince', { date: date(patient.dyingPhaseSince) })}{' '}
        {patient.deathDate && t('marking.state.diedOn', { date: date(patient.deathDate) })}
      </p>
      <p role="status" className={isSaved ? styles.saved : 'visually-hidden'}>
        {isSaved ? t('marking.saved') : ''}
      </p>
      {openKind ? (
        <MarkingForm
          patient={patient}
          kind={openKind}
          onDone={(saved) => {
            setOpenKind(null);
            setIsSaved(saved);
          }}
        />
      ) : (
        <div className={styles.actions}>
          {availableActions(patient).map((kind) => (
            <button
              key={kind}
              type="button"
              className={buttonClass(kind === 'palliative' ? 'primary' : 'secondary')}
              onClick={() => {
                setIsSaved(false);
                setOpenKind(kind);
              }}
            >
              {t(`marking.actions.${kind}`)}
            </button>
          ))}
        </div>
      )}
      {events && <MarkingHistory events={events} />}
    </section>
  );
}
