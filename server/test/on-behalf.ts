/** Test helpers for "namens": the practice's huisarts, and records that name them as a POH's device does. */
import { isMedicalDecision, type OnBehalfOf, type SessionInfo } from '../../src/domain';
import type { TestClient } from './harness';

type Row = Record<string, unknown>;

/** The signed-in account as a namens target (id and name). */
export async function onBehalfTarget(client: TestClient): Promise<OnBehalfOf> {
  const session = await client.get<SessionInfo>('/api/auth/session');
  return { userId: session.body.user.id, name: session.body.user.name };
}

/** A care plan whose every medical decision names `gp`, as a POH's device sends it. */
export function planOnBehalfOf<T extends object>(plan: T, gp: OnBehalfOf): T {
  const next: Row = { ...(plan as Row) };
  for (const [field, value] of Object.entries(next)) {
    if (!isMedicalDecision('carePlan', field)) continue;
    next[field] = Array.isArray(value)
      ? value.map((item: Row) => ({ ...item, onBehalfOf: gp }))
      : { ...(value as Row), onBehalfOf: gp };
  }
  return next as T;
}
