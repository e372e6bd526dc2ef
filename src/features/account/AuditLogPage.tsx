import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../providers/ServicesProvider';
import type { AuditQuery } from '../../domain';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { BeheerderPage } from './BeheerderPage';
import { FailureMessage } from './FailureMessage';
import { useAccountText } from './useAccountText';
import { useServerData } from '../../components/useServerData';
import { registerAccountTexts } from './account-i18n';

registerAccountTexts();

/** Auditlog (beheerder): who accessed what and when (NEN 7513), newest first, with filters. */
export function AuditLogPage() {
  return (
    <BeheerderPage titleKey="account.audit.title">
      <AuditLog />
    </BeheerderPage>
  );
}

function AuditLog() {
  const { t } = useTranslation();
  const { auth } = useServices();
  const { failureMessage } = useAccountText();
  // Every search is a new object, so searching again with the same filters fetches the newest entries.
  const [query, setQuery] = useState<Partial<AuditQuery>>({});
  const entries = useServerData(query, auth.auditLog);
  return (
    <>
      <p>{t('account.audit.intro')}</p>
      <p>{t('account.audit.timesNote')}</p>
      <AuditFilters onSearch={setQuery} />
      {entries.status === 'loading' && <p role="status">{t('account.audit.loading')}</p>}
      {entries.status === 'failed' && <FailureMessage message={failureMessage(entries.code)} />}
      {entries.status === 'ready' &&
        (entries.value.length === 0 ? (
          <p role="status">{t('account.audit.empty')}</p>
        ) : (
          <AuditTable entries={entries.value} />
        ))}
    </>
  );
}
