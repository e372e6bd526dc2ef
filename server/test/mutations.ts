/** Builders for sync requests in server tests: a device with its own client id and gapless counter. */
import { randomUUID } from 'node:crypto';
import type { Mutation, MutationResult, PullResponse, PushRequest } from '../../src/domain';
import { SCHEMA_VERSION } from '../../src/domain';
import type { Reply, TestClient } from './harness';

export const AT = '2026-11-23T09:00:00.000Z';

let bsnSeed = 0;

/**
 * A BSN that passes the elfproef and that no other call in this test file returns: the server refuses a
 * second patient with the same BSN in a practice. Eight digits from a counter (starting 2000, which no
 * BSN written out in a test does), then the check digit; a counter whose check digit would be 10 is skipped.
 */
export function uniqueBsn(): string {
  for (;;) {
    bsnSeed += 1;
    const first = String(20_000_000 + bsnSeed);
    const sum = Array.from(first, Number).reduce((total, digit, index) => total + digit * (9 - index), 0);
    if (sum % 11 < 10) return `${first}${sum % 11}`;
  }
}

/** A new patient's fields, with a BSN of its own (see uniqueBsn). */
export function patientData(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    givenName: 'Johanna',
    namePrefix: 'van der',
    familyName: 'Berg',
    birthDate: '1941-05-02',
    sex: 'female',
    bsn: uniqueBsn(),
    treatingGp: 'Dr. P. de Vries',
    diagnosisText: 'COPD GOLD IV',
    icpcCode: 'R95',
    contactName: 'Kees van der Berg',
    contactRelation: 'zoon',
    contactPhone: '06 12345678',
    homeCareOrganisation: 'Thuiszorg West',
    status: 'active',
    statusSince: null,
    deathDate: null,
    placeOfDeath: null,
    palliativeSince: null,
    registerColour: null,
    dyingPhaseSince: null,
    createdAt: AT,
    updatedAt: AT,
    deletedAt: null,
    ...overrides,
  };
}

/** One device: makes mutations with the next counter and pushes/pulls through its account's client. */
export class Device {
  readonly clientId = randomUUID();
  private counter = 0;

  constructor(readonly client: TestClient) {}

  mutation(
    entity: Mutation['entity'],
    recordId: string,
    changed: Record<string, unknown>,
    baseRev: number | null,
    op: Mutation['op'] = 'put',
  ): Mutation {
    this.counter += 1;
    return {
      mutationId: randomUUID() as Mutation['mutationId'],
      counter: this.counter,
      entity,
      recordId,
      op,
      baseRev,
      changed,
      createdAt: AT as Mutation['createdAt'],
    };
  }

  push(
    mutations: Mutation[],
    schemaVersion = SCHEMA_VERSION,
  ): Promise<Reply<{ results: MutationResult[] } & { code?: string }>> {
    const body: PushRequest = {
      clientId: this.clientId as PushRequest['clientId'],
      schemaVersion,
      mutations,
    };
    return this.client.post('/api/sync/push', body);
  }

  pull(since = 0, limit = 500): Promise<Reply<PullResponse>> {
    return this.client.get(`/api/sync/pull?since=${since}&limit=${limit}&schemaVersion=${SCHEMA_VERSION}`);
  }

  /**
   * Every page from `since` until the server has no more (a page is bounded in bytes too, so a
   * practice's records need not fit one): the last page's answer with all pages' changes.
   */
  async pullAll(since = 0): Promise<Reply<PullResponse>> {
    const changes: PullResponse['changes'] = [];
    for (let checkpoint = since; ;) {
      const reply = await this.pull(checkpoint);
      if (reply.status !== 200) return reply;
      changes.push(...reply.body.changes);
      if (!reply.body.hasMore) return { ...reply, body: { ...reply.body, changes } };
      checkpoint = reply.body.next;
    }
  }
}
