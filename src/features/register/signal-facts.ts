/**
 * The part of the register's facts that needs every shipped checklist definition (the instruments' items
 * and scoring, ~6 KiB gzip): a chunk of its own that useRegisterFacts loads once the first rows are on
 * screen, so the first paint does not wait for instruments it does not show.
 */
import { createCatalog, signalFactsOf, type ChecklistDefinition, type ChecklistResult } from '../../domain';

/** Who has new signals and for whom marking is suggested, read with the built-in and imported cards. */
export function signalFactsFrom(
  results: readonly ChecklistResult[],
  imported: readonly ChecklistDefinition[],
): ReturnType<typeof signalFactsOf> {
  // Until MDOs are recorded, every signal counts as new.
  const lastMdoDate = null;
  return signalFactsOf(results, createCatalog(imported), lastMdoDate);
}
