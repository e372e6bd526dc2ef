import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase } from '../../app/DatabaseProvider';
import { buttonClass } from '../../components/button-class';
import { resolveConflict } from '../../db';
import type { Conflict } from '../../domain';
import { useSessionStore } from '../../state/session-store';
import { CombineFields } from './CombineFields';
import { GroupValue } from './GroupValue';
import styles from './SyncPage.module.css';
import { useRecordPatient } from './useRecordLabel';

function timeText(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/**
 * One conflict: what the field group was before, every candidate with who, in which role and when,
 * and the choice to keep one or to combine them into a new value.
 */
export function ConflictCard({ conflict }: { conflict: Conflict }) {
  const { t, i18n } = useTranslation();
  const db = useDatabase();
  const session = useSessionStore((state) => state.session);
  const patient = useRecordPatient(conflict.entity, conflict.recordId, conflict.candidates[0]?.value ?? {});
  const [chosen, setChosen] = useState(0);
  const [isCombining, setIsCombining] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const groupName = useId();
  const titleId = useId();
  const groupLabel = t(`sync.groups.${conflict.entity}.${conflict.group}`, { defaultValue: conflict.group });

  const save = async (value: Record<string, unknown>) => {
    if (!session) return;
    const author = { name: session.user.name, role: session.user.role };
    const result = await resolveConflict(db, conflict.id, value, author, new Date());
    setError(
      result.ok
        ? null
        : t(`sync.conflicts.saveError.${result.error.kind}`, {
            defaultValue: t('sync.conflicts.saveError.invalid'),
          }),
    );
  };

  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId}>
        {groupLabel}
        {patient && (
          <>
            {' · '}
            <Link to={patient.path}>{patient.name}</Link>
          </>
        )}
      </h3>
      {conflict.original && (
        <section className={styles.original}>
          <h4>{t('sync.conflicts.original')}</h4>
          <GroupValue entity={conflict.entity} value={conflict.original} />
        </section>
      )}
      <fieldset className={styles.candidates}>
        <legend>{t('sync.conflicts.choose')}</legend>
        {conflict.candidates.map((candidate, index) => (
          <label key={candidate.mutationId || `server-${index}`} className={styles.candidate}>
            <input
              type="radio"
              name={groupName}
              checked={chosen === index}
              onChange={() => {
                setChosen(index);
              }}
            />
            <span>
              <strong>
                {t('sync.conflicts.by', {
                  name: candidate.author.name,
                  role: t(`roles.${candidate.author.role}`),
                  time: timeText(candidate.at, i18n.language),
                })}
              </strong>
              <GroupValue entity={conflict.entity} value={candidate.value} original={conflict.original} />
            </span>
          </label>
        ))}
      </fieldset>
      {isCombining ? (
        <CombineFields
          entity={conflict.entity}
          initial={conflict.candidates[chosen]?.value ?? {}}
          onSave={(value) => void save(value)}
          onCancel={() => {
            setIsCombining(false);
          }}
        />
      ) : (
        <div className={styles.actions}>
          <button
            type="button"
            className={buttonClass()}
            onClick={() => void save(conflict.candidates[chosen]?.value ?? {})}
          >
            {t('sync.conflicts.keep')}
          </button>
          <button
            type="button"
            className={buttonClass('secondary')}
            onClick={() => {
              setIsCombining(true);
            }}
          >
            {t('sync.conflicts.combine')}
          </button>
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </article>
  );
}
