/**
 * Audit events (NEN 7513): the fact of an access, never the data. The server writes its own events;
 * reads, searches, exports and prints done on a device are queued there and uploaded.
 */
import { z } from 'zod';
import { ROLES } from './author';
import { isoDateTimeSchema } from './date-schemas';

/** Create, Read, Update, Delete, Execute (e.g. export, print, login). */
export const AUDIT_ACTIONS = ['C', 'R', 'U', 'D', 'E'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
export const AUDIT_OUTCOMES = ['success', 'denied', 'failed'] as const;

/**
 * An event's or record part's name, such as `carePlan.view` or `carePlan.handover+bsn`: letters, dots,
 * plus and hyphen only. The log keeps names, never data: no digits or spaces, so no BSN, phone number or
 * free text a device (or a script) sends can reach it.
 */
const auditName = z
  .string()
  .max(80)
  .regex(/^[A-Za-z.+-]*$/, 'audit.name');

/** What a device reports about an access it made, possibly while offline. */
export const deviceAuditEventSchema = z.object({
  id: z.uuid(),
  event: auditName.min(1),
  action: z.enum(AUDIT_ACTIONS),
  at: isoDateTimeSchema,
  patientId: z.uuid().nullable(),
  /** Which part of the record, e.g. `patient`, `carePlan.limits`, `register`. */
  recordPart: auditName,
  outcome: z.enum(AUDIT_OUTCOMES),
});
export type DeviceAuditEvent = z.infer<typeof deviceAuditEventSchema>;

/** At most this many events per upload; the device sends a longer queue in several uploads. */
export const MAX_AUDIT_UPLOAD_EVENTS = 200;

export const auditUploadSchema = z.object({
  clientId: z.uuid(),
  events: z.array(deviceAuditEventSchema).min(1).max(MAX_AUDIT_UPLOAD_EVENTS),
});
export type AuditUpload = z.infer<typeof auditUploadSchema>;

/** Why the server did not store one uploaded event (the refusal itself is logged on the server). */
export const AUDIT_EVENT_REFUSALS = ['deviceTimeInFuture', 'deviceTimeTooOld', 'unknownPatient'] as const;
export type AuditEventRefusal = (typeof AUDIT_EVENT_REFUSALS)[number];

/**
 * The answer to an upload, one result per event: each is stored or refused on its own, so one event with
 * a wrong clock never blocks the rest of the device's queue. A repeated event counts as stored.
 */
export const auditUploadResponseSchema = z.object({
  results: z.array(
    z.discriminatedUnion('status', [
      z.object({ id: z.uuid(), status: z.literal('stored') }),
      z.object({ id: z.uuid(), status: z.literal('refused'), code: z.enum(AUDIT_EVENT_REFUSALS) }),
    ]),
  ),
});
export type AuditUploadResponse = z.infer<typeof auditUploadResponseSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  /** When the access happened: the device's time for an uploaded event, the server's otherwise. */
  at: isoDateTimeSchema,
  /** The time the device reported ("op het apparaat"); null for what the server did itself. */
  deviceAt: isoDateTimeSchema.nullable(),
  /** When the server received or did it ("ontvangen"); null only for device events logged before 2026-12. */
  receivedAt: isoDateTimeSchema.nullable(),
  event: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  userName: z.string().nullable(),
  role: z.enum(ROLES).nullable(),
  /** On whose behalf: the practice the access was made for. */
  onBehalfOf: z.string().nullable(),
  /** The huisarts on whose behalf ("namens") the access was made, if any. */
  onBehalfName: z.string().nullable(),
  patientId: z.string().nullable(),
  recordPart: z.string(),
  /** What a refused request aimed at, e.g. `patient/<id>` or `POST /api/sync/push`. */
  target: z.string().nullable(),
  outcome: z.enum(AUDIT_OUTCOMES),
  source: z.string(),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const auditQuerySchema = z.object({
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  patientId: z.uuid().optional(),
  userName: z.string().max(120).optional(),
  action: z.enum(AUDIT_ACTIONS).optional(),
  outcome: z.enum(AUDIT_OUTCOMES).optional(),
  /** One kind of event, e.g. `login` (with outcome `denied`: the failed sign-ins). */
  event: z.string().min(1).max(80).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z.object({ entries: z.array(auditEntrySchema) });
