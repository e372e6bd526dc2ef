import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useServices } from '../../providers/ServicesProvider';
import { allRolesOf, type SecondFactorChallenge } from '../../domain';
import styles from './Account.module.css';
import { AcceptInvitationForm } from './AcceptInvitationForm';
import { SecondStep } from './SecondStep';
import { useSignIn } from './useSignIn';
import { FailureMessage } from './FailureMessage';
import { useAccountText } from './useAccountText';
import { useServerData } from '../../components/useServerData';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/**
 * Uitnodiging: opened from a beheerder's one-time link. The secret is in the fragment (#...), which the
 * browser never sends to a server, so it stays out of every log; it is read here and nowhere else.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const token = useLocation().hash.replace(/^#/, '');
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <h1 id="page-title">{t('account.invitation.title')}</h1>
      {token === '' ? (
        <FailureMessage message={t('account.invitation.noToken')} />
      ) : (
        <Invitation token={token} />
      )}
    </section>
  );
}

function Invitation({ token }: { token: string }) {
  const { t } = useTranslation();
  const { auth } = useServices();
  const { failureMessage, roleNames } = useAccountText();
  const invitation = useServerData(token, auth.lookUpInvitation);
  const [endedWith, setEndedWith] = useState<string | null>(null);
  // The password stays in memory only until enrolment is done: the key vault opens with it.
  const [challenge, setChallenge] = useState<{ challenge: SecondFactorChallenge; password: string } | null>(
    null,
  );
  const signIn = useSignIn();

  const failure = endedWith ?? (invitation.status === 'failed' ? invitation.code : null);
  if (failure !== null) {
    // A malformed token is refused as `invalid`; for the reader that is simply an unknown invitation.
    const code = failure === 'invalid' ? 'invitationNotFound' : failure;
    return (
      <FailureMessage message={failureMessage(code, 'invitation')}>
        {code !== 'offline' && <Link to="/inloggen">{t('account.invitation.toLogin')}</Link>}
      </FailureMessage>
    );
  }
  if (invitation.status !== 'ready') return <p role="status">{t('account.invitation.checking')}</p>;

  // The account exists now; a beheerder or specialist PZ sets up the second factor before the first session.
  if (challenge)
    return (
      <SecondStep
        challenge={challenge.challenge}
        onSignedIn={(session) => {
          void signIn(session, challenge.password);
        }}
      />
    );
  const info = invitation.value;
  return (
    <>
      <div>
        <p className={styles.lead}>
          {t('account.invitation.forRole', {
            practice: info.practiceName,
            role: roleNames(allRolesOf(info)),
          })}
        </p>
        <p>{t('account.invitation.account', { email: info.email })}</p>
      </div>
      <AcceptInvitationForm
        token={token}
        invitedName={info.name}
        onEnded={setEndedWith}
        onChallenge={(next, password) => {
          setChallenge({ challenge: next, password });
        }}
      />
    </>
  );
}
