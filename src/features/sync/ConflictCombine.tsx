import type { Conflict } from '../../domain';
import { CarePlanGroupForm } from '../care-plan/CarePlanGroupForm';
import { useCarePlan } from '../care-plan/useCarePlan';
import { CombineFields } from './CombineFields';

interface ConflictCombineProps {
  conflict: Conflict;
  /** The candidate to start from. */
  initial: Record<string, unknown>;
  onSave: (value: Record<string, unknown>) => void;
  onCancel: () => void;
}

/**
 * Combining candidates into a new value: a care-plan conflict opens the plan's own section prefilled with
 * the chosen candidate; other records get one control per field.
 */
export function ConflictCombine({ conflict, initial, onSave, onCancel }: ConflictCombineProps) {
  // A care plan's id is its patient's id.
  const plan = useCarePlan(conflict.entity === 'carePlan' ? conflict.recordId : undefined);
  if (conflict.entity === 'carePlan' && plan) {
    return (
      <CarePlanGroupForm
        plan={plan}
        group={conflict.group}
        initial={initial}
        onSave={onSave}
        onCancel={onCancel}
      />
    );
  }
  if (conflict.entity === 'carePlan' && plan === undefined) return null;
  return <CombineFields entity={conflict.entity} initial={initial} onSave={onSave} onCancel={onCancel} />;
}
