import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registerMdoMeetingTexts } from '../meeting-mode/mdoMeeting-i18n';
import { useAccessLog } from '../../../components/useAccessLog';
import { filterActions, ownersOf, STATUS_FILTERS, type StatusFilter } from './action-overview';
import { ActionList } from './ActionList';
import styles from './Actions.module.css';
import { useActionOverview } from './useActionOverview';
import type { TextKey } from '../../../i18n';
import { LoadingStatus } from '../../../components/LoadingStatus';

registerMdoMeetingTexts();

const STATUS_LABELS: Record<StatusFilter, TextKey> = {
  open: 'mdoMeeting.overview.statusOpen',
  done: 'mdoMeeting.overview.statusDone',
  all: 'mdoMeeting.overview.statusAll',
};

/**
 * Acties: every action from every MDO. Open ones by due date with the overdue ones marked "Verlopen" (word
 * and icon, not colour alone), then the done ones; filter by owner and status; mark done, open again, edit.
 */
export function ActionsPage() {
  const { t } = useTranslation();
  const id = useId();
  const rows = useActionOverview();
  const [status, setStatus] = useState<StatusFilter>('open');
  const [owner, setOwner] = useState<string>('');
  useAccessLog(
    { event: 'mdo.actions.view', action: 'R', patientId: null, recordPart: 'mdo.actions' },
    'acties',
  );
  if (rows === undefined) return <LoadingStatus />;
  const owners = ownersOf(rows);
  const { open, done } = filterActions(rows, { status, owner: owner === '' ? null : owner });
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t('mdoMeeting.overview.title')}</h1>
      <p>{t('mdoMeeting.overview.intro')}</p>
      <fieldset className={styles.filters}>
        <legend className="visually-hidden">{t('mdoMeeting.overview.filters')}</legend>
        <label htmlFor={`${id}-status`} className={styles.filter}>
          <span>{t('mdoMeeting.overview.status')}</span>
          <select
            id={`${id}-status`}
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as StatusFilter);
            }}
          >
            {STATUS_FILTERS.map((value) => (
              <option key={value} value={value}>
                {t(STATUS_LABELS[value])}
              </option>
            ))}
          </select>
        </label>
        <label htmlFor={`${id}-owner`} className={styles.filter}>
          <span>{t('mdoMeeting.overview.owner')}</span>
          <select
            id={`${id}-owner`}
            value={owner}
            onChange={(event) => {
              setOwner(event.target.value);
            }}
          >
            <option value="">{t('mdoMeeting.overview.allOwners')}</option>
            {owners.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      {status !== 'done' && (
        <ActionList
          id="open-actions"
          title={t('mdoMeeting.overview.open')}
          empty={t('mdoMeeting.overview.openEmpty')}
          rows={open}
          owners={owners}
        />
      )}
      {status !== 'open' && (
        <ActionList
          id="done-actions"
          title={t('mdoMeeting.overview.done')}
          empty={t('mdoMeeting.overview.doneEmpty')}
          rows={done}
          owners={owners}
        />
      )}
    </section>
  );
}
