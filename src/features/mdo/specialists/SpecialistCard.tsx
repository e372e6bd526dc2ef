import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../../providers/DatabaseProvider';
import { buttonClass } from '../../../components/button-class';
import { InlineConfirm } from '../../../components/InlineConfirm';
import { failureKey } from '../../../components/write-errors';
import { removeSpecialist } from '../../../db';
import type { Specialist } from '../../../domain';
import styles from '../meetings/Meetings.module.css';

const NOT_FOUND = 'mdoMeetings.errors.notFound';

interface SpecialistCardProps {
  specialist: Specialist;
  onEdit: () => void;
  onRemoved: (name: string) => void;
}

/** One specialist in the directory: how to reach them, whether they have an account, edit and remove. */
export function SpecialistCard({ specialist, onEdit, onRemoved }: SpecialistCardProps) {
  const { t } = useTranslation();
  const db = useDatabase();
  const [error, setError] = useState<string | null>(null);
  const titleId = `specialist-${specialist.id}`;

  const remove = async () => {
    const result = await removeSpecialist(db, specialist.id, new Date());
    if (result.ok) onRemoved(specialist.name);
    else
      setError(
        // A refused removal means the specialist changed under it: as good as gone.
        t(failureKey(result.error.kind, NOT_FOUND, NOT_FOUND)),
      );
  };

  return (
    <li className={styles.card} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.cardTitle}>
        {specialist.name}
      </h2>
      <p className={styles.cardLine}>
        {specialist.organisation === ''
          ? t(`mdoMeetings.specialists.teams.${specialist.team}`)
          : t('mdoMeetings.list.joined', {
              first: specialist.organisation,
              second: t(`mdoMeetings.specialists.teams.${specialist.team}`),
            })}
      </p>
      <dl className={styles.details}>
        <dt>{t('mdoMeetings.specialists.phone')}</dt>
        <dd>
          {specialist.phone !== '' ? (
            <a href={`tel:${specialist.phone}`}>{specialist.phone}</a>
          ) : (
            t('mdoMeetings.meeting.none')
          )}
        </dd>
        <dt>{t('mdoMeetings.specialists.email')}</dt>
        <dd className={styles.wrap}>
          {specialist.email !== '' ? (
            <a href={`mailto:${specialist.email}`}>{specialist.email}</a>
          ) : (
            t('mdoMeetings.meeting.none')
          )}
        </dd>
        <dt>{t('mdoMeetings.specialists.account')}</dt>
        <dd>
          {specialist.userId === null
            ? t('mdoMeetings.specialists.notLinked')
            : t('mdoMeetings.specialists.linked')}
        </dd>
      </dl>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <InlineConfirm
        question={t('mdoMeetings.specialists.removeConfirm', { name: specialist.name })}
        confirmLabel={t('mdoMeetings.specialists.removeYes')}
        cancelLabel={t('mdoMeetings.specialists.removeNo')}
        onConfirm={() => void remove()}
      >
        {({ ask, triggerRef }) => (
          <div className={styles.actions}>
            <button type="button" className={buttonClass('secondary')} onClick={onEdit}>
              {t('mdoMeetings.specialists.edit')}
            </button>
            <button ref={triggerRef} type="button" className={buttonClass('danger')} onClick={ask}>
              {t('mdoMeetings.specialists.remove')}
            </button>
          </div>
        )}
      </InlineConfirm>
    </li>
  );
}
