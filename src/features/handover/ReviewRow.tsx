import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CarePlanFields } from '../../domain';
import styles from './Handover.module.css';
import type { DraftGroup } from './import-draft';
import { ReviewGroupValue } from './ReviewGroupValue';
import { textOr } from '../../i18n';
import { registerHandoverTexts } from './handover-i18n';
import { registerCarePlanTexts } from '../care-plan/care-plan-i18n';

registerCarePlanTexts();

registerHandoverTexts();

interface ReviewRowProps {
  draft: DraftGroup;
  current: Partial<CarePlanFields>;
  imported: Partial<CarePlanFields>;
  isTicked: boolean;
  onToggle: (isOn: boolean) => void;
  /** Why this account may not accept the group (shown in the row); null when it may. */
  refusal: 'medical' | 'role' | null;
  /** The id of the review's message saying nothing can be accepted into this plan; null when something can. */
  closedById: string | null;
}

/** One field group of the review: a tick to accept it, its name, the plan's value and the Bundle's. */
export function ReviewRow(props: ReviewRowProps) {
  const { draft, current, imported, isTicked, onToggle, refusal, closedById } = props;
  const { t } = useTranslation();
  const reasonId = useId();
  const { group, fields, differs } = draft;
  const name = textOr(t, `carePlan.history.fields.${fields[0] ?? group}`, fields[0] ?? group);
  const isRefused = differs && refusal !== null;
  return (
    <tr>
      <td>
        <input
          type="checkbox"
          aria-label={t('handover.fhir.import.review.take', { group: name })}
          aria-describedby={isRefused ? reasonId : (closedById ?? undefined)}
          checked={isTicked}
          disabled={!differs || isRefused || closedById !== null}
          onChange={(event) => {
            onToggle(event.target.checked);
          }}
        />
        {isRefused && (
          <span id={reasonId} className={styles.refusal}>
            {t(`handover.fhir.import.review.refused.${refusal}`)}
          </span>
        )}
      </td>
      <th scope="row">{name}</th>
      <td>
        <ReviewGroupValue fields={fields} values={current} />
      </td>
      <td>
        {differs ? (
          <ReviewGroupValue fields={fields} values={imported} />
        ) : (
          t('handover.fhir.import.review.same')
        )}
      </td>
    </tr>
  );
}
