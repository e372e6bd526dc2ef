import { useServices } from '../../../app/ServicesProvider';
import { useOnlineStatus } from '../../../components/useOnlineStatus';
import type { Member } from '../../../domain';
import { useServerData, type ServerData } from '../../account/useServerData';

/**
 * The practice's accounts with the role specialist-pz, from the server's team list (asked again when the
 * connection returns). Offline, or for an account that may not see the team, the answer says why.
 */
export function useSpecialistAccounts(): ServerData<Member[]> {
  const { auth } = useServices();
  const isOnline = useOnlineStatus();
  const team = useServerData(isOnline, auth.team);
  if (team.status !== 'ready') return team;
  return { status: 'ready', value: team.value.members.filter((member) => member.role === 'specialist-pz') };
}
