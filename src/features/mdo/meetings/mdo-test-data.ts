/** Seeds for the MDO planning tests, written through the real repositories. */
import { createMeeting, saveSpecialist, type TijdigDb } from '../../../db';
import { addDays, isoDateOf, toDutchDate, type IsoDate } from '../../../domain';

export const today = (): IsoDate => isoDateOf(new Date());
export const daysFromToday = (days: number): IsoDate => addDays(today(), days);
export const dutch = (date: IsoDate): string => toDutchDate(date);

export const MEMBERS = [
  { id: '0190f0e2-7c4a-7000-8000-00000000e001', name: 'Hanna Bakker', role: 'huisarts' },
  { id: '0190f0e2-7c4a-7000-8000-00000000e002', name: 'Petra Ouwens', role: 'poh' },
  { id: '0190f0e2-7c4a-7000-8000-00000000e003', name: 'Fatima el Amrani', role: 'wijkverpleegkundige' },
] as const;

/** Plans a meeting `days` from today (negative: in the past, planned back then). */
export async function seedMeeting(db: TijdigDb, days: number, overrides: Record<string, unknown> = {}) {
  const date = daysFromToday(days);
  const result = await createMeeting(
    db,
    {
      date,
      startTime: '14:00',
      endTime: '15:30',
      location: 'Spreekkamer 2',
      members: MEMBERS,
      chairMemberId: MEMBERS[1].id,
      ...overrides,
    },
    new Date(`${date}T08:00:00Z`),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

export async function seedSpecialist(db: TijdigDb, overrides: Record<string, unknown> = {}) {
  const result = await saveSpecialist(
    db,
    null,
    {
      name: 'Marieke Smit',
      organisation: 'Netwerk Palliatieve Zorg Utrecht',
      team: 'stop',
      phone: '030 1234567',
      email: 'm.smit@stopteam.nl',
      userId: null,
      ...overrides,
    },
    new Date(),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}
