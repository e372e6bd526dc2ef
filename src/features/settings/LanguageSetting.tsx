import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, setLanguage, type Language } from '../../i18n';
import styles from './SettingsPage.module.css';
import { registerSettingsTexts } from './settings-i18n';

registerSettingsTexts();

/**
 * The language choice. English is fetched when first chosen (src/i18n), so offline on a device that never
 * used it the choice fails: the app stays Dutch and says why, instead of switching to half a language.
 */
export function LanguageSetting() {
  const { t, i18n } = useTranslation();
  const [hasFailed, setHasFailed] = useState(false);
  const choose = (language: Language) => {
    setHasFailed(false);
    setLanguage(language).catch(() => {
      setHasFailed(true);
    });
  };
  return (
    <section aria-labelledby="language-title" className={styles.card}>
      <h2 id="language-title">{t('settings.language.title')}</h2>
      <fieldset className={styles.options}>
        <legend className="visually-hidden">{t('settings.language.title')}</legend>
        {LANGUAGES.map((language) => (
          <label key={language} className={styles.option}>
            <input
              type="radio"
              name="language"
              value={language}
              checked={i18n.language === language}
              onChange={() => {
                choose(language);
              }}
            />
            {t(`settings.language.${language}`)}
          </label>
        ))}
      </fieldset>
      {hasFailed && (
        <p role="alert" className={styles.error}>
          {t('settings.language.unavailable')}
        </p>
      )}
    </section>
  );
}
