import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../../components/button-class';
import type { MeetingItemRecord } from '../../../db';
import { fullName, type MdoAction, type Meeting } from '../../../domain';
import { classNames } from '../../../lib/class-names';
import { ItemPanel } from './ItemPanel';
import styles from './MeetingMode.module.css';
import { useMdoWords } from './useMdoWords';

interface AgendaEntryProps {
  entry: MeetingItemRecord;
  meeting: Meeting;
  actions: readonly MdoAction[];
  position: number;
  total: number;
  isCurrent: boolean;
  onOpen: () => void;
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
}

/** The id of an item's heading button, to move focus to it. */
export const agendaHeadingId = (itemId: string) => `agenda-item-${itemId}`;

/** One agenda item: a heading to open it (name, colour and whether it was discussed, in words) and, open, its panel. */
export function AgendaEntry(props: AgendaEntryProps) {
  const { entry, isCurrent, position, total } = props;
  const { item, patient } = entry;
  const { t } = useTranslation();
  const words = useMdoWords();
  const panelId = useId();
  const title =
    item.patientId === null
      ? item.topic
      : patient
        ? fullName(patient)
        : t('mdoMeeting.agenda.missingPatient');
  const details = [
    item.patientId === null ? t('mdoMeeting.agenda.generalTopic') : null,
    patient?.status === 'deceased' ? t('mdoMeeting.agenda.deceased') : null,
    patient?.registerColour && patient.status !== 'deceased' ? words.colour(patient.registerColour) : null,
  ].filter((detail) => detail !== null);
  return (
    <li className={classNames(styles.entry, isCurrent && styles.current)}>
      <h3 className={styles.entryHeading}>
        <button
          id={agendaHeadingId(item.id)}
          type="button"
          className={styles.entryButton}
          aria-expanded={isCurrent}
          aria-controls={isCurrent ? panelId : undefined}
          onClick={props.onOpen}
        >
          <span className={styles.entryPosition}>{position}.</span>
          <span className={styles.entryTitle}>{title}</span>
          {details.length > 0 && <span className={styles.entryDetails}>{details.join(' · ')}</span>}
          <span className={item.isDiscussed ? styles.discussed : styles.notDiscussed}>
            {item.isDiscussed ? t('mdoMeeting.agenda.discussed') : t('mdoMeeting.agenda.notDiscussed')}
          </span>
        </button>
      </h3>
      {isCurrent && (
        <div id={panelId} className={styles.panel}>
          <ItemPanel entry={entry} meeting={props.meeting} actions={props.actions} />
          <div className={styles.stepper}>
            <button
              type="button"
              className={buttonClass('secondary')}
              disabled={props.onPrevious === null}
              onClick={props.onPrevious ?? undefined}
            >
              {t('mdoMeeting.agenda.previous')}
            </button>
            <span className={styles.hint}>{t('mdoMeeting.agenda.position', { position, total })}</span>
            <button
              type="button"
              className={buttonClass()}
              disabled={props.onNext === null}
              onClick={props.onNext ?? undefined}
            >
              {t('mdoMeeting.agenda.next')}
            </button>
          </div>
        </div>
      )}
    </li>
  );
}
