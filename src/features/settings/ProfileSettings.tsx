import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import type { Role } from '../../domain';
import { useProfileStore } from '../../state/profile-store';
import { ProfileFields } from '../checklists/ProfileFields';
import styles from './SettingsPage.module.css';

/** Uw gegevens: the name and role shown with everything recorded on this device. */
export function ProfileSettings() {
  const { t } = useTranslation();
  const profile = useProfileStore();
  const [name, setName] = useState(profile.name);
  const [role, setRole] = useState<string>(profile.role ?? '');
  const [isSaved, setIsSaved] = useState(false);
  return (
    <section aria-labelledby="profile-title" className={styles.card}>
      <h2 id="profile-title">{t('profile.title')}</h2>
      <p>{t('profile.help')}</p>
      <form
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          profile.setProfile(name, role === '' ? null : (role as Role));
          setIsSaved(true);
        }}
      >
        <ProfileFields
          name={name}
          role={role}
          onName={(value) => {
            setName(value);
            setIsSaved(false);
          }}
          onRole={(value) => {
            setRole(value);
            setIsSaved(false);
          }}
        />
        <button type="submit" className={buttonClass()}>
          {t('form.save')}
        </button>
        <p role="status">{isSaved ? t('profile.saved') : ''}</p>
      </form>
    </section>
  );
}
