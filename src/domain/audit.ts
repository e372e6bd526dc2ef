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

/** What a device reports about an access it made, possibly while offline. */
export const deviceAuditEventSchema = z.object({
  id: z.uuid(),
  event: z.string().min(1).max(80),
  action: z.enum(AUDIT_ACTIONS),
  at: isoDateTimeSchema,
  patientId: z.uuid().nullable(),
  /** Which part of the record, e.g. `patient`, `carePlan.limits`, `register`. */
  recordPart: z.string().max(80),
  outcome: z.enum(AUDIT_OUTCOMES),
});
export type DeviceAuditEvent = z.infer<typeof deviceAuditEventSchema>;

export const auditUploadSchema = z.object({
  clientId: z.uuid(),
  events: z.array(deviceAuditEventSchema).min(1).max(500),
});
export type AuditUpload = z.infer<typeof auditUploadSchema>;

export const auditEntrySchema = z.object({
  id: z.string(),
  at: isoDateTimeSchema,
  event: z.string(),
  action: z.enum(AUDIT_ACTIONS),
  userName: z.string().nullable(),
  role: z.enum(ROLES).nullable(),
  /** On whose behalf: the practice the access was made for. */
  onBehalfOf: z.string().nullable(),
  patientId: z.string().nullable(),
  recordPart: z.string(),
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
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditPageSchema = z.object({ entries: z.array(auditEntrySchema) });
