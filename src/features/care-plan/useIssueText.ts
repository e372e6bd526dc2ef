import { useTranslation } from 'react-i18next';

/**
 * Turns a domain error code into a Dutch sentence: the care plan's own wording first (by field, then by
 * code), then the app's general one.
 */
export function useIssueText(): (code: string, field?: string) => string {
  const { t } = useTranslation();
  return (code, field) => {
    const general = t(`errors.${code}`, { defaultValue: t('carePlan.errors.invalid') });
    const byCode = t(`carePlan.errors.${code}`, { defaultValue: general });
    // A whole list (e.g. "no ACP conversation yet") may have its own wording.
    const list = field?.replace(/\.root$/, '');
    return list && !list.includes('.')
      ? t(`carePlan.errors.${list}.${code}`, { defaultValue: byCode })
      : byCode;
  };
}
