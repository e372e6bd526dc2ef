import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../providers/DatabaseProvider';
import { useServices } from '../../providers/ServicesProvider';
import { buttonClass } from '../../components/button-class';
import { FormField } from '../../components/FormField';
import type { SessionInfo } from '../../domain';
import { useLockStore } from '../../state/lock-store';
import { SignOutDialog } from '../sync/SignOutDialog';
import { useWaitingChangeCount } from '../sync/useSyncCounts';
import styles from './LockScreen.module.css';
import { registerLockScreenTexts } from './lock-screen-i18n';
import { unlockWithPassword, type UnlockOutcome } from './unlock';
import { MAX_UNLOCK_TRIES, pushThenWipe } from './wipe-after-tries';

registerLockScreenTexts();

/** FormField shows its error for a code; the sentence comes from lock.wrongPassword. */
const WRONG_PASSWORD = 'wrongPassword';

type Message = Exclude<UnlockOutcome, 'opened'> | 'wiping' | null;

/**
 * Shown instead of the whole signed-in app while the data key is not in memory: who is signed in, and the
 * password to unlock (checked offline against the wrapped key, or online by signing in again). A wrong
 * password counts; before the last try it warns with the number of unsynced changes; the fifth wipes.
 */
export function LockScreen({ session }: { session: SessionInfo }) {
  const { t } = useTranslation();
  const db = useDatabase();
  const { auth, api } = useServices();
  const failedTries = useLockStore((state) => state.failedTries);
  const unsynced = useWaitingChangeCount();
  const [password, setPassword] = useState('');
  const [isBusy, setIsBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [isSigningOut, setIsSigningOut] = useState(false);
  const triesLeft = MAX_UNLOCK_TRIES - failedTries;

  const submit = async () => {
    setIsBusy(true);
    setMessage(null);
    const outcome = await unlockWithPassword(db, auth, session, password);
    setPassword('');
    if (outcome === 'wrongPassword' && useLockStore.getState().wrongTry() >= MAX_UNLOCK_TRIES) {
      setMessage('wiping');
      await pushThenWipe(db, auth, api);
      window.location.assign('/inloggen');
      return;
    }
    if (outcome !== 'opened') setMessage(outcome);
    setIsBusy(false);
  };

  return (
    <div className={styles.layout}>
      <p className={styles.brand}>{t('app.name')}</p>
      <main id="inhoud" tabIndex={-1} className={styles.panel} aria-labelledby="lock-title">
        <h1 id="lock-title">{t('lockScreen.title')}</h1>
        <p>{t('lockScreen.signedInAs', { name: session.user.name, practice: session.practice.name })}</p>
        <p>{t('lockScreen.hint')}</p>
        <form
          className={styles.form}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (password !== '' && !isBusy) void submit();
          }}
        >
          <FormField
            label={t('lockScreen.password')}
            errorCode={message === WRONG_PASSWORD ? WRONG_PASSWORD : undefined}
            errorMessage={t('lockScreen.wrongPassword', { count: triesLeft })}
          >
            {(control) => (
              <input
                {...control}
                type="password"
                autoComplete="current-password"
                value={password}
                disabled={isBusy}
                onChange={(event) => {
                  setPassword(event.target.value);
                }}
              />
            )}
          </FormField>
          {triesLeft === 1 && message !== 'wiping' && (
            <div role="alert" className={styles.warning}>
              <p>{t('lockScreen.lastTry')}</p>
              {unsynced > 0 && <p>{t('lockScreen.unsynced', { count: unsynced })}</p>}
            </div>
          )}
          {message !== null && message !== 'wrongPassword' && (
            <p role={message === 'wiping' ? 'status' : 'alert'}>{t(`lockScreen.${message}`)}</p>
          )}
          <div className={styles.actions}>
            <button type="submit" className={buttonClass()} disabled={isBusy}>
              {t('lockScreen.unlock')}
            </button>
            <button
              type="button"
              className={buttonClass('secondary')}
              disabled={isBusy}
              onClick={() => {
                setIsSigningOut(true);
              }}
            >
              {t('lockScreen.otherUser')}
            </button>
          </div>
          <p role="status">{isBusy && message === null ? t('lockScreen.checking') : ''}</p>
        </form>
      </main>
      {isSigningOut && (
        <SignOutDialog
          onClose={() => {
            setIsSigningOut(false);
          }}
        />
      )}
    </div>
  );
}
