/**
 * Data for e2e tests, pushed through the real sync API as a device of the signed-in practice would (its
 * own client id and gapless counters), so the app under test pulls it as usual. Tests that need a screen
 * full of patients use this instead of clicking them in one by one.
 */
import { randomUUID } from 'node:crypto';
import { expect, type APIRequestContext } from '@playwright/test';
import { SCHEMA_VERSION } from '../../src/domain/sync';

type Row = Record<string, unknown>;

/** A living, unmarked patient with every field the schema needs; `overrides` sets what the test is about. */
export function patientFields(at: string, overrides: Row = {}): Row {
  return {
    givenName: 'Jan',
    namePrefix: 'de',
    familyName: 'Vries',
    birthDate: '1948-03-07',
    sex: 'male',
    bsn: null,
    treatingGp: 'Dr. P. de Vries',
    diagnosisText: '',
    icpcCode: null,
    contactName: '',
    contactRelation: '',
    contactPhone: '',
    homeCareOrganisation: '',
    status: 'active',
    statusSince: null,
    deathDate: null,
    placeOfDeath: null,
    palliativeSince: null,
    registerColour: null,
    dyingPhaseSince: null,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    ...overrides,
  };
}

/** One record to put: its kind, id and fields. */
export type RecordPut = readonly [entity: string, recordId: string, changed: Row];

/**
 * A device pushing through the API: each call sends its records as the next mutations (baseRev as given,
 * null for new records) and answers each mutation's status.
 */
export function apiDevice(request: APIRequestContext, url: string, at: string) {
  const clientId = randomUUID();
  let counter = 0;
  return async (records: readonly RecordPut[], baseRev: number | null = null): Promise<string[]> => {
    const response = await request.post(`${url}/api/sync/push`, {
      headers: { 'x-tijdig-request': '1', origin: url },
      data: {
        clientId,
        schemaVersion: SCHEMA_VERSION,
        mutations: records.map(([entity, recordId, changed]) => {
          counter += 1;
          return {
            mutationId: randomUUID(),
            counter,
            entity,
            recordId,
            op: 'put',
            baseRev,
            changed,
            createdAt: at,
          };
        }),
      },
    });
    expect(response.status(), 'sync push').toBe(200);
    const { results } = (await response.json()) as { results: { status: string }[] };
    return results.map((result) => result.status);
  };
}
