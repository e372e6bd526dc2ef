import { useTranslation } from 'react-i18next';
import { diffCarePlans, type CarePlanFields } from '../../domain';
import styles from './CarePlan.module.css';
import { changeText } from './change-text';
import { factOnBehalfOf, isAttributionChange } from './fact-on-behalf';
import { OnBehalfLine } from './OnBehalfLine';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

interface VersionChangesProps {
  before: CarePlanFields;
  after: CarePlanFields;
}

/**
 * What changed from one version to another, field by field: "Reanimatie: wel → niet". A medical decision
 * recorded namens a huisarts says so under the change ("vastgelegd door … namens …").
 */
export function VersionChanges({ before, after }: VersionChangesProps) {
  const { t, i18n } = useTranslation();
  const plans = { before, after };
  const diff = diffCarePlans(before, after);
  // A new attribution without any other change to its fact still shows, as the fact's own line.
  const changedFacts = new Set(
    diff.filter((change) => !isAttributionChange(change)).map((change) => factKey(change.path)),
  );
  // Attribution-only changes of a fact collapse into one line for that fact, and only when the newer
  // version names a huisarts (null after nothing, from a plan saved before "namens" existed, is no change).
  const attributionOnly = new Set<string>();
  const shown = diff.filter((change) => {
    if (!isAttributionChange(change)) return true;
    const key = factKey(change.path);
    if (changedFacts.has(key) || attributionOnly.has(key) || factOnBehalfOf(change, plans) === null)
      return false;
    attributionOnly.add(key);
    return true;
  });
  // The namens line follows the last change of its fact, so a limit changed in three parts names it once.
  const lastOfFact = new Map(shown.map((change, index) => [factKey(change.path), index]));
  const changes = shown.map((change, index) => ({
    isAttributionOnly: isAttributionChange(change),
    text: changeText(change, plans, t, i18n.language),
    onBehalfOf: lastOfFact.get(factKey(change.path)) === index ? factOnBehalfOf(change, plans) : null,
  }));
  if (changes.length === 0) return <p>{t('carePlan.history.noChanges')}</p>;
  return (
    <ul className={styles.changes}>
      {changes.map(({ isAttributionOnly, text: change, onBehalfOf }, index) => (
        // Changes have no identity of their own; their order is stable for a pair of versions.
        <li key={index}>
          {isAttributionOnly ? (
            <span className={styles.changeLabel}>{factLabel(change.label)}</span>
          ) : (
            <>
              <span className={styles.changeLabel}>
                {change.kind === 'changed'
                  ? change.label
                  : `${change.label} (${t(`carePlan.history.${change.kind}`)})`}
              </span>
              {': '}
              {change.kind === 'changed'
                ? `${change.before} → ${change.after}`
                : change.kind === 'added'
                  ? change.after
                  : change.before}
            </>
          )}
          {onBehalfOf && <OnBehalfLine onBehalfOf={onBehalfOf} />}
        </li>
      ))}
    </ul>
  );
}

/** The fact a path belongs to: `limitReanimatie`, or `otherLimits.2` for one item of the list. */
function factKey(path: string): string {
  const [field = '', index] = path.split('.');
  return field === 'otherLimits' && index !== undefined ? `${field}.${index}` : field;
}

/** The label of an attribution change names the fact only, not the attribution's parts. */
function factLabel(label: string): string {
  return label.split(' – ')[0] ?? label;
}
