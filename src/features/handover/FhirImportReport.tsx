import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import {
  emptyCarePlanFields,
  fullName,
  treatmentLimitsOf,
  type CarePlan,
  type CarePlanFields,
  type Patient,
  type PzpImportResult,
} from '../../domain';
import { formatDate } from '../../lib/format';
import { FhirImportReview } from './FhirImportReview';
import styles from './Handover.module.css';
import { limitHeadline } from './limit-words';

type ImportedBundle = Extract<PzpImportResult, { ok: true }>;

/** PZP facts without a line of their own in the summary, counted together. */
const OTHER_FACTS = [
  'euthanasia',
  'donorRegister',
  'wishes',
  'whatElseMatters',
  'naastenInformed',
  'consentToShare',
] as const satisfies readonly (keyof CarePlanFields)[];

interface Recognised {
  key: string;
  label: string;
  values: string[];
}

/** What the Bundle gave, per kind of fact, with the facts themselves in words. */
function recognisedFacts(t: TFunction, plan: Partial<CarePlanFields>, language: string): Recognised[] {
  const kind = (key: string, values: string[], isFound = values.length > 0): Recognised[] =>
    isFound ? [{ key, label: t(`handover.fhir.import.kinds.${key}`, { count: values.length }), values }] : [];
  // Limits the Bundle did not carry stay empty (decision null) in the merged plan.
  const limits = treatmentLimitsOf({ ...emptyCarePlanFields(), ...plan }).filter(
    (limit) => limit.decision !== null || limit.kind === 'anders',
  );
  const professionals = [plan.regiebehandelaar?.name, plan.eersteAanspreekpunt?.name].filter(
    (name): name is string => name !== undefined && name !== '',
  );
  const place = plan.preferredPlaceOfDeath;
  return [
    ...kind(
      'limits',
      limits.map((limit) => limitHeadline(t, limit)),
    ),
    ...kind('goal', plan.treatmentGoal?.goal ? [t(`handover.goal.${plan.treatmentGoal.goal}`)] : []),
    ...kind(
      'place',
      place?.place
        ? [place.place === 'anders' && place.otherText ? place.otherText : t(`handover.place.${place.place}`)]
        : [],
    ),
    ...kind('professionals', professionals),
    ...kind(
      'contacts',
      (plan.contacts ?? []).map((contact) => contact.name),
    ),
    ...kind(
      'conversations',
      (plan.acpConversations ?? []).map((conversation) => formatDate(conversation.date, language)),
    ),
    ...kind(
      'other',
      OTHER_FACTS.filter((field) => plan[field] !== undefined).map((field) =>
        t(`handover.fhir.import.otherFacts.${field}`),
      ),
    ),
  ];
}

/** The reason in Dutch when the import's code is known, else the code as the import gave it. */
function reasonText(t: TFunction, reason: string): string {
  return t(`handover.fhir.import.reasons.${reason}`, { defaultValue: reason });
}

interface FhirImportReportProps {
  fileName: string;
  result: ImportedBundle;
  /** The patient whose page this is, to warn when the Bundle seems to be about someone else. */
  patient: Patient;
  /** The patient's plan as it is now, to compare the imported facts with. */
  plan: CarePlan;
}

/** The facts that are no longer current, each in words, never offered for accepting. */
function HistoryList({ result }: { result: ImportedBundle }) {
  const { t, i18n } = useTranslation();
  if (result.history.length === 0) return null;
  return (
    <>
      <h4>{t('handover.fhir.import.historyTitle', { count: result.history.length })}</h4>
      <p>{t('handover.fhir.import.historyIntro')}</p>
      <ul className={styles.recognised}>
        {result.history.map((item) => (
          <li key={item.path}>
            {recognisedFacts(t, item.plan, i18n.language)
              .map((fact) => `${fact.label}: ${fact.values.join('; ')}`)
              .join(' · ') || item.resourceType}{' '}
            ({reasonText(t, item.reason)}, <code>{item.path}</code>)
          </li>
        ))}
      </ul>
    </>
  );
}

/** What a Bundle gave: its patient, the facts recognised per kind, and everything that could not be mapped. */
export function FhirImportReport({ fileName, result, patient, plan }: FhirImportReportProps) {
  const { t, i18n } = useTranslation();
  const facts = recognisedFacts(t, result.plan, i18n.language);
  const bundlePatient = result.patient;
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
      <HistoryList result={result} />
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
