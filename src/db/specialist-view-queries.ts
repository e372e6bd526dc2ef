/**
 * Reads for the specialist PZ's tablet view: their open invitations with the meetings, and per meeting only
 * the invited agenda items with what a specialist needs of each patient. On a specialist's device the sync
 * snapshot already holds nothing else; these reads apply the same rules again (own account, not ended, not
 * withdrawn, not declined, only the invited items), so the view never shows more than the invitation allows,
 * also when the data on the device is older than the last change of the invitation. Patients come out
 * projected (initials, age, diagnosis, marking): the page never receives a name, BSN or address.
 */
import {
  ageOn,
  createCatalog,
  summariseResults,
  treatmentLimitsOf,
  type AgendaItem,
  type CarePlan,
  type ChecklistDefinition,
  type ChecklistResult,
  type DefinitionCatalog,
  type IsoDate,
  type Meeting,
  type Patient,
  type PreferredPlaceOfDeath,
  type ResultSummary,
  type SpecialistInvitation,
  type TreatmentGoal,
  type TreatmentLimitEntry,
} from '../domain';
import type { TijdigDb } from './database';
import { getCarePlanForHandover } from './handover-queries';

/** A meeting the specialist is invited to, with their invitations to it (whole meeting or single items). */
export interface InvitedMeeting {
  meeting: Meeting;
  invitations: InvitationLine[];
}

export interface InvitationLine {
  invitation: SpecialistInvitation;
  /** What the invitation is for, as the specialist may see it: the whole meeting, or the item's initials/topic. */
  subject: { kind: 'wholeMeeting' } | { kind: 'item'; label: string | null };
}

/** A patient as the specialist sees them: no name, no BSN, no address or contact details. */
export interface SpecialistPatient {
  id: string;
  initials: string;
  age: number;
  diagnosis: string;
  isDeceased: boolean;
  palliativeSince: IsoDate | null;
  dyingPhaseSince: IsoDate | null;
  registerColour: Patient['registerColour'];
}

/** The latest result of one checklist, with its summary and the definition version it was recorded with. */
export interface LatestChecklist {
  result: ChecklistResult;
  definition: ChecklistDefinition;
  summary: ResultSummary;
}

/** The essentials of a care plan for the specialist: limits, goal, preferred place, last ACP conversation. */
export interface CarePlanEssentials {
  status: CarePlan['status'];
  limits: TreatmentLimitEntry[];
  goal: TreatmentGoal | null;
  goalDiscussed: IsoDate | null;
  place: PreferredPlaceOfDeath | null;
  placeOtherText: string;
  placeDiscussed: IsoDate | null;
  lastAcpConversation: IsoDate | null;
}

export interface InvitedItem {
  item: AgendaItem;
  /** Null for a general topic, or when the patient is not on this device. */
  patient: SpecialistPatient | null;
  checklists: LatestChecklist[];
  carePlan: CarePlanEssentials | null;
}

export interface SpecialistMeeting {
  meeting: Meeting;
  invitations: SpecialistInvitation[];
  /** The invited items in agenda order; empty while every invitation to the meeting is declined. */
  items: InvitedItem[];
}

/** Initials as a specialist sees them: "Johanna van der Berg" (or "J." "B.") becomes "J.B.". */
export function initialsOf(patient: Pick<Patient, 'givenName' | 'familyName'>): string {
  return [patient.givenName, patient.familyName]
    .map((part) => part.trim().charAt(0).toUpperCase())
    .filter((initial) => initial !== '')
    .map((initial) => `${initial}.`)
    .join('');
}

function isOpen(invitation: SpecialistInvitation, userId: string, now: Date): boolean {
  return (
    invitation.deletedAt === null &&
    invitation.specialistUserId === userId &&
    Date.parse(invitation.validUntil) > now.getTime()
  );
}

async function openInvitations(db: TijdigDb, userId: string, now: Date): Promise<SpecialistInvitation[]> {
  const rows = await db.specialistInvitations.toArray();
  return rows.filter((invitation) => isOpen(invitation, userId, now));
}

const byDateAndTime = (a: Meeting, b: Meeting) =>
  a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);

