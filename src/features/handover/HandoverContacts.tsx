import { useTranslation } from 'react-i18next';
import type { CarePlan } from '../../domain';
import styles from './Handover.module.css';
import { registerHandoverTexts } from './handover-i18n';

registerHandoverTexts();

/** A phone number that can be tapped on a screen and reads as plain text on paper. */
function Phone({ phone }: { phone: string }) {
  const { t } = useTranslation();
  if (phone.trim() === '') return <span className={styles.muted}>{t('handover.contacts.noPhone')}</span>;
  return (
    <a className={styles.phone} href={`tel:${phone.replace(/[^\d+]/g, '')}`}>
      {phone}
    </a>
  );
}

/** Regiebehandelaar and eerste aanspreekpunt, each with a phone number. */
export function HandoverProfessionals({ plan }: { plan: CarePlan }) {
  const { t } = useTranslation();
  const { regiebehandelaar: lead, eersteAanspreekpunt: first } = plan;
  const rows = [
    { key: 'regiebehandelaar' as const, name: lead.name, role: '', phone: lead.phone },
    { key: 'eersteAanspreekpunt' as const, name: first.name, role: first.role, phone: first.phone },
  ];
  return (
    <section aria-labelledby="handover-professionals" className={styles.section}>
      <h2 id="handover-professionals">{t('handover.sections.professionals')}</h2>
      <dl className={styles.people}>
        {rows.map((row) => (
          <div key={row.key}>
            <dt>{t(`handover.professionals.${row.key}`)}</dt>
            <dd>
              {row.name.trim() === '' ? (
                <span className={styles.muted}>{t('handover.notRecorded')}</span>
              ) : (
                <>
                  <span className={styles.name}>{row.name}</span>
                  {row.role.trim() !== '' && ` (${row.role})`} <Phone phone={row.phone} />
                </>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** Naasten and legal representatives (with the kind of representation), each with a phone number. */
export function HandoverContacts({ plan }: { plan: CarePlan }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="handover-contacts" className={styles.section}>
      <h2 id="handover-contacts">{t('handover.sections.contacts')}</h2>
      {plan.contacts.length === 0 ? (
        <p className={styles.muted}>{t('handover.contacts.none')}</p>
      ) : (
        <dl className={styles.people}>
          {plan.contacts.map((contact, index) => (
            // Contacts have no id of their own; on this read-only page their place in the list will do.
            <div key={`${String(index)}-${contact.name}`}>
              <dt>{t(`handover.contacts.kinds.${contact.kind}`)}</dt>
              <dd>
                <span className={styles.name}>{contact.name}</span>
                {contact.relation.trim() !== '' && ` (${contact.relation})`} <Phone phone={contact.phone} />
                {contact.phone.trim() === '' && contact.email.trim() !== '' && ` · ${contact.email}`}
              </dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
