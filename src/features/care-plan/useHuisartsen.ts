import { useServices } from '../../app/ServicesProvider';
import { useOnlineStatus } from '../../components/useOnlineStatus';
import type { OnBehalfOf } from '../../domain';
import { useServerData, type ServerData } from '../account/useServerData';

/** The practice's huisartsen from the server (asked again when the connection returns). */
export function useHuisartsen(): ServerData<OnBehalfOf[]> {
  const { auth } = useServices();
  const isOnline = useOnlineStatus();
  const answer = useServerData(isOnline, auth.huisartsen);
  if (answer.status !== 'ready') return answer;
  return { status: 'ready', value: answer.value.huisartsen };
}
