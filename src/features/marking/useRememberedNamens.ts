import type { OnBehalfOf } from '../../domain';
import { useNamensStore } from '../../state/namens-store';
import { useSessionStore } from '../../state/session-store';

/** The signed-in account's last "Namens huisarts" choice for quick-mark, and how to change it. */
export function useRememberedNamens(): [OnBehalfOf | null, (next: OnBehalfOf | null) => void] {
  const userId = useSessionStore((state) => state.session?.user.id ?? '');
  const last = useNamensStore((state) => state.last);
  const remember = useNamensStore((state) => state.remember);
  const value = last !== null && last.userId === userId ? last.onBehalfOf : null;
  return [
    value,
    (next) => {
      remember(userId, next);
    },
  ];
}
