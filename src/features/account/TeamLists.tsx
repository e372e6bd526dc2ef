import { useTranslation } from 'react-i18next';
import { allRolesOf, type MemberTwoFactor, type Team } from '../../domain';
import { formatInstantDate } from '../../lib/format';
import styles from './Account.module.css';
import { FailureMessage } from './FailureMessage';
import { useAccountText } from './useAccountText';
import { TwoFactorReset } from './TwoFactorReset';
import type { ServerData } from '../../components/useServerData';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/**
 * The practice's members and its open invitations, as two tables. With `twoFactor` (when it loaded) each
 * member shows whether their second factor is set up, with a reset for a lost phone.
 */
export function TeamLists({
  team,
  twoFactor,
  onTwoFactorReset,
}: {
  team: ServerData<Team>;
  twoFactor?: MemberTwoFactor | null;
  onTwoFactorReset?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { failureMessage, roleNames } = useAccountText();
  if (team.status === 'loading') return <p role="status">{t('account.team.loading')}</p>;
  if (team.status === 'failed') return <FailureMessage message={failureMessage(team.code)} />;
  const { members, invitations } = team.value;
  return (
    <>
      <section aria-labelledby="members-title" className={styles.card}>
        <h2 id="members-title">{t('account.team.members.title')}</h2>
        {members.length === 0 ? (
          <p>{t('account.team.members.empty')}</p>
        ) : (
          <table className={styles.table} aria-labelledby="members-title">
            <thead>
              <tr>
                <th scope="col">{t('account.fields.name')}</th>
                <th scope="col">{t('account.fields.email')}</th>
                <th scope="col">{t('account.fields.roles')}</th>
                <th scope="col">{t('account.team.members.sharedDevice')}</th>
                {twoFactor && <th scope="col">{t('account.twoFactor.title')}</th>}
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id}>
                  <th scope="row">{member.name}</th>
                  <td>{member.email}</td>
                  <td>{roleNames(allRolesOf(member))}</td>
                  <td>{t(member.isSharedDevice ? 'account.team.yes' : 'account.team.no')}</td>
                  {twoFactor && (
                    <td>
                      <TwoFactorReset
                        userId={member.id}
                        name={member.name}
                        isEnrolled={twoFactor.members.some((m) => m.userId === member.id && m.isEnrolled)}
                        onReset={() => onTwoFactorReset?.()}
                      />
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="invitations-title" className={styles.card}>
        <h2 id="invitations-title">{t('account.team.invitations.title')}</h2>
        {invitations.length === 0 ? (
          <p>{t('account.team.invitations.empty')}</p>
        ) : (
          <table className={styles.table} aria-labelledby="invitations-title">
            <thead>
              <tr>
                <th scope="col">{t('account.fields.name')}</th>
                <th scope="col">{t('account.fields.email')}</th>
                <th scope="col">{t('account.fields.roles')}</th>
                <th scope="col">{t('account.team.invitations.expires')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.map((invitation) => (
                <tr key={invitation.id}>
                  <th scope="row">{invitation.name}</th>
                  <td>{invitation.email}</td>
                  <td>{roleNames(allRolesOf(invitation))}</td>
                  <td className={styles.nowrap}>{formatInstantDate(invitation.expiresAt, i18n.language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
