/**
 * A treatment limit in the words a clinician reads at night: "Niet reanimeren", "Geen IC-opname", with when
 * and with whom it was discussed. Shared by the handover sheet and the FHIR import report.
 */
import type { TFunction } from 'i18next';
import type { IsoDate, TreatmentLimitEntry } from '../../domain';
import { formatDate } from '../../lib/format';
import { registerHandoverTexts } from './handover-i18n';

registerHandoverTexts();

/**
 * The free text of another limit as it reads after "Geen" or "Wel": "Kunstmatige voeding" becomes
 * "kunstmatige voeding", while an abbreviation such as "ICD" or "PEG-sonde" keeps its capitals.
 */
function inSentence(text: string): string {
  const [first = '', second = ''] = text;
  return second !== '' && second === second.toLowerCase() ? first.toLowerCase() + text.slice(1) : text;
}

/** The decision in big words, e.g. "Niet reanimeren" or "Geen kunstmatige voeding of vocht". */
export function limitHeadline(t: TFunction, limit: TreatmentLimitEntry): string {
  const decision = limit.decision ?? 'none';
  if (limit.kind === 'anders') {
    const text = decision === 'wel' || decision === 'niet' ? inSentence(limit.text) : limit.text;
    return t(`handover.limits.decisions.other.${decision}`, { text });
  }
  return t(`handover.limits.decisions.${limit.kind}.${decision}`);
}

/** When and with whom the limit was discussed, in one line. */
export function limitDiscussed(t: TFunction, limit: TreatmentLimitEntry, language: string): string {
  const date = limit.dateDiscussed ? formatDate(limit.dateDiscussed, language) : null;
  const withWhom = limit.withWhom.trim();
  if (date !== null && withWhom !== '') return t('handover.limits.discussedOnWith', { date, withWhom });
  if (date !== null) return t('handover.limits.discussedOn', { date });
  if (withWhom !== '') return t('handover.limits.discussedWith', { withWhom });
  return t('handover.limits.notDiscussed');
}

/** The comment; for an 'anders' decision it is what was agreed instead. */
export function limitComment(t: TFunction, limit: TreatmentLimitEntry): string | null {
  const comment = limit.comment.trim();
  if (comment === '') return null;
  return t(limit.decision === 'anders' ? 'handover.limits.agreement' : 'handover.limits.comment', {
    comment,
  });
}

/** The most recent of a list of dates, or null. */
export function latestDate(dates: readonly IsoDate[]): IsoDate | null {
  return dates.reduce<IsoDate | null>(
    (latest, date) => (latest === null || date > latest ? date : latest),
    null,
  );
}
