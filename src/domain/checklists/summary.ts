/**
 * What a result means, read through the definition version it was recorded with. The UI turns these
 * summaries into Dutch sentences; the marking suggestion and the register use them as facts.
 */
import type { ChecklistDefinition } from './definition';
import type { Answer } from './result';

export type ResultSummary =
  | { kind: 'surpriseQuestion'; answer: string | null; suggestsMarking: boolean }
  | { kind: 'signals'; signals: string[]; note: string | null; isSignal: boolean }
  | { kind: 'indicators'; general: number; specific: number; groups: string[]; suggestsMarking: boolean }
  | { kind: 'symptoms'; relevant: string[]; severe: string[] }
  | { kind: 'distress'; score: number | null; isRaised: boolean; problems: string[] }
  | { kind: 'caregiverBurden'; yesCount: number; isOverloaded: boolean }
  /** Items answered "ja", in definition order; no verdict (the source has no cut-off). */
  | { kind: 'positiveItems'; positive: string[] }
  /** A sum of points; `isAtCutOff` is null when the source publishes no cut-off. */
  | { kind: 'points'; score: number; maxScore: number; unanswered: number; isAtCutOff: boolean | null }
  | { kind: 'answered'; count: number };

function yesItems(definition: ChecklistDefinition, answers: Readonly<Record<string, Answer>>): string[] {
  return definition.items
    .filter((item) => item.type === 'yesNo' && answers[item.id] === true)
    .map((item) => item.id);
}

function noteOf(definition: ChecklistDefinition, answers: Readonly<Record<string, Answer>>): string | null {
  for (const item of definition.items) {
    const value = answers[item.id];
    if (item.type === 'text' && typeof value === 'string' && value.trim() !== '') return value.trim();
  }
  return null;
}

function choicePoints(
  definition: ChecklistDefinition,
  answers: Readonly<Record<string, Answer>>,
  points: Readonly<Record<string, number>>,
  cutOff: number | undefined,
): ResultSummary {
  const choices = definition.items.filter((item) => item.type === 'choice');
  const pointsOf = (value: Answer | undefined) => (typeof value === 'string' ? (points[value] ?? 0) : 0);
  const score = choices.reduce((sum, item) => sum + pointsOf(answers[item.id]), 0);
  const maxScore = choices.reduce(
    (sum, item) => sum + Math.max(0, ...item.options.map((option) => points[option.value] ?? 0)),
    0,
  );
  const unanswered = choices.filter((item) => answers[item.id] === undefined).length;
  return {
    kind: 'points',
    score,
    maxScore,
    unanswered,
    isAtCutOff: cutOff === undefined ? null : score >= cutOff,
  };
}

/** Summarises answers by the definition's scoring rule. */
export function summariseResult(
  definition: ChecklistDefinition,
  answers: Readonly<Record<string, Answer>>,
): ResultSummary {
  const rule = definition.scoring;
  switch (rule?.kind) {
    case 'surpriseQuestion': {
      const answer = answers[rule.item];
      return {
        kind: 'surpriseQuestion',
        answer: typeof answer === 'string' ? answer : null,
        suggestsMarking: answer === 'nee',
      };
    }
    case 'anySignal': {
      const signals = yesItems(definition, answers);
      const note = noteOf(definition, answers);
      return { kind: 'signals', signals, note, isSignal: signals.length > 0 || note !== null };
    }
    case 'indicatorCount': {
      const positive = definition.items.filter((item) => answers[item.id] === true);
      const general = positive.filter((item) => item.group === 'general').length;
      const specificGroups = [
        ...new Set(positive.map((item) => item.group).filter((g) => g && g !== 'general')),
      ];
      const specific = positive.length - general;
      return {
        kind: 'indicators',
        general,
        specific,
        groups: specificGroups as string[],
        suggestsMarking: general >= rule.minGeneral && specific >= rule.minSpecific,
      };
    }
    case 'symptomThresholds': {
      const scored = definition.items.filter((item) => typeof answers[item.id] === 'number');
      const at = (threshold: number) =>
        scored.filter((item) => (answers[item.id] as number) >= threshold).map((item) => item.id);
      return { kind: 'symptoms', relevant: at(rule.relevant), severe: at(rule.severe) };
    }
    case 'scoreThreshold': {
      const score = answers[rule.item];
      const value = typeof score === 'number' ? score : null;
      return {
        kind: 'distress',
        score: value,
        isRaised: value !== null && value >= rule.threshold,
        problems: yesItems(definition, answers),
      };
    }
    case 'yesCount': {
      const yesCount = yesItems(definition, answers).length;
      return { kind: 'caregiverBurden', yesCount, isOverloaded: yesCount >= rule.threshold };
    }
    case 'positiveCount':
      return { kind: 'positiveItems', positive: yesItems(definition, answers) };
    case 'choicePoints':
      return choicePoints(definition, answers, rule.points, rule.cutOff);
    case undefined:
      return { kind: 'answered', count: Object.keys(answers).length };
  }
}
