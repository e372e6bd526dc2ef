import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { useToday } from '../../components/useToday';
import { toDutchDate, type IsoDate } from '../../domain';
import type { CarePlanFormValues } from './care-plan-form-values';
import styles from './CarePlan.module.css';
import { DateField } from './DateField';
import { PlanSection } from './PlanSection';
import { TextField } from './TextField';
import { useFieldIssue } from './useFieldIssue';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

const MAX_CONVERSATIONS = 100;

/** ACP-gesprekken: each advance care planning conversation with its date and who took part. */
export function AcpConversationsSection({ discussed }: { discussed: IsoDate | null }) {
  const { t } = useTranslation();
  const today = useToday();
  const { control } = useFormContext<CarePlanFormValues>();
  const talks = useFieldArray({ control, name: 'acpConversations' });
  const listIssue = useFieldIssue('acpConversations');
  return (
    <PlanSection id="zorgplan-acp" title={t('carePlan.sections.acp')} discussed={discussed}>
      <div className={styles.stack}>
        {talks.fields.map((item, index) => {
          const number = index + 1;
          return (
            <fieldset key={item.id} className={styles.group}>
              <legend>{t('carePlan.labels.conversation', { number })}</legend>
              <div className={styles.grid}>
                <DateField
                  name={`acpConversations.${index}.date`}
                  label={t('carePlan.labels.date')}
                  isRequired
                />
                <TextField
                  name={`acpConversations.${index}.participants`}
                  label={t('carePlan.labels.participants')}
                  hint={t('carePlan.participantsHint')}
                  isMultiline
                />
              </div>
              <button
                type="button"
                className={buttonClass('danger')}
                onClick={() => {
                  talks.remove(index);
                }}
              >
                {t('carePlan.actions.removeConversation', { number })}
              </button>
            </fieldset>
          );
        })}
        {listIssue.code && (
          <p id="zorgplan-acp-error" className={styles.error}>
            {listIssue.message}
          </p>
        )}
        {talks.fields.length < MAX_CONVERSATIONS && (
          <div>
            <button
              type="button"
              className={buttonClass('secondary')}
              aria-describedby={listIssue.code ? 'zorgplan-acp-error' : undefined}
              onClick={() => {
                talks.append({ date: toDutchDate(today), participants: '' });
              }}
            >
              {t('carePlan.actions.addConversation')}
            </button>
          </div>
        )}
      </div>
    </PlanSection>
  );
}
