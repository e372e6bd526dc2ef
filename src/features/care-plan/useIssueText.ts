import { useTranslation } from 'react-i18next';
import { firstTextKey } from '../../i18n';
import { registerCarePlanTexts } from './care-plan-i18n';

registerCarePlanTexts();

/**
 * Turns a domain error code into a Dutch sentence: the care plan's own wording first (by field, then by
 * code), then the app's general one.
 */
export function useIssueText(): (code: string, field?: string) => string {
  const { t } = useTranslation();
  return (code, field) => {
    // A whole list (e.g. "no ACP conversation yet") may have its own wording.
    const list = field?.replace(/\.root$/, '');
    const byList = list && !list.includes('.') ? [`carePlan.errors.${list}.${code}`] : [];
    return t(
      firstTextKey([...byList, `carePlan.errors.${code}`, `errors.${code}`], 'carePlan.errors.invalid'),
    );
  };
}