/** The meetings this account is invited to (and may still see), earliest first. */
export async function listInvitedMeetings(
  db: TijdigDb,
  userId: string,
  now: Date,
): Promise<InvitedMeeting[]> {
  const invitations = await openInvitations(db, userId, now);
  const meetingIds = [...new Set(invitations.map((invitation) => invitation.meetingId))];
  const meetings = await db.meetings.bulkGet(meetingIds);
  const itemIds = invitations.flatMap((invitation) =>
    invitation.agendaItemId === null ? [] : [invitation.agendaItemId],
  );
  const items = await db.agendaItems.bulkGet(itemIds);
  const patients = await db.patients.bulkGet(
    items.flatMap((item) => (item?.patientId ? [item.patientId] : [])),
  );
  const labelOf = (itemId: string): string | null => {
    const item = items.find((candidate) => candidate?.id === itemId && candidate.deletedAt === null);
    if (!item) return null;
    const patient = patients.find((candidate) => candidate?.id === item.patientId);
    return patient ? initialsOf(patient) : item.topic || null;
  };
  return meetings
    .filter((meeting): meeting is Meeting => meeting?.deletedAt === null)
    .sort(byDateAndTime)
    .map((meeting) => ({
      meeting,
      invitations: invitations
        .filter((invitation) => invitation.meetingId === meeting.id)
        .sort((a, b) => Number(a.agendaItemId !== null) - Number(b.agendaItemId !== null))
        .map((invitation) => ({
          invitation,
          subject:
            invitation.agendaItemId === null
              ? { kind: 'wholeMeeting' as const }
              : { kind: 'item' as const, label: labelOf(invitation.agendaItemId) },
        })),
    }));
}

function projectPatient(patient: Patient, today: IsoDate): SpecialistPatient {
  const diagnosis = [patient.diagnosisText, patient.icpcCode && `(${patient.icpcCode})`]
    .filter(Boolean)
    .join(' ');
  return {
    id: patient.id,
    initials: initialsOf(patient),
    age: ageOn(patient.birthDate, patient.deathDate ?? today),
    diagnosis,
    isDeceased: patient.status === 'deceased',
    palliativeSince: patient.palliativeSince,
    dyingPhaseSince: patient.dyingPhaseSince,
    registerColour: patient.registerColour,
  };
}

function essentialsOf(plan: CarePlan): CarePlanEssentials {
  const lastAcpConversation = plan.acpConversations.reduce<IsoDate | null>(
    (latest, conversation) => (latest === null || conversation.date > latest ? conversation.date : latest),
    null,
  );
  return {
    status: plan.status,
    limits: treatmentLimitsOf(plan),
    goal: plan.treatmentGoal.goal,
    goalDiscussed: plan.treatmentGoal.dateDiscussed,
    place: plan.preferredPlaceOfDeath.place,
    placeOtherText: plan.preferredPlaceOfDeath.otherText,
    placeDiscussed: plan.preferredPlaceOfDeath.dateDiscussed,
    lastAcpConversation,
  };
}

/** The newest result of each checklist the patient has, newest first. */
function latestPerChecklist(
  results: readonly ChecklistResult[],
  catalog: DefinitionCatalog,
): LatestChecklist[] {
  const seen = new Set<string>();
  const latest: LatestChecklist[] = [];
  for (const { result, summary } of summariseResults(results, catalog)) {
    const definition = catalog.get(result.definitionId, result.definitionVersion);
    if (!definition || seen.has(result.definitionId)) continue;
    seen.add(result.definitionId);
    latest.push({ result, definition, summary });
  }
  return latest;
}

/** The items the open, not declined invitations to a meeting cover, in agenda order. */
async function invitedItemsOf(
  db: TijdigDb,
  meetingId: string,
  invitations: readonly SpecialistInvitation[],
): Promise<AgendaItem[]> {
  const answered = invitations.filter((invitation) => invitation.status !== 'declined');
  if (answered.length === 0) return [];
  const isWholeMeeting = answered.some((invitation) => invitation.agendaItemId === null);
  const invitedIds = new Set(answered.map((invitation) => invitation.agendaItemId));
  const items = await db.agendaItems.where('meetingId').equals(meetingId).toArray();
  return items
    .filter((item) => item.deletedAt === null && (isWholeMeeting || invitedIds.has(item.id)))
    .sort((a, b) => a.position - b.position);
}

/**
 * One meeting as the specialist may see it, or undefined when they have no open invitation to it (or it
 * is not on this device). `today` gives the patients' ages.
 */
export async function getSpecialistMeeting(
  db: TijdigDb,
  userId: string,
  meetingId: string,
  now: Date,
  today: IsoDate,
): Promise<SpecialistMeeting | undefined> {
  const invitations = (await openInvitations(db, userId, now)).filter(
    (invitation) => invitation.meetingId === meetingId,
  );
  const meeting = await db.meetings.get(meetingId);
  if (invitations.length === 0 || meeting?.deletedAt !== null) return undefined;
  const agendaItems = await invitedItemsOf(db, meetingId, invitations);
  const catalog = createCatalog(await db.checklistDefinitions.toArray());
  const items = await Promise.all(
    agendaItems.map(async (item): Promise<InvitedItem> => {
      const patient = item.patientId === null ? undefined : await db.patients.get(item.patientId);
      if (patient?.deletedAt !== null) return { item, patient: null, checklists: [], carePlan: null };
      const results = await db.checklistResults.where('patientId').equals(patient.id).toArray();
      const plan = await getCarePlanForHandover(db, patient.id);
      return {
        item,
        patient: projectPatient(patient, today),
        checklists: latestPerChecklist(results, catalog),
        carePlan: plan ? essentialsOf(plan) : null,
      };
    }),
  );
  return { meeting, invitations, items };
}
