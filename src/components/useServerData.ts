import { useEffect, useState } from 'react';
import { failureCodeOf } from '../sync/api-client';

export type ServerData<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; code: string };

/**
 * Loads `load(key)` from the server, again whenever `key` changes (a new object counts as a change, so
 * searching again with the same filters refreshes). Answers that arrive for an older key are dropped.
 * `load` must be stable, such as a method of the auth client.
 */
export function useServerData<K, T>(key: K, load: (key: K) => Promise<T>): ServerData<T> {
  const [result, setResult] = useState<{ key: K; data: ServerData<T> } | null>(null);
  useEffect(() => {
    let isCurrent = true;
    load(key).then(
      (value) => {
        if (isCurrent) setResult({ key, data: { status: 'ready', value } });
      },
      (error: unknown) => {
        if (isCurrent) setResult({ key, data: { status: 'failed', code: failureCodeOf(error) } });
      },
    );
    return () => {
      isCurrent = false;
    };
  }, [key, load]);
  return result !== null && Object.is(result.key, key) ? result.data : { status: 'loading' };
}
