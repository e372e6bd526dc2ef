import { useTranslation } from 'react-i18next';
import type { ChecklistDefinition, ChecklistResult, ResultSummary } from '../../domain';
import { registerChecklistsTexts } from './checklists-i18n';

registerChecklistsTexts();

/** Labels of item ids, read from the definition version the result was recorded with. */
function labels(definition: ChecklistDefinition, ids: readonly string[]): string {
  return ids.map((id) => definition.items.find((item) => item.id === id)?.label ?? id).join('; ');
}

/** The outcome of a result in Dutch words; severe symptoms and flags say so in words, not colour. */
export function useOutcomeText(): (
  summary: ResultSummary,
  definition: ChecklistDefinition,
  result: ChecklistResult,
) => string {
  const { t } = useTranslation();
  return (summary, definition, result) => {
    switch (summary.kind) {
      case 'surpriseQuestion': {
        const option = definition.items
          .flatMap((item) => (item.type === 'choice' ? item.options : []))
          .find((o) => o.value === summary.answer);
        return t('checklists.outcome.surprise', {
          answer: option?.label ?? t('checklists.outcome.unanswered'),
        });
      }
      case 'signals':
        return summary.isSignal
          ? t('checklists.outcome.signals', {
              count: summary.signals.length,
              signals: labels(definition, summary.signals),
            }) + (summary.note ? ` ${t('checklists.outcome.note', { note: summary.note })}` : '')
          : t('checklists.outcome.noSignals');
      case 'indicators':
        return t(
          summary.suggestsMarking ? 'checklists.outcome.indicatorsMet' : 'checklists.outcome.indicators',
          {
            general: summary.general,
            specific: summary.specific,
          },
        );
      case 'symptoms': {
        const severe = new Set(summary.severe);
        const relevant = summary.relevant.map((id) => {
          const label = labels(definition, [id]);
          return severe.has(id) ? t('checklists.outcome.severe', { symptom: label }) : label;
        });
        return relevant.length === 0
          ? t('checklists.outcome.noSymptoms')
          : t('checklists.outcome.symptoms', { symptoms: relevant.join(', ') });
      }
      case 'distress':
        return t(summary.isRaised ? 'checklists.outcome.distressRaised' : 'checklists.outcome.distress', {
          score: summary.score ?? '–',
        });
      case 'caregiverBurden':
        return t(summary.isOverloaded ? 'checklists.outcome.burdenOverloaded' : 'checklists.outcome.burden', {
          count: summary.yesCount,
        });
      case 'positiveItems':
        return summary.positive.length === 0
          ? t('checklists.outcome.noIndicatorsPresent')
          : t('checklists.outcome.indicatorsPresent', {
              count: summary.positive.length,
              indicators: labels(definition, summary.positive),
            });
      case 'points': {
        const score = t('checklists.outcome.points', { score: summary.score, max: summary.maxScore });
        const unanswered =
          summary.unanswered > 0
            ? ` ${t('checklists.outcome.unansweredCount', { count: summary.unanswered })}`
            : '';
        const cutOff = summary.isAtCutOff ? ` ${t('checklists.outcome.atCutOff')}` : '';
        return score + unanswered + cutOff;
      }
      case 'answered':
        return definition.items
          .filter((item) => result.answers[item.id] !== undefined)
          .map((item) => `${item.label}: ${String(result.answers[item.id])}`)
          .join('; ');
    }
  };
}
