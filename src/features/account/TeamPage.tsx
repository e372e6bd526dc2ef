import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../providers/ServicesProvider';
import type { InvitationCreated } from '../../domain';
import styles from './Account.module.css';
import { BeheerderPage } from './BeheerderPage';
import { InvitationLink } from './InvitationLink';
import { InviteForm } from './InviteForm';
import { TeamLists } from './TeamLists';
import { useServerData } from '../../components/useServerData';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/** Team en uitnodigingen (beheerder): who is in the team, open invitations, and a new invitation. */
export function TeamPage() {
  return (
    <BeheerderPage titleKey="account.team.title">
      <Team />
    </BeheerderPage>
  );
}

function Team() {
  const { t } = useTranslation();
  const { auth } = useServices();
  // Counting up reloads the team, e.g. to list an invitation just made.
  const [version, setVersion] = useState(0);
  const team = useServerData(version, auth.team);
  const twoFactor = useServerData(version, auth.teamTwoFactor);
  // The link exists only in this state: the server keeps just its hash, so it is shown this once.
  const [created, setCreated] = useState<{ invitation: InvitationCreated; name: string } | null>(null);

  return (
    <>
      <section aria-labelledby="invite-title" className={styles.card}>
        <h2 id="invite-title">{t('account.team.invite.title')}</h2>
        <p>{t('account.team.invite.intro')}</p>
        {created && (
          <InvitationLink
            key={created.invitation.id}
            invitation={created.invitation}
            name={created.name}
            onDone={() => {
              setCreated(null);
            }}
          />
        )}
        <InviteForm
          onCreated={(invitation, name) => {
            setCreated({ invitation, name });
            setVersion((current) => current + 1);
          }}
        />
      </section>
      <TeamLists
        team={team}
        twoFactor={twoFactor.status === 'ready' ? twoFactor.value : null}
        onTwoFactorReset={() => {
          setVersion((current) => current + 1);
        }}
      />
    </>
  );
}
