import { useTranslation } from 'react-i18next';
import { PLACES_OF_DEATH, PREFERRED_PLACE_ANSWERS } from '../../domain';
import styles from './Marking.module.css';
import type { MarkingFormState } from './marking-form-state';
import { RadioChoice } from './RadioChoice';
import { firstTextKey } from '../../i18n';

const CONFIRM_ERROR_ID = 'marking-confirm-error';

interface DeathFieldsProps {
  state: MarkingFormState;
  set: (change: Partial<MarkingFormState>) => void;
  errorOf: (field: string) => string | undefined;
}

/**
 * Overlijden vastleggen: place, whether it was the preferred place, whether it was sudden (optional; the
 * "marked before death" indicator leaves sudden deaths out), and the explicit confirmation a death without
 * (or before) a marking needs, because it counts as "not marked in time".
 */
export function DeathFields({ state, set, errorOf }: DeathFieldsProps) {
  const { t } = useTranslation();
  const confirmError = errorOf('isConfirmedUnmarked');
  return (
    <>
      <RadioChoice
        name="place"
        legend={t('marking.fields.place')}
        options={PLACES_OF_DEATH}
        labelPrefix="patient.placeOfDeath"
        value={state.place}
        errorCode={errorOf('place')}
        onChange={(place) => {
          set({ place });
        }}
      />
      <RadioChoice
        name="preferred"
        legend={t('marking.fields.wasPreferredPlace')}
        options={PREFERRED_PLACE_ANSWERS}
        labelPrefix="marking.preferred"
        value={state.wasPreferredPlace}
        errorCode={errorOf('wasPreferredPlace')}
        onChange={(wasPreferredPlace) => {
          set({ wasPreferredPlace });
        }}
      />
      <RadioChoice
        name="sudden"
        legend={t('marking.fields.isSudden')}
        options={PREFERRED_PLACE_ANSWERS}
        labelPrefix="marking.preferred"
        value={state.isSudden}
        onChange={(isSudden) => {
          set({ isSudden });
        }}
      />
      <label className={styles.check}>
        <input
          type="checkbox"
          checked={state.isConfirmedUnmarked}
          aria-describedby={confirmError && CONFIRM_ERROR_ID}
          onChange={(event) => {
            set({ isConfirmedUnmarked: event.target.checked });
          }}
        />
        {t('marking.fields.isConfirmedUnmarked')}
      </label>
      {confirmError && (
        <p id={CONFIRM_ERROR_ID} className={styles.error}>
          {t(firstTextKey([`errors.${confirmError}`], 'errors.invalid'))}
        </p>
      )}
    </>
  );
}
