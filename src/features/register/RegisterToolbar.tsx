import { useTranslation } from 'react-i18next';
import { REGISTER_FILTERS, REGISTER_SORTS, type RegisterFilter, type RegisterSort } from '../../domain';
import { useRegisterViewStore } from '../../state/register-view-store';
import styles from './RegisterPage.module.css';

function isSort(value: string): value is RegisterSort {
  return (REGISTER_SORTS as readonly string[]).includes(value);
}

/** Search, filter and sort controls of the register. */
export function RegisterToolbar() {
  const { t } = useTranslation();
  const { search, filter, sort, isDescending, update } = useRegisterViewStore();

  return (
    <div className={styles.toolbar}>
      <div className={styles.field}>
        <label htmlFor="register-search">{t('register.search.label')}</label>
        <input
          id="register-search"
          type="search"
          value={search}
          placeholder={t('register.search.placeholder')}
          aria-describedby="register-search-hint"
          autoComplete="off"
          onChange={(event) => {
            update({ search: event.target.value });
          }}
        />
        <span id="register-search-hint" className={styles.hint}>
          {t('register.search.hint')}
        </span>
      </div>

      <fieldset className={styles.filters}>
        <legend>{t('register.filter.label')}</legend>
        {REGISTER_FILTERS.map((option: RegisterFilter) => (
          <label key={option} className={styles.filterOption}>
            <input
              type="radio"
              name="register-filter"
              value={option}
              checked={filter === option}
              onChange={() => {
                update({ filter: option });
              }}
            />
            {t(`register.filter.${option}`)}
          </label>
        ))}
      </fieldset>

      <div className={styles.sort}>
        <div className={styles.field}>
          <label htmlFor="register-sort">{t('register.sort.label')}</label>
          <select
            id="register-sort"
            value={sort}
            onChange={(event) => {
              if (isSort(event.target.value)) update({ sort: event.target.value });
            }}
          >
            {REGISTER_SORTS.map((option) => (
              <option key={option} value={option}>
                {t(`register.sort.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <button
          type="button"
          className={styles.direction}
          aria-pressed={isDescending}
          onClick={() => {
            update({ isDescending: !isDescending });
          }}
        >
          {t('register.sort.descending')}
        </button>
      </div>
    </div>
  );
}
