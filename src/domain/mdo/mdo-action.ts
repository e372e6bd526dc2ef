/**
 * An action agreed in an MDO (what, who, by when). Open actions stay open until someone marks them done,
 * and are carried onto the next meeting's agenda, so no decision is lost between meetings.
 */
import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema } from '../date-schemas';
import { patientIdSchema } from '../ids';
import { requiredText } from './shared';

export const MDO_ACTION_STATUSES = ['open', 'done'] as const;
export type MdoActionStatus = (typeof MDO_ACTION_STATUSES)[number];

export const mdoActionFieldsSchema = z.object({
  what: requiredText(500),
  /** Who carries it out, by name (and role where it helps), e.g. "Fatima (wijkverpleegkundige)". */
  owner: requiredText(120),
  dueDate: isoDateSchema,
  status: z.enum(MDO_ACTION_STATUSES),
  /** The day it was done; set together with status `done`. */
  doneOn: isoDateSchema.nullable(),
});
export type MdoActionFields = z.infer<typeof mdoActionFieldsSchema>;

export const mdoActionSchema = mdoActionFieldsSchema.extend({
  id: z.uuid('id.invalid'),
  /** Where it was agreed; null for an action recorded outside a meeting. */
  meetingId: z.uuid('id.invalid').nullable(),
  agendaItemId: z.uuid('id.invalid').nullable(),
  /** The patient it is for, or null for a general action. */
  patientId: patientIdSchema.nullable(),
  createdAt: isoDateTimeSchema,
  deletedAt: isoDateTimeSchema.nullable(),
});
export type MdoAction = z.infer<typeof mdoActionSchema>;

export const mdoActionFieldGroups = {
  origin: ['meetingId', 'agendaItemId', 'patientId'],
  what: ['what'],
  owner: ['owner'],
  due: ['dueDate'],
  status: ['status', 'doneOn'],
  deletion: ['deletedAt'],
} as const satisfies Record<string, readonly (keyof MdoAction)[]>;
