import { registerMdoAgendaTexts } from './mdoAgenda-i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../../components/button-class';
import type { Meeting, Patient } from '../../../domain';
import { formatDate } from '../../../lib/format';
import { useSessionStore } from '../../../state/session-store';
import { useAuthor } from '../../../components/useAuthor';
import styles from './AgendaBuilder.module.css';
import { NominateForm } from './NominateForm';
import { useNominationOptions } from './useNominationOptions';

registerMdoAgendaTexts();

/**
 * MDO on the patient page: which upcoming agendas the patient is on, and "Voordragen voor MDO" for every
 * team member (not for an external specialist PZ): the next planned meeting or a chosen one, with an
 * optional question; the item carries the reason "voorgedragen" and who put it forward.
 */
export function NominateForMdo({ patient }: { patient: Patient }) {
  const { t, i18n } = useTranslation();
  const role = useSessionStore((state) => state.session?.user.role);
  const author = useAuthor();
  const options = useNominationOptions(patient.id);
  const [isOpen, setIsOpen] = useState(false);
  const [done, setDone] = useState<Meeting | null>(null);
  if (role === 'specialist-pz') return null;
  const date = (meeting: Meeting) => formatDate(meeting.date, i18n.language);
  if (options === undefined) {
    return (
      <section aria-labelledby="nominate-title" className={`${styles.card} ${styles.nominate}`}>
        <h2 id="nominate-title">{t('mdoAgenda.nominate.title')}</h2>
      </section>
    );
  }
  const onAgenda = options.filter((option) => option.isOnAgenda);

  return (
    <section aria-labelledby="nominate-title" className={`${styles.card} ${styles.nominate}`}>
      <h2 id="nominate-title">{t('mdoAgenda.nominate.title')}</h2>
      {onAgenda.length > 0 && (
        <ul className={styles.onAgenda}>
          {onAgenda.map(({ meeting }) => (
            <li key={meeting.id}>
              {t('mdoAgenda.nominate.onAgenda', { date: date(meeting) })}{' '}
              <Link to={`/mdo/${meeting.id}/agenda`}>
                {t('mdoAgenda.nominate.openAgenda', { date: date(meeting) })}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {options.length === 0 ? (
        <p>
          {t('mdoAgenda.nominate.noMeeting')}{' '}
          <Link to="/mdo/nieuw">{t('mdoAgenda.nominate.planMeeting')}</Link>
        </p>
      ) : isOpen ? (
        <NominateForm
          patient={patient}
          options={options}
          author={author}
          onDone={(meeting) => {
            setDone(meeting);
            setIsOpen(false);
          }}
          onCancel={() => {
            setIsOpen(false);
          }}
        />
      ) : (
        <div>
          <button
            type="button"
            className={buttonClass('secondary')}
            onClick={() => {
              setIsOpen(true);
              setDone(null);
            }}
          >
            {t('mdoAgenda.nominate.action')}
          </button>
        </div>
      )}
      <p role="status" className={styles.message}>
        {done ? t('mdoAgenda.nominate.done', { date: date(done) }) : ''}
      </p>
    </section>
  );
}
