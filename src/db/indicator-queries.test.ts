import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeIndicators, quarterPeriod, type Author, type IsoDate } from '../domain';
import type { WriteResult } from './write-result';
import { patientFields } from '../test/factories';
import { addAgendaItems, removeAgendaItem } from './agenda-repository';
import { TijdigDb } from './database';
import { loadIndicatorData } from './indicator-queries';
import { recordMarking } from './marking-repository';
import { createMdoAction, removeMdoAction } from './mdo-action-repository';
import { createMeeting } from './meeting-repository';
import { createPatient } from './patients-repository';
import { inviteSpecialist, saveSpecialist } from './specialist-repository';

const GP: Author = { name: 'H. Bakker', role: 'huisarts' };
const at = (date: string) => new Date(`${date}T10:00:00.000Z`);
let db: TijdigDb;

beforeEach(async () => {
  db = new TijdigDb(`indicators-${crypto.randomUUID()}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

function valueOf<T>(result: WriteResult<T>): T {
  if (!result.ok) throw new Error(`setup failed: ${JSON.stringify(result.error)}`);
  return result.value;
}

async function aPatient(familyName: string) {
  return valueOf(await createPatient(db, patientFields({ familyName }), at('2026-01-05')));
}

async function mark(patientId: string, date: string, change: object) {
  valueOf(await recordMarking(db, { patientId, date, change, author: GP }, at(date)));
}

const palliative = {
  kind: 'palliative',
  markedBy: 'H. Bakker',
  basis: 'indicators',
  isConversationHeld: false,
  conversationDate: null,
  colour: 'yellow',
};

describe('loadIndicatorData', () => {
  it('reads the live records the indicators need, and only the patients they concern', async () => {
    const markedPatient = await aPatient('Gemarkeerd');
    const unmarkedDeath = await aPatient('Overleden');
    const unrelated = await aPatient('Anders');
    await mark(markedPatient.id, '2026-09-01', palliative);
    await mark(unmarkedDeath.id, '2026-10-20', {
      kind: 'death',
      place: 'home',
      wasPreferredPlace: 'unknown',
      isConfirmedUnmarked: true,
      isSudden: false,
    });
    const meeting = valueOf(
      await createMeeting(
        db,
        { date: '2026-10-15', startTime: '09:00', endTime: '10:00', location: 'Praktijk' },
        at('2026-10-01'),
      ),
    );
    const [item, removed] = valueOf(
      await addAgendaItems(
        db,
        meeting.id,
        [{ patientId: markedPatient.id }, { patientId: null, topic: 'Scholing' }],
        at('2026-10-01'),
      ),
    );
    valueOf(await removeAgendaItem(db, removed?.id ?? '', at('2026-10-02')));
    const specialist = valueOf(
      await saveSpecialist(
        db,
        null,
        { name: 'Dr. S. Pijl', organisation: 'PACT', team: 'pact', phone: '', email: '', userId: null },
        at('2026-10-01'),
      ),
    );
    valueOf(
      await inviteSpecialist(
        db,
        { meetingId: meeting.id, agendaItemId: item?.id ?? null, specialistId: specialist.id },
        at('2026-10-01'),
      ),
    );
    const action = {
      what: 'Bellen',
      owner: 'POH',
      dueDate: '2026-11-01',
      meetingId: meeting.id,
      agendaItemId: null,
      patientId: markedPatient.id,
    };
    const kept = valueOf(await createMdoAction(db, action, at('2026-10-15')));
    const gone = valueOf(await createMdoAction(db, { ...action, what: 'Vergissing' }, at('2026-10-15')));
    valueOf(await removeMdoAction(db, gone.id, at('2026-10-16')));

    const source = await loadIndicatorData(db);

    expect(source.patients.map((p) => p.familyName).sort()).toEqual(['Gemarkeerd', 'Overleden']);
    expect(source.patients.map((p) => p.id)).not.toContain(unrelated.id);
    expect(source.markingEvents.map((e) => e.kind).sort()).toEqual(['death', 'palliative']);
    expect(source.meetings.map((m) => m.id)).toEqual([meeting.id]);
    expect(source.agendaItems.map((i) => i.id)).toEqual([item?.id]);
    expect(source.invitations).toHaveLength(1);
    expect(source.actions.map((a) => a.id)).toEqual([kept.id]);

    const results = computeIndicators(source, quarterPeriod(2026, 4), { today: '2026-11-23' as IsoDate });
    const figures = Object.fromEntries(
      results.map((r) => [r.id, [r.numerator, r.denominator, r.unknown, r.value]]),
    );
    expect(figures).toMatchObject({
      markedBeforeDeath: [0, 1, 0, 0],
      specialistInvolvementDays: [1, 1, 0, 44],
      mdoFullTeam: [0, 0, 1, null],
      openActions: [1, null, 0, 1],
      overdueActions: [1, 1, 0, 1],
    });
  });

  it('reads an empty database', async () => {
    expect(await loadIndicatorData(db)).toEqual({
      patients: [],
      markingEvents: [],
      carePlans: [],
      meetings: [],
      agendaItems: [],
      invitations: [],
      actions: [],
    });
  });
});
