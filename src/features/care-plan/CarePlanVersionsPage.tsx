import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { emptyCarePlanFields, fullName, type CarePlanVersionRecord } from '../../domain';
import { OfflineNote } from '../../components/OfflineNote';
import { formatDateTime } from '../../lib/format';
import { PatientNotFound } from '../patient/PatientNotFound';
import { usePatient } from '../patient/usePatient';
import { useAccessLog } from '../../components/useAccessLog';
import styles from './CarePlan.module.css';
import { useCarePlanVersions } from './useCarePlanVersions';
import { VersionChoice } from './VersionChoice';
import { VersionChanges } from './VersionChanges';
import { registerCarePlanTexts } from './care-plan-i18n';
import { LoadingStatus } from '../../components/LoadingStatus';

registerCarePlanTexts();

/** The value of "the empty plan before the first version" in the version choice. */
const EMPTY_VERSION = '';

/** Versiegeschiedenis: every version (who, role, when) and what changed between any two, in words. */
export function CarePlanVersionsPage() {
  const { t, i18n } = useTranslation();
  const { patientId } = useParams();
  const patient = usePatient(patientId);
  const versions = useCarePlanVersions(patientId);
  const [chosen, setChosen] = useState<{ from: string; to: string } | null>(null);
  useAccessLog(
    patient
      ? { event: 'carePlan.versions.view', action: 'R', patientId: patient.id, recordPart: 'carePlan' }
      : null,
    patient ? `carePlanVersions:${patient.id}` : '',
  );

  if (patient === undefined || versions === undefined) return <LoadingStatus />;
  if (patient === null) return <PatientNotFound />;

  // Oldest is version 1; the list shows the newest first.
  const numberOf = (version: CarePlanVersionRecord) => versions.length - versions.indexOf(version);
  const from = chosen?.from ?? versions[1]?.id ?? EMPTY_VERSION;
  const to = chosen?.to ?? versions[0]?.id ?? EMPTY_VERSION;
  const byId = (id: string) => versions.find((version) => version.id === id);
  const rank = (version: CarePlanVersionRecord | undefined) => (version ? numberOf(version) : 0);
  // Whatever order they were chosen in, the changes run from the older version to the newer one.
  const [older, newer] = rank(byId(from)) <= rank(byId(to)) ? [byId(from), byId(to)] : [byId(to), byId(from)];
  const versionName = (version: CarePlanVersionRecord | undefined) =>
    version ? t('carePlan.history.version', { number: numberOf(version) }) : t('carePlan.history.emptyPlan');
  const isAdjacent = rank(newer) - rank(older) === 1;

  return (
    <section aria-labelledby="page-title" className={styles.page}>
      <p>
        <Link to={`/patienten/${patient.id}/zorgplan`}>{t('carePlan.history.backToPlan')}</Link>
      </p>
      <h1 id="page-title">{t('carePlan.history.pageTitle', { name: fullName(patient) })}</h1>
      {versions.length === 0 ? (
        <p>{t('carePlan.history.none')}</p>
      ) : (
        <>
          <section aria-labelledby="versions-title" className={styles.section}>
            <h2 id="versions-title">{t('carePlan.history.versions')}</h2>
            <ol className={styles.versions}>
              {versions.map((version) => (
                <li key={version.id}>
                  <strong>{versionName(version)}</strong>{' '}
                  {t('carePlan.history.versionLine', {
                    when: formatDateTime(version.savedAt, i18n.language),
                    name: version.author.name,
                    role: t(`roles.${version.author.role}`),
                    status: t(`carePlan.status.${version.plan.status}`),
                  })}
                  <OfflineNote deviceAt={version.deviceRecordedAt} receivedAt={version.savedAt} />
                </li>
              ))}
            </ol>
          </section>
          <section aria-labelledby="changes-title" className={styles.section}>
            <h2 id="changes-title">{t('carePlan.history.compare')}</h2>
            <VersionChoice
              versions={versions}
              from={from}
              to={to}
              onChange={(next) => {
                setChosen(next);
              }}
            />
            <h3>
              {t('carePlan.history.changesTitle', { from: versionName(older), to: versionName(newer) })}
            </h3>
            {newer && isAdjacent && (
              <p className={styles.meta}>
                {t('carePlan.history.changedBy', {
                  name: newer.author.name,
                  role: t(`roles.${newer.author.role}`),
                  when: formatDateTime(newer.savedAt, i18n.language),
                })}
              </p>
            )}
            {older === newer ? (
              <p>{t('carePlan.history.sameVersion')}</p>
            ) : (
              <VersionChanges
                before={older?.plan ?? emptyCarePlanFields()}
                after={newer?.plan ?? emptyCarePlanFields()}
              />
            )}
          </section>
        </>
      )}
    </section>
  );
}
