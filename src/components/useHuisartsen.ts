import { useServices } from '../providers/ServicesProvider';
import type { OnBehalfOf } from '../domain';
import { useServerData, type ServerData } from './useServerData';
import { useOnlineStatus } from './useOnlineStatus';

/** The practice's huisartsen from the server (asked again when the connection returns). */
export function useHuisartsen(): ServerData<OnBehalfOf[]> {
  const { auth } = useServices();
  const isOnline = useOnlineStatus();
  const answer = useServerData(isOnline, auth.huisartsen);
  if (answer.status !== 'ready') return answer;
  return { status: 'ready', value: answer.value.huisartsen };
}
