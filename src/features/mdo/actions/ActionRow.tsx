import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../../components/button-class';
import type { ActionOverviewRow } from '../../../db';
import type { IsoDate } from '../../../domain';
import { classNames } from '../../../lib/class-names';
import { useMdoWords } from '../meeting-mode/useMdoWords';
import { isOverdue } from './action-overview';
import { ActionDoneButton } from './ActionDoneButton';
import styles from './Actions.module.css';
import { EditActionForm } from './EditActionForm';

interface ActionRowProps {
  row: ActionOverviewRow;
  today: IsoDate;
  /** Known owners, offered when changing the owner. */
  owners: string[];
}

/** One action: what, whether it is overdue (in words), who, by when, for whom, from which MDO. */
export function ActionRow({ row, today, owners }: ActionRowProps) {
  const { t } = useTranslation();
  const words = useMdoWords();
  const [isEditing, setIsEditing] = useState(false);
  const { action, patientName, meetingDate } = row;
  const overdue = isOverdue(action, today);
  return (
    <li className={classNames(styles.row, overdue && styles.overdueRow)}>
      <div className={styles.rowMain}>
        <p className={styles.what}>
          {overdue && (
            <>
              <span className={styles.overdue}>{t('mdoMeeting.overview.overdue')}</span>{' '}
            </>
          )}
          {action.what}
        </p>
        <p className={styles.meta}>
          <span className={styles.owner}>{action.owner}</span>
          <span>
            {action.status === 'done' && action.doneOn
              ? t('mdoMeeting.overview.doneOn', { date: words.date(action.doneOn) })
              : t('mdoMeeting.overview.due', { date: words.date(action.dueDate) })}
          </span>
          <span>
            {action.patientId === null ? (
              t('mdoMeeting.overview.general')
            ) : patientName === null ? (
              t('mdoMeeting.overview.missingPatient')
            ) : (
              <Link to={`/patienten/${action.patientId}`}>{patientName}</Link>
            )}
          </span>
          <span>
            {action.meetingId !== null && meetingDate !== null ? (
              <Link to={`/mdo/${action.meetingId}`}>
                {t('mdoMeeting.overview.meeting', { date: words.date(meetingDate) })}
              </Link>
            ) : (
              t('mdoMeeting.overview.noMeeting')
            )}
          </span>
        </p>
      </div>
      <div className={styles.rowButtons}>
        <ActionDoneButton action={action} />
        {!isEditing && (
          <button
            type="button"
            className={buttonClass('secondary')}
            aria-label={t('mdoMeeting.overview.editLabel', { what: action.what })}
            onClick={() => {
              setIsEditing(true);
            }}
          >
            {t('mdoMeeting.overview.edit')}
          </button>
        )}
      </div>
      {isEditing && (
        <EditActionForm
          action={action}
          owners={owners}
          onDone={() => {
            setIsEditing(false);
          }}
        />
      )}
    </li>
  );
}
