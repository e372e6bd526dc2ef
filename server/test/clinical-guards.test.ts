import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASES, setUpPractice, startTestServer, type TestClient, type TestServer } from './harness';
import { AT, Device, patientData } from './mutations';

const DIED = { status: 'deceased', statusSince: null, deathDate: '2026-11-20', placeOfDeath: 'home' };

function checklist(patientId: string): Record<string, unknown> {
  return {
    definitionId: 'surprise-question',
    definitionVersion: 1,
    patientId,
    answers: { surprised: 'nee' },
    observedOn: '2026-11-22',
    author: { name: 'H. Bakker', role: 'huisarts' },
    recordedAt: AT,
    deletedAt: null,
  };
}

function deathEvent(patientId: string, place: string): Record<string, unknown> {
  return {
    patientId,
    kind: 'death',
    date: '2026-11-20',
    place,
    wasPreferredPlace: 'yes',
    isConfirmedUnmarked: true,
    author: { name: 'H. Bakker', role: 'huisarts' },
    markedBy: 'H. Bakker',
    recordedAt: AT,
    deletedAt: null,
  };
}

describe.each(DATABASES)('clinical rules on push on %s', (kind) => {
  let server: TestServer;
  let poh: TestClient;

  beforeAll(async () => {
    server = await startTestServer(kind);
    poh = await setUpPractice(server);
  });
  afterAll(() => server.close());

  it('refuses new clinical work on a deceased patient with a reason, but takes a correction of the death', async () => {
    const device = new Device(poh);
    const patientId = randomUUID();
    await device.push([device.mutation('patient', patientId, patientData(DIED), null)]);

    const work = await device.push([
      device.mutation('checklistResult', randomUUID(), checklist(patientId), null),
    ]);
    expect(work.body.results[0]).toMatchObject({ status: 'rejected', reason: 'patientDeceased' });

    const eventId = randomUUID();
    const death = await device.push([
      device.mutation('markingEvent', eventId, deathEvent(patientId, 'home'), null),
    ]);
    expect(death.body.results[0]).toMatchObject({ status: 'applied' });
    const corrected = await device.push([
      device.mutation('patient', patientId, { placeOfDeath: 'hospice' }, 1),
    ]);
    expect(corrected.body.results[0]).toMatchObject({ status: 'applied' });
  });

  it('takes the same clinical work for a living patient', async () => {
    const device = new Device(poh);
    const patientId = randomUUID();
    await device.push([device.mutation('patient', patientId, patientData(), null)]);
    const work = await device.push([
      device.mutation('checklistResult', randomUUID(), checklist(patientId), null),
    ]);
    expect(work.body.results[0]).toMatchObject({ status: 'applied' });
  });
});
