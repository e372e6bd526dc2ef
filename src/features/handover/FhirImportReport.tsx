import { useTranslation } from 'react-i18next';
import { fullName, type CarePlan, type Patient, type PzpImportResult } from '../../domain';
import { formatDate } from '../../lib/format';
import { FhirImportHistory } from './FhirImportHistory';
import { FhirImportReview } from './FhirImportReview';
import styles from './Handover.module.css';
import { LIVING_WILL_REASON, livingWillKindText, reasonText, recognisedFacts } from './import-words';
import { registerHandoverTexts } from './handover-i18n';

registerHandoverTexts();

type ImportedBundle = Extract<PzpImportResult, { ok: true }>;

interface FhirImportReportProps {
  fileName: string;
  result: ImportedBundle;
  /** The patient whose page this is, to warn when the Bundle seems to be about someone else. */
  patient: Patient;
  /** The patient's plan as it is now, to compare the imported facts with. */
  plan: CarePlan;
}

/** What a Bundle gave: its patient, the facts recognised per kind, and everything that could not be mapped. */
export function FhirImportReport({ fileName, result, patient, plan }: FhirImportReportProps) {
  const { t, i18n } = useTranslation();
  const facts = recognisedFacts(t, result.plan, i18n.language);
  const bundlePatient = result.patient;
  // A written declaration the plan has no place for (a niet-reanimerenverklaring above all) is said at the
  // top, not only in the table of what was not read.
  const livingWills = [
    ...new Set(
      result.unmapped.flatMap((item) =>
        item.reason.startsWith(LIVING_WILL_REASON) ? [item.reason.slice(LIVING_WILL_REASON.length)] : [],
      ),
    ),
  ];
  const isOtherPatient =
    bundlePatient !== null &&
    ((bundlePatient.birthDate !== null && bundlePatient.birthDate !== patient.birthDate) ||
      (bundlePatient.name !== '' && bundlePatient.name.toLowerCase() !== fullName(patient).toLowerCase()));
  return (
    <section aria-labelledby="handover-import-result" className={styles.report}>
      <h3 id="handover-import-result">{t('handover.fhir.import.resultTitle', { fileName })}</h3>
      <p>
        {bundlePatient === null
          ? t('handover.fhir.import.noPatient')
          : bundlePatient.birthDate === null
            ? t('handover.fhir.import.bundlePatientNoBirth', { name: bundlePatient.name })
            : t('handover.fhir.import.bundlePatient', {
                name: bundlePatient.name,
                birthDate: formatDate(bundlePatient.birthDate, i18n.language),
              })}
      </p>
      {isOtherPatient && (
        <p role="alert" className={styles.warning}>
          {t('handover.fhir.import.otherPatient')}
        </p>
      )}
      {livingWills.length > 0 && (
        <p role="alert" className={styles.warning}>
          {t('handover.fhir.import.livingWills', {
            kinds: livingWills.map((kind) => livingWillKindText(t, kind)).join(', '),
          })}
        </p>
      )}
      {result.otherPatients.length > 0 && (
        <p role="alert" className={styles.warning}>
          {t('handover.fhir.import.otherPatients', {
            names: result.otherPatients.map((other) => other.name || '?').join(', '),
          })}
        </p>
      )}
      <h4>{t('handover.fhir.import.recognised')}</h4>
      {facts.length === 0 ? (
        <p>{t('handover.fhir.import.nothingRecognised')}</p>
      ) : (
        <ul className={styles.recognised}>
          {facts.map((fact) => (
            <li key={fact.key}>
              <strong>{fact.label}</strong>: {fact.values.join('; ')}
            </li>
          ))}
        </ul>
      )}
      <FhirImportHistory history={result.history} />
      <p className={styles.note}>{t('handover.fhir.import.notSaved')}</p>
      {!isOtherPatient && <FhirImportReview patient={patient} plan={plan} imported={result.plan} />}
      <h4 id="handover-import-unmapped">
        {t('handover.fhir.import.unmappedTitle', { count: result.unmapped.length })}
      </h4>
      {result.unmapped.length === 0 ? (
        <p>{t('handover.fhir.import.unmappedNone')}</p>
      ) : (
        <table className={styles.unmapped} aria-labelledby="handover-import-unmapped">
          <thead>
            <tr>
              <th scope="col">{t('handover.fhir.import.columns.resourceType')}</th>
              <th scope="col">{t('handover.fhir.import.columns.path')}</th>
              <th scope="col">{t('handover.fhir.import.columns.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {result.unmapped.map((item, index) => (
              <tr key={`${String(index)}-${item.path}`}>
                <td>{item.resourceType}</td>
                <td>
                  <code>{item.path}</code>
                </td>
                <td>{reasonText(t, item.reason)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
