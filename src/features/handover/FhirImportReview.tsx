import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDatabase } from '../../providers/DatabaseProvider';
import { buttonClass } from '../../components/button-class';
import { OnBehalfField } from '../../components/OnBehalfField';
import { useAccess } from '../../components/useAccess';
import { saveCarePlan } from '../../db';
import type { CarePlan, CarePlanFieldGroup, CarePlanFields, OnBehalfOf, Patient } from '../../domain';
import { attributePlan } from '../care-plan/attribute-plan';
import { useAuthor } from '../../components/useAuthor';
import styles from './Handover.module.css';
import { acceptedFields, draftGroups, hasMedicalDecision, isReopenRefused, refusalOf } from './import-draft';
import { ReviewRow } from './ReviewRow';
import { registerHandoverTexts } from './handover-i18n';

registerHandoverTexts();

type Outcome = { kind: 'accepted'; count: number } | { kind: 'failed'; message: string };

interface FhirImportReviewProps {
  patient: Patient;
  plan: CarePlan;
  imported: Partial<CarePlanFields>;
}

/**
 * The imported facts as a draft to review: per field group the plan's value now and the Bundle's, a tick per
 * group, and one button that saves only the ticked groups (as a new version of the plan, by the signed-in
 * user). Nothing is ticked at first. A group the account may not change cannot be ticked, and says why; a POH
 * accepts medical decisions only namens a huisarts she chooses, as in the care plan form. An account that may
 * not set a vastgesteld plan back to concept can accept nothing into it, and is told so before ticking.
 */
export function FhirImportReview({ patient, plan, imported }: FhirImportReviewProps) {
  const { t } = useTranslation();
  const id = useId();
  const db = useDatabase();
  const author = useAuthor();
  const access = useAccess();
  const [ticked, setTicked] = useState<ReadonlySet<CarePlanFieldGroup>>(new Set());
  const [onBehalfOf, setOnBehalfOf] = useState<OnBehalfOf | null>(null);
  const [isNamensMissing, setNamensMissing] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const groups = draftGroups(plan, imported);
  if (groups.length === 0) return <p>{t('handover.fhir.import.review.nothing')}</p>;
  const isNamens = access.decisionMode === 'onBehalf' && hasMedicalDecision(ticked);
  const isClosed = isReopenRefused(plan, access);
  const closedId = `${id}-closed`;

  const toggle = (group: CarePlanFieldGroup, isOn: boolean) => {
    const next = new Set(ticked);
    if (isOn) next.add(group);
    else next.delete(group);
    setTicked(next);
    setOutcome(null);
  };

  const accept = async () => {
    if (author === null) {
      setOutcome({ kind: 'failed', message: t('handover.fhir.import.review.noAuthor') });
      return;
    }
    // Who recorded it namens the huisarts: this account (the server stamps the same).
    const namens = onBehalfOf && { ...onBehalfOf, recordedBy: author.name };
    const fields = acceptedFields(plan, imported, ticked);
    const attributed = attributePlan(plan, fields, access.decisionMode, namens);
    setNamensMissing(!attributed.ok);
    if (!attributed.ok) return;
    setIsSaving(true);
    const claim = access.decisionMode === 'onBehalf' ? namens : null;
    const result = await saveCarePlan(db, patient.id, attributed.fields, author, new Date(), claim);
    setIsSaving(false);
    if (result.ok) {
      setOutcome({ kind: 'accepted', count: ticked.size });
      setTicked(new Set());
    } else {
      const key = result.error.kind === 'invalid' ? 'invalid' : 'failed';
      setOutcome({ kind: 'failed', message: t(`handover.fhir.import.review.${key}`) });
    }
  };

  return (
    <section aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('handover.fhir.import.review.title')}</h4>
      <p>{t('handover.fhir.import.review.intro')}</p>
      {plan.status === 'vastgesteld' && !isClosed && (
        <p className={styles.warning}>{t('handover.fhir.import.review.established')}</p>
      )}
      <table className={styles.unmapped}>
        <thead>
          <tr>
            <th scope="col">{t('handover.fhir.import.review.columns.take')}</th>
            <th scope="col">{t('handover.fhir.import.review.columns.group')}</th>
            <th scope="col">{t('handover.fhir.import.review.columns.current')}</th>
            <th scope="col">{t('handover.fhir.import.review.columns.imported')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((draft) => (
            <ReviewRow
              key={draft.group}
              draft={draft}
              current={plan}
              imported={imported}
              isTicked={ticked.has(draft.group)}
              onToggle={(isOn) => {
                toggle(draft.group, isOn);
              }}
              refusal={refusalOf(draft.group, access)}
              closedById={isClosed ? closedId : null}
            />
          ))}
        </tbody>
      </table>
      {isNamens && (
        <div className={styles.namens}>
          <OnBehalfField value={onBehalfOf} onChange={setOnBehalfOf} isMissing={isNamensMissing} />
        </div>
      )}
      <div className={styles.actions}>
        <button
          type="button"
          className={buttonClass()}
          disabled={isClosed || ticked.size === 0 || isSaving}
          aria-describedby={isClosed ? closedId : undefined}
          onClick={() => void accept()}
        >
          {t('handover.fhir.import.review.accept', { count: ticked.size })}
        </button>
        {isClosed && (
          <p id={closedId} className={styles.warning}>
            {t('handover.fhir.import.review.reopenRefused')}
          </p>
        )}
      </div>
      <p role="status">
        {outcome?.kind === 'accepted' && t('handover.fhir.import.review.accepted', { count: outcome.count })}
      </p>
      {outcome?.kind === 'failed' && (
        <p role="alert" className={styles.error}>
          {outcome.message}
        </p>
      )}
    </section>
  );
}
