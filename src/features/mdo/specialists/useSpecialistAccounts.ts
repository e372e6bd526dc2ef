import { useServices } from '../../../providers/ServicesProvider';
import { useOnlineStatus } from '../../../components/useOnlineStatus';
import type { Member } from '../../../domain';
import { useServerData, type ServerData } from '../../../components/useServerData';

/**
 * The practice's accounts with the role specialist-pz, from the server (asked again when the connection
 * returns). Offline, or for an account that may not list them, the answer says why.
 */
export function useSpecialistAccounts(): ServerData<Member[]> {
  const { auth } = useServices();
  const isOnline = useOnlineStatus();
  const accounts = useServerData(isOnline, auth.specialistAccounts);
  if (accounts.status !== 'ready') return accounts;
  return { status: 'ready', value: accounts.value.members };
}
