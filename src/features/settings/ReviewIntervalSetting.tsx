import { registerMdoAgendaTexts } from '../mdo/agenda/mdoAgenda-i18n';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import { FormField } from '../../components/FormField';
import { useMdoSettingsStore } from '../../state/mdo-settings-store';
import styles from './SettingsPage.module.css';

registerMdoAgendaTexts();

/** FormField shows `errorMessage` whenever it has a code; the code itself is not translated here. */
const INVALID = 'reviewInterval.invalid';

/** MDO: after how many weeks without discussion a marked patient is suggested for review (this device). */
export function ReviewIntervalSetting() {
  const { t } = useTranslation();
  const stored = useMdoSettingsStore((state) => state.reviewIntervalWeeks);
  const setWeeks = useMdoSettingsStore((state) => state.setReviewIntervalWeeks);
  const [text, setText] = useState(String(stored));
  const [state, setState] = useState<'idle' | 'saved' | 'invalid'>('idle');
  return (
    <section aria-labelledby="mdo-settings-title" className={styles.card}>
      <h2 id="mdo-settings-title">{t('mdoAgenda.settings.title')}</h2>
      <form
        className={styles.form}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const weeks = /^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN;
          setState(setWeeks(weeks) ? 'saved' : 'invalid');
        }}
      >
        <FormField
          label={t('mdoAgenda.settings.interval')}
          hint={t('mdoAgenda.settings.intervalHint')}
          errorCode={state === 'invalid' ? INVALID : undefined}
          errorMessage={t('mdoAgenda.settings.invalid')}
        >
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={52}
              step={1}
              value={text}
              onChange={(event) => {
                setText(event.target.value);
                setState('idle');
              }}
            />
          )}
        </FormField>
        <button type="submit" className={buttonClass()}>
          {t('mdoAgenda.settings.save')}
        </button>
        <p role="status">{state === 'saved' ? t('mdoAgenda.settings.saved', { count: stored }) : ''}</p>
      </form>
    </section>
  );
}
