import { useCallback, useRef, useState } from 'react';
import type { WriteError, WriteResult } from '../../../db';
import type { TrackSave } from './useTrackSave';

/** What the page says about its saves: nothing yet, busy, saved (when), or why the last one failed. */
export type SaveStatus =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'failed'; reason: WriteError['kind'] };

/**
 * The page's save status and the function every autosaving control runs its write through, so one
 * line on the page tells whether everything typed is on this device.
 */
export function useSaveStatus(): { status: SaveStatus; track: TrackSave } {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const inFlight = useRef(0);
  const track = useCallback(async <T>(work: () => Promise<WriteResult<T>>): Promise<WriteResult<T>> => {
    inFlight.current += 1;
    setStatus({ kind: 'saving' });
    let result: WriteResult<T>;
    try {
      result = await work();
    } finally {
      inFlight.current -= 1;
    }
    if (!result.ok) setStatus({ kind: 'failed', reason: result.error.kind });
    else if (inFlight.current === 0) setStatus({ kind: 'saved', at: new Date() });
    return result;
  }, []);
  return { status, track };
}
