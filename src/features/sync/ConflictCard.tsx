import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDatabase } from '../../providers/DatabaseProvider';
import { buttonClass } from '../../components/button-class';
import { resolveConflict } from '../../db';
import type { Conflict } from '../../domain';
import { formatDateTime } from '../../lib/format';
import { useSessionStore } from '../../state/session-store';
import { sectionOfGroup } from '../care-plan/plan-sections';
import { ConflictCombine } from './ConflictCombine';
import { GroupValue } from './GroupValue';
import { entityLabelKey, groupLabelKey } from './record-labels';
import styles from './SyncPage.module.css';
import { useRecordPatient } from './useRecordLabel';
import { textOr } from '../../i18n';
import { registerSyncPageTexts } from './sync-page-i18n';

registerSyncPageTexts();

/**
 * One conflict: which patient, record and section it is about, what the field group was before, every
 * candidate as the form would show it with who, in which role and when, and the choice to keep one or to
 * combine them into a new value with the section's own controls.
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
  const groupLabel = textOr(t, groupLabelKey(conflict.entity, conflict.group), conflict.group);
  const recordLabel = textOr(t, entityLabelKey(conflict.entity), conflict.entity);
  const section = conflict.entity === 'carePlan' ? sectionOfGroup(conflict.group) : null;

  const save = async (value: Record<string, unknown>) => {
    if (!session) return;
    const author = { name: session.user.name, role: session.user.role };
    const result = await resolveConflict(db, conflict.id, value, author, new Date());
    setError(
      result.ok
        ? null
        : t(`syncPage.conflicts.saveError.${result.error.kind}`, {
            defaultValue: t('syncPage.conflicts.saveError.invalid'),
          }),
    );
  };

  return (
    <article className={styles.card} aria-labelledby={titleId}>
      <h3 id={titleId}>
        {recordLabel}: {groupLabel}
        {patient && ` · ${patient.name}`}
      </h3>
      {patient && (
        <p className={styles.subject}>
          <Link to={patient.path}>{t('syncPage.conflicts.openPatient', { name: patient.name })}</Link>
          {section && (
            <Link to={`${patient.path}/zorgplan#zorgplan-${section}`}>
              {t('syncPage.conflicts.openSection')}
            </Link>
          )}
        </p>
      )}
      {conflict.original && (
        <section className={styles.original}>
          <h4>{t('syncPage.conflicts.original')}</h4>
          <GroupValue entity={conflict.entity} value={conflict.original} />
        </section>
      )}
      <fieldset className={styles.candidates}>
        <legend>{t('syncPage.conflicts.choose')}</legend>
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
                {t('syncPage.conflicts.by', {
                  name: candidate.author.name,
                  role: t(`roles.${candidate.author.role}`),
                  time: formatDateTime(candidate.at, i18n.language),
                })}
              </strong>
              <GroupValue entity={conflict.entity} value={candidate.value} original={conflict.original} />
            </span>
          </label>
        ))}
      </fieldset>
      {isCombining ? (
        <ConflictCombine
          conflict={conflict}
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
            {t('syncPage.conflicts.keep')}
          </button>
          <button
            type="button"
            className={buttonClass('secondary')}
            onClick={() => {
              setIsCombining(true);
            }}
          >
            {t('syncPage.conflicts.combine')}
          </button>
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </article>
  );
}
