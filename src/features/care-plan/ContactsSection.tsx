import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { FormField } from '../../components/FormField';
import { CONTACT_KINDS } from '../../domain';
import type { CarePlanFormValues } from './care-plan-form-values';
import styles from './CarePlan.module.css';
import { PlanSection } from './PlanSection';
import { TextField } from './TextField';
import { useFieldIssue } from './useFieldIssue';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

const MAX_CONTACTS = 20;

function KindSelect({ index }: { index: number }) {
  const { t } = useTranslation();
  const { register } = useFormContext<CarePlanFormValues>();
  const issue = useFieldIssue(`contacts.${index}.kind`);
  return (
    <FormField
      label={t('carePlan.labels.kind')}
      errorCode={issue.code}
      errorMessage={issue.message}
      isRequired
    >
      {(control) => (
        <select {...control} {...register(`contacts.${index}.kind`)}>
          <option value="">{t('form.choose')}</option>
          {CONTACT_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`carePlan.contactKind.${kind}`)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** Naasten en vertegenwoordiger: each with how to reach them (phone or e-mail, at least one). */
export function ContactsSection() {
  const { t } = useTranslation();
  const { control } = useFormContext<CarePlanFormValues>();
  const contacts = useFieldArray({ control, name: 'contacts' });
  return (
    <PlanSection id="zorgplan-contacts" title={t('carePlan.sections.contacts')}>
      <div className={styles.stack}>
        {contacts.fields.map((item, index) => {
          const number = index + 1;
          return (
            <fieldset key={item.id} className={styles.group}>
              <legend>{t('carePlan.labels.contact', { number })}</legend>
              <div className={styles.grid}>
                <KindSelect index={index} />
                <TextField name={`contacts.${index}.name`} label={t('carePlan.labels.name')} isRequired />
                <TextField
                  name={`contacts.${index}.relation`}
                  label={t('carePlan.labels.relation')}
                  hint={t('carePlan.labels.relationHint')}
                />
                <TextField name={`contacts.${index}.phone`} label={t('carePlan.labels.phone')} type="tel" />
                <TextField name={`contacts.${index}.email`} label={t('carePlan.labels.email')} type="email" />
              </div>
              <button
                type="button"
                className={buttonClass('danger')}
                onClick={() => {
                  contacts.remove(index);
                }}
              >
                {t('carePlan.actions.removeContact', { number })}
              </button>
            </fieldset>
          );
        })}
        {contacts.fields.length < MAX_CONTACTS && (
          <div>
            <button
              type="button"
              className={buttonClass('secondary')}
              onClick={() => {
                contacts.append({ kind: 'naaste', name: '', relation: '', phone: '', email: '' });
              }}
            >
              {t('carePlan.actions.addContact')}
            </button>
          </div>
        )}
      </div>
    </PlanSection>
  );
}
