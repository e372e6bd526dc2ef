import { useFieldArray, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import type { Dimension } from '../../domain';
import type { CarePlanFormValues } from './care-plan-form-values';
import styles from './CarePlan.module.css';
import { DateField } from './DateField';
import { TextField } from './TextField';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

const MAX_ACTIONS = 50;

/** The agreed actions of one dimension: what, who, when. */
export function ActionsList({ dimension }: { dimension: Dimension }) {
  const { t } = useTranslation();
  const { control } = useFormContext<CarePlanFormValues>();
  const actions = useFieldArray({ control, name: `${dimension}.actions` });
  return (
    <fieldset className={styles.group}>
      <legend>{t('carePlan.labels.actions')}</legend>
      <div className={styles.stack}>
        {actions.fields.map((item, index) => {
          const number = index + 1;
          return (
            <div
              key={item.id}
              className={styles.grid}
              role="group"
              aria-label={t('carePlan.labels.action', { number })}
            >
              <TextField
                name={`${dimension}.actions.${index}.what`}
                label={t('carePlan.labels.what')}
                isRequired
              />
              <TextField name={`${dimension}.actions.${index}.owner`} label={t('carePlan.labels.owner')} />
              <DateField name={`${dimension}.actions.${index}.due`} label={t('carePlan.labels.due')} />
              <div className={styles.wide}>
                <button
                  type="button"
                  className={buttonClass('danger')}
                  onClick={() => {
                    actions.remove(index);
                  }}
                >
                  {t('carePlan.actions.removeAction', { number })}
                </button>
              </div>
            </div>
          );
        })}
        {actions.fields.length < MAX_ACTIONS && (
          <div>
            <button
              type="button"
              className={buttonClass('secondary')}
              onClick={() => {
                actions.append({ what: '', owner: '', due: '' });
              }}
            >
              {t('carePlan.actions.addAction')}
            </button>
          </div>
        )}
      </div>
    </fieldset>
  );
}
