import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../../components/button-class';
import { useAccess } from '../../../components/useAccess';
import styles from '../meetings/Meetings.module.css';
import { SpecialistCard } from './SpecialistCard';
import { SpecialistForm } from './SpecialistForm';
import { EMPTY_SPECIALIST_FORM, specialistFormValuesOf } from './specialist-form-values';
import { useSpecialists } from './useSpecialists';
import { registerMdoMeetingsTexts } from '../meetings/mdo-meetings-i18n';
import { LoadingStatus } from '../../../components/LoadingStatus';

registerMdoMeetingsTexts();

const NEW_TITLE_ID = 'new-specialist-title';

/** Specialisten: the practice's directory of specialists PZ to invite to the MDO. */
export function SpecialistsPage() {
  const { t } = useTranslation();
  const specialists = useSpecialists();
  const { seesPatientData } = useAccess();
  // 'new', the id of the entry being edited, or null.
  const [editing, setEditing] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  if (specialists === undefined) return <LoadingStatus />;

  const done = (text: string) => {
    setEditing(null);
    setMessage(text);
  };
  const close = () => {
    setEditing(null);
  };

  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <div className={styles.titleBar}>
        <h1 id="page-title">{t('mdoMeetings.specialists.title')}</h1>
        {editing !== 'new' && (
          <button
            type="button"
            className={buttonClass()}
            onClick={() => {
              setMessage(null);
              setEditing('new');
            }}
          >
            {t('mdoMeetings.specialists.add')}
          </button>
        )}
      </div>
      <p className={styles.back}>
        {/* A beheerder-only account keeps this directory but cannot open the MDO: back to Beheer instead. */}
        {seesPatientData ? (
          <Link to="/mdo">{t('mdoMeetings.meeting.back')}</Link>
        ) : (
          <Link to="/beheer">{t('mdoMeetings.specialists.backToBeheer')}</Link>
        )}
      </p>
      <p>{t('mdoMeetings.specialists.intro')}</p>
      {message && (
        <p role="status" className={styles.saved}>
          {message}
        </p>
      )}
      {editing === 'new' && (
        <SpecialistForm
          specialistId={null}
          defaultValues={EMPTY_SPECIALIST_FORM}
          titleId={NEW_TITLE_ID}
          title={t('mdoMeetings.specialists.newTitle')}
          onSaved={(saved) => {
            done(t('mdoMeetings.specialists.saved', { name: saved.name }));
          }}
          onCancel={close}
        />
      )}
      {specialists.length === 0 ? (
        <p>{t('mdoMeetings.specialists.empty')}</p>
      ) : (
        <ul className={styles.cards} aria-label={t('mdoMeetings.specialists.listLabel')}>
          {specialists.map((specialist) =>
            editing === specialist.id ? (
              <li key={specialist.id} className={styles.cardPlain}>
                <SpecialistForm
                  specialistId={specialist.id}
                  defaultValues={specialistFormValuesOf(specialist)}
                  titleId={`edit-${specialist.id}`}
                  title={t('mdoMeetings.specialists.editTitle', { name: specialist.name })}
                  onSaved={(saved) => {
                    done(t('mdoMeetings.specialists.saved', { name: saved.name }));
                  }}
                  onCancel={close}
                />
              </li>
            ) : (
              <SpecialistCard
                key={specialist.id}
                specialist={specialist}
                onEdit={() => {
                  setMessage(null);
                  setEditing(specialist.id);
                }}
                onRemoved={(name) => {
                  setMessage(t('mdoMeetings.specialists.removed', { name }));
                }}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}
