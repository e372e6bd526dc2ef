import { useCallback, useEffect, useState } from 'react';
import { readStorageState, type StorageState } from '../../lib/storage-persistence';

/** The device's storage state, read on mount and again on request; null until read. */
export function useStorageState(): { state: StorageState | null; refresh: () => void } {
  const [state, setState] = useState<StorageState | null>(null);
  const refresh = useCallback(() => {
    void readStorageState().then(setState);
  }, []);
  useEffect(refresh, [refresh]);
  return { state, refresh };
}
