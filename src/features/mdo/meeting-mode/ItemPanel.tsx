import { useTranslation } from 'react-i18next';
import type { MeetingItemRecord } from '../../../db';
import type { MdoAction, Meeting } from '../../../domain';
import { SpecialistAdviceList } from '../invitations/SpecialistAdviceList';
import { AfterDeathReviewFields } from './AfterDeathReviewFields';
import { AutosaveTextArea } from './AutosaveTextArea';
import { ConclusionFields } from './ConclusionFields';
import { itemKindOf } from './item-kind';
import { ItemActions } from './ItemActions';
import styles from './MeetingMode.module.css';
import { PatientSummary } from './PatientSummary';
import { ReviewAndColour } from './ReviewAndColour';
import { SavingCheckbox } from './SavingCheckbox';
import { useSaveItem } from './useSaveItem';

interface ItemPanelProps {
  entry: MeetingItemRecord;
  meeting: Meeting;
  actions: readonly MdoAction[];
}

/** The open agenda item: what the team needs to know, and the outcome as it is agreed (saved as typed). */
export function ItemPanel({ entry, meeting, actions }: ItemPanelProps) {
  const { t } = useTranslation();
  const { item, patient } = entry;
  const save = useSaveItem(item.id);
  const kind = itemKindOf(item, patient);
  return (
    <div className={styles.panelGrid}>
      <div>
        {patient ? (
          <PatientSummary item={item} patient={patient} />
        ) : (
          <div className={styles.summary}>
            {item.patientId !== null && <p>{t('mdoMeeting.agenda.missingPatient')}</p>}
            <h4>{t('mdoMeeting.patient.question')}</h4>
            <p className={styles.question}>{item.question || t('mdoMeeting.patient.noQuestion')}</p>
          </div>
        )}
        {/* The specialist's advice sits with the question it answers, before the team decides. */}
        <SpecialistAdviceList advice={entry.advice} />
      </div>
      <div className={styles.outcome}>
        <h4>{t('mdoMeeting.outcome.title')}</h4>
        <SavingCheckbox
          label={t('mdoMeeting.outcome.discussed')}
          checked={item.isDiscussed}
          onSave={(isDiscussed) => save({ isDiscussed })}
        />
        {kind !== 'topic' && (
          <>
            <ConclusionFields item={item} save={save} />
            <div className={styles.checkRow}>
              <SavingCheckbox
                label={t('mdoMeeting.outcome.vptz')}
                checked={item.isVptzDiscussed}
                onSave={(isVptzDiscussed) => save({ isVptzDiscussed })}
              />
              <SavingCheckbox
                label={t('mdoMeeting.outcome.caregiverBurden')}
                checked={item.isCaregiverBurdenDiscussed}
                onSave={(isCaregiverBurdenDiscussed) => save({ isCaregiverBurdenDiscussed })}
              />
            </div>
          </>
        )}
        <AutosaveTextArea
          label={t('mdoMeeting.outcome.decisions')}
          value={item.decisions}
          onSave={(decisions) => save({ decisions })}
        />
        {kind === 'patient' && patient && (
          <ReviewAndColour item={item} patient={patient} meeting={meeting} save={save} />
        )}
        {kind === 'deceased' && <AfterDeathReviewFields item={item} patient={patient} save={save} />}
        <ItemActions
          item={item}
          meeting={meeting}
          actions={actions.filter((a) => a.agendaItemId === item.id)}
        />
      </div>
    </div>
  );
}
