import { useTranslation } from 'react-i18next';
import { DIMENSIONS } from '../../domain';
import styles from './CarePlan.module.css';

/** The sections in the order of the form; each key is the section's anchor `zorgplan-<key>`. */
const SECTION_KEYS = [
  'status',
  'regie',
  'contacts',
  'limits',
  'treatmentGoal',
  'placeOfDeath',
  'euthanasia',
  'wishes',
  'naastenInformed',
  'consent',
  'acp',
  ...DIMENSIONS,
  'medication',
  'acute',
  'vptz',
  'mantelzorg',
] as const;

/** Jump links to every section of the long form. */
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
