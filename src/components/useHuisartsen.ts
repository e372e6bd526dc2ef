import { useServices } from '../providers/ServicesProvider';
import type { OnBehalfOf } from '../domain';
// A known arrow back up into features, left for the shared-furniture step of issue 16: useServerData and
// the failure codes it needs belong below features.
// eslint-disable-next-line no-restricted-imports -- the exception described above
import { useServerData, type ServerData } from '../features/account/useServerData';
import { useOnlineStatus } from './useOnlineStatus';

/** The practice's huisartsen from the server (asked again when the connection returns). */
export function useHuisartsen(): ServerData<OnBehalfOf[]> {
  const { auth } = useServices();
  const isOnline = useOnlineStatus();
  const answer = useServerData(isOnline, auth.huisartsen);
  if (answer.status !== 'ready') return answer;
  return { status: 'ready', value: answer.value.huisartsen };
}
