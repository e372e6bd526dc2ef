import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../components/button-class';
import { useRegisterViewStore } from '../../state/register-view-store';
import { useAccessLog } from '../../components/useAccessLog';
import { PatientList } from './PatientList';
import styles from './RegisterPage.module.css';
import { RegisterToolbar } from './RegisterToolbar';
import { useRegisterRows } from './useRegisterRows';

/** Patiënten: the practice's register with search, filters and sorting. */
export function RegisterPage() {
  const { t } = useTranslation();
  const { rows, rowCount, total, facts, distinctions } = useRegisterRows();
  const filter = useRegisterViewStore((state) => state.filter);
  const search = useRegisterViewStore((state) => state.search.trim());
  // Viewing the register is an access to patient data; so is each search (logged once it settles).
  useAccessLog({ event: 'register.view', action: 'R', patientId: null, recordPart: 'register' }, 'view');
  useAccessLog(
    search === '' ? null : { event: 'register.search', action: 'R', patientId: null, recordPart: 'register' },
    search,
    1500,
  );

  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <div className={styles.titleBar}>
        <h1 id="page-title">{t('register.title')}</h1>
        <Link to="/patienten/nieuw" className={buttonClass()}>
          {t('register.add')}
        </Link>
      </div>
      <RegisterToolbar />
      {filter === 'diedSinceMdo' && <p className={styles.count}>{t('register.filter.diedHint')}</p>}
      <p className={styles.count} aria-live="polite">
        {rows === undefined ? t('app.loading') : t('register.list.count', { count: rowCount, total })}
      </p>
      {rows !== undefined &&
        (rowCount === 0 ? (
          <p className={styles.empty}>
            {total === 0 ? t('register.list.empty') : t('register.list.noMatch')}
          </p>
        ) : (
          <PatientList rows={rows} rowCount={rowCount} facts={facts} distinctions={distinctions} />
        ))}
    </section>
  );
}
