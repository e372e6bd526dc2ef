import { useState } from 'react';
import { isoDateOf, type IsoDate } from '../domain';

/** Today's calendar date in the practice's time zone, fixed for the life of the component. */
export function useToday(): IsoDate {
  const [today] = useState(() => isoDateOf(new Date()));
  return today;
}
