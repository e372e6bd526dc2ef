import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { buttonClass } from '../../components/button-class';
import type { InvitationCreated } from '../../domain';
import { formatInstantDate } from '../../lib/format';
import styles from './Account.module.css';
import { AccountField } from './AccountField';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

type CopyState = 'idle' | 'copied' | 'failed';

interface InvitationLinkProps {
  invitation: InvitationCreated;
  name: string;
  onDone: () => void;
}

/**
 * The full link of an invitation just made, shown once, with a copy button. Where the clipboard is not
 * available (an old browser, a page not served over https) the link stays in a field to select by hand.
 */
export function InvitationLink({ invitation, name, onDone }: InvitationLinkProps) {
  const { t, i18n } = useTranslation();
  const link = `${window.location.origin}${invitation.path}`;
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const titleRef = useRef<HTMLHeadingElement>(null);
  const fieldRef = useRef<HTMLInputElement>(null);

  // Keyboard and screen reader users land on the result instead of staying in the emptied form.
  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
      fieldRef.current?.focus();
    }
  };

  return (
    <section aria-labelledby="invitation-link-title" className={styles.success}>
      <h3 id="invitation-link-title" ref={titleRef} tabIndex={-1}>
        {t('account.team.link.title', { name })}
      </h3>
      <p>{t('account.team.link.once', { name })}</p>
      <p>
        {t('account.team.link.expires', { date: formatInstantDate(invitation.expiresAt, i18n.language) })}
      </p>
      <AccountField label={t('account.team.link.label')}>
        {(control) => (
          <input
            {...control}
            ref={fieldRef}
            className={styles.link}
            value={link}
            readOnly
            spellCheck={false}
            onFocus={(event) => {
              event.currentTarget.select();
            }}
          />
        )}
      </AccountField>
      <div className={styles.actions}>
        <button type="button" className={buttonClass()} onClick={() => void copy()}>
          {t('account.team.link.copy')}
        </button>
        <button type="button" className={buttonClass('secondary')} onClick={onDone}>
          {t('account.team.link.done')}
        </button>
        <p role="status">
          {copyState === 'idle'
            ? ''
            : t(`account.team.link.${copyState === 'copied' ? 'copied' : 'copyFailed'}`)}
        </p>
      </div>
    </section>
  );
}
