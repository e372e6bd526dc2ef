/** Test data for the handover tests: the domain's complete plan, checked by the schema and stored as-is. */
import { carePlanSchema, type CarePlan, type Patient } from '../../domain';
import { completePlan, patientFor } from '../../domain/care-plan/care-plan.fixtures';
import { renderApp, type RenderedApp } from '../../test/render';

export const BSN = '111222333';

/** Renders the handover page of a patient (with a BSN) whose care plan is stored straight in the database. */
export async function renderHandover(
  planOverrides: Partial<CarePlan> | null = {},
  patient: Patient = patientFor({ bsn: BSN }),
): Promise<RenderedApp & { patient: Patient }> {
  const app = await renderApp(`/patienten/${patient.id}/overdracht`, [patient]);
  if (planOverrides !== null)
    await app.db.carePlans.add(carePlanSchema.parse(completePlan({ ...planOverrides })));
  return { ...app, patient };
}

/** The access events queued on the device for `event`. */
export async function accessesOf(app: RenderedApp, event: string) {
  return (await app.db.auditQueue.toArray()).filter((access) => access.event === event);
}
