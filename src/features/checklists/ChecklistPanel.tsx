import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { registerStatusOf, suggestionReasons, type ChecklistDefinition, type Patient } from '../../domain';
import { ChecklistForm } from './ChecklistForm';
import styles from './Checklists.module.css';
import { ChecklistTimeline } from './ChecklistTimeline';
import { SuggestionPanel } from './SuggestionPanel';
import { useChecklistData } from './useChecklistData';
import { registerChecklistsTexts } from './checklists-i18n';

registerChecklistsTexts();

/**
 * Checklists on the patient page: the marking suggestion, filling in any card (not after death), and the
 * timeline.
 */
export function ChecklistPanel({ patient }: { patient: Patient }) {
  const { t } = useTranslation();
  const { catalog, summarised } = useChecklistData(patient.id);
  const [open, setOpen] = useState<ChecklistDefinition | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const isUnmarked = registerStatusOf(patient) === 'active';
  // After death the checklists are for reading; no new card is filled in.
  const isDeceased = patient.status === 'deceased';
  // Until MDOs are recorded, every signal counts as new (see README).
  const reasons = isUnmarked && summarised ? suggestionReasons(summarised, null) : [];

  return (
    <section aria-labelledby="checklists-title" className={styles.section}>
      <h2 id="checklists-title">{t('checklists.title')}</h2>
      <SuggestionPanel reasons={reasons} />
      <p role="status" className={isSaved ? styles.saved : 'visually-hidden'}>
        {isSaved ? t('checklists.saved') : ''}
      </p>
      {isDeceased ? null : open ? (
        <ChecklistForm
          patientId={patient.id}
          definition={open}
          onDone={(saved) => {
            setOpen(null);
            setIsSaved(saved);
          }}
        />
      ) : (
        <div className={styles.actions}>
          {catalog.current().map((definition) => (
            <button
              key={definition.id}
              type="button"
              className={buttonClass('secondary')}
              onClick={() => {
                setIsSaved(false);
                setOpen(definition);
              }}
            >
              {t('checklists.fill', { title: definition.title })}
            </button>
          ))}
        </div>
      )}
      {summarised && <ChecklistTimeline summarised={summarised} catalog={catalog} />}
    </section>
  );
}
