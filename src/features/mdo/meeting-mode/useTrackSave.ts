import { createContext, useContext } from 'react';
import type { WriteResult } from '../../../db';

/** Runs a write and reports it to the page's save status. */
export type TrackSave = <T>(work: () => Promise<WriteResult<T>>) => Promise<WriteResult<T>>;

export const TrackSaveContext = createContext<TrackSave>((work) => work());

/** The page's save tracker (outside a tracking page, writes simply run). */
export function useTrackSave(): TrackSave {
  return useContext(TrackSaveContext);
}
