/**
 * The marking suggestion: advice, never a decision. "Nee" on the latest surprise question, or at least
 * 2 general and 1 disease-specific indicator on the latest indicator list, or new signals since the last
 * MDO, suggest a marking conversation with the GP.
 */
import type { IsoDate } from './date-schemas';
import type { ChecklistResult, DefinitionCatalog, ResultSummary } from './checklists';
import { summariseResult } from './checklists/summary';

export const SUGGESTION_REASONS = ['surpriseNo', 'indicators', 'newSignals'] as const;
export type SuggestionReason = (typeof SUGGESTION_REASONS)[number];

export interface SummarisedResult {
  result: ChecklistResult;
  summary: ResultSummary;
}

/** Newest first: by observation day, then by moment of recording. */
export function newestFirst(a: ChecklistResult, b: ChecklistResult): number {
  return b.observedOn.localeCompare(a.observedOn) || b.recordedAt.localeCompare(a.recordedAt);
}

/** Summaries of one patient's live results, newest first; results of unknown definitions are skipped. */
export function summariseResults(
  results: readonly ChecklistResult[],
  catalog: DefinitionCatalog,
): SummarisedResult[] {
  const summarised: SummarisedResult[] = [];
  for (const result of [...results].filter((r) => r.deletedAt === null).sort(newestFirst)) {
    const definition = catalog.get(result.definitionId, result.definitionVersion);
    if (definition) summarised.push({ result, summary: summariseResult(definition, result.answers) });
  }
  return summarised;
}

/**
 * Why a marking conversation is suggested for one patient (empty: no suggestion).
 * @param summarised the patient's results, newest first (see summariseResults)
 * @param lastMdoDate date of the last MDO; signals after it are new. Null: every signal is new.
 */
export function suggestionReasons(
  summarised: readonly SummarisedResult[],
  lastMdoDate: IsoDate | null,
): SuggestionReason[] {
  const reasons: SuggestionReason[] = [];
  const latestSurprise = summarised.find((s) => s.summary.kind === 'surpriseQuestion')?.summary;
  if (latestSurprise?.kind === 'surpriseQuestion' && latestSurprise.suggestsMarking)
    reasons.push('surpriseNo');
  const latestIndicators = summarised.find((s) => s.summary.kind === 'indicators')?.summary;
  if (latestIndicators?.kind === 'indicators' && latestIndicators.suggestsMarking) reasons.push('indicators');
  if (hasSignalsSince(summarised, lastMdoDate)) reasons.push('newSignals');
  return reasons;
}

/** Whether any signalling-card result with a signal was observed after `since` (or at all when null). */
export function hasSignalsSince(summarised: readonly SummarisedResult[], since: IsoDate | null): boolean {
  return summarised.some(
    ({ result, summary }) =>
      summary.kind === 'signals' && summary.isSignal && (since === null || result.observedOn > since),
  );
}

/**
 * Register facts from every result on the device: who has new signals and for whom marking is suggested
 * (only living, unmarked patients get a suggestion; the caller's view decides who is shown).
 */
export function signalFactsOf(
  results: readonly ChecklistResult[],
  catalog: DefinitionCatalog,
  lastMdoDate: IsoDate | null,
): { withNewSignals: Set<string>; suggestions: Map<string, SuggestionReason[]> } {
  const byPatient = new Map<string, ChecklistResult[]>();
  for (const result of results) {
    const list = byPatient.get(result.patientId);
    if (list) list.push(result);
    else byPatient.set(result.patientId, [result]);
  }
  const withNewSignals = new Set<string>();
  const suggestions = new Map<string, SuggestionReason[]>();
  for (const [patientId, patientResults] of byPatient) {
    const summarised = summariseResults(patientResults, catalog);
    if (hasSignalsSince(summarised, lastMdoDate)) withNewSignals.add(patientId);
    const reasons = suggestionReasons(summarised, lastMdoDate);
    if (reasons.length > 0) suggestions.set(patientId, reasons);
  }
  return { withNewSignals, suggestions };
}
