import { useTranslation } from 'react-i18next';
import styles from './CarePlan.module.css';
import { SECTION_KEYS } from './plan-sections';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/** Jump links to every section of the long form, kept at the top as the plan scrolls (sticky). */
export function SectionNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('carePlan.sectionsNav')} className={styles.toc}>
      <ul>
        {SECTION_KEYS.map((key) => (
          <li key={key}>
            <a href={`#zorgplan-${key}`}>{t(`carePlan.sections.${key}`)}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
