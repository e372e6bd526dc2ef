import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fullName, INDICATOR_IDS, type IndicatorEntry, type IndicatorId } from '../../domain';
import { formatDate } from '../../lib/format';
import { useSessionStore } from '../../state/session-store';
import { useAccessLog } from '../../components/useAccessLog';
import { formatNumber, indicatorDefinition, indicatorName, periodLabel } from './indicator-format';
import styles from './Overview.module.css';
import { registerOverviewTexts } from './overview-i18n';
import { PERIOD_PARAM } from './period-param';
import { useIndicatorReport, type OverviewData } from './useIndicatorReport';
import { usePeriod } from './usePeriod';
import { LoadingStatus } from '../../components/LoadingStatus';

registerOverviewTexts();

const GROUPS = [
  ['yes', true],
  ['no', false],
  ['unknown', null],
] as const;

function isIndicatorId(value: string | undefined): value is IndicatorId {
  return (INDICATOR_IDS as readonly (string | undefined)[]).includes(value);
}

/** One record behind the figure: a patient (link to their page) or a meeting (link to the MDO). */
function EntryItem({ entry, data }: { entry: IndicatorEntry; data: OverviewData }) {
  const { t, i18n } = useTranslation();
  if (entry.kind === 'meeting') {
    const date = data.source.meetings.find((meeting) => meeting.id === entry.id)?.date;
    return (
      <li>
        <Link to={`/mdo/${entry.id}`}>
          {t('overview.patients.meeting', { date: date ? formatDate(date, i18n.language) : '' })}
        </Link>
      </li>
    );
  }
  const patient = data.source.patients.find((p) => p.id === entry.id);
  return (
    <li>
      {patient ? (
        <Link to={`/patienten/${entry.id}`}>{fullName(patient)}</Link>
      ) : (
        t('overview.patients.unknownPatient')
      )}
      {entry.days !== null &&
        ` · ${t('overview.patients.days', { count: entry.days, days: formatNumber(entry.days, i18n.language) })}`}
    </li>
  );
}

function Groups({ id, entries, data }: { id: IndicatorId; entries: IndicatorEntry[]; data: OverviewData }) {
  const { t } = useTranslation();
  if (entries.length === 0) {
    return <p>{t(id === 'mdoFullTeam' ? 'overview.patients.emptyMeetings' : 'overview.patients.empty')}</p>;
  }
  return (
    <div className={styles.groups}>
      {GROUPS.map(([group, inNumerator]) => {
        const members = entries.filter((entry) => entry.inNumerator === inNumerator);
        if (members.length === 0) return null;
        const heading =
          group === 'unknown'
            ? t('overview.patients.groups.unknown')
            : t(`overview.indicators.${id}.${group}`);
        return (
          <section key={group} aria-label={heading}>
            <h2>{`${heading} (${String(members.length)})`}</h2>
            <ul className={styles.list}>
              {members.map((entry) => (
                <EntryItem key={entry.id} entry={entry} data={data} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/**
 * Who is behind a figure (/overzicht/<indicator>?periode=…): the patients, grouped by how they counted,
 * for the practice's own staff only. Opening it is logged (NEN 7513).
 */
export function IndicatorPatientsPage() {
  const { t, i18n } = useTranslation();
  const { indicatorId } = useParams();
  const { period, param } = usePeriod();
  const data = useIndicatorReport(period);
  const role = useSessionStore((state) => state.session?.user.role);
  const isAllowed = role !== undefined && role !== 'specialist-pz';
  const id = isIndicatorId(indicatorId) ? indicatorId : null;
  useAccessLog(
    isAllowed && id !== null
      ? { event: 'overview.patients', action: 'R', patientId: null, recordPart: `overview.${id}` }
      : null,
    `${indicatorId ?? ''}:${param}`,
  );
  const back = (
    <p>
      <Link to={`/overzicht?${PERIOD_PARAM}=${encodeURIComponent(param)}`}>
        {t('overview.patients.back')}
      </Link>
    </p>
  );
  if (id === null || !isAllowed) {
    return (
      <section aria-labelledby="page-title" className={styles.page}>
        <h1 id="page-title">{t('overview.title')}</h1>
        <p>{t(id === null ? 'overview.patients.notFound' : 'overview.patients.onlyPractice')}</p>
        {back}
      </section>
    );
  }
  const result = data?.report.results.find((r) => r.id === id);
  return (
    <section aria-labelledby="page-title" className={styles.page}>
      {back}
      <h1 id="page-title">{t('overview.patients.title', { name: indicatorName(id, t) })}</h1>
      <p className={styles.showing}>
        {t('overview.patients.period', { period: periodLabel(period, t, i18n.language) })}
      </p>
      <p className={styles.definition}>{indicatorDefinition(id, t)}</p>
      {data === undefined || result === undefined ? (
        <LoadingStatus />
      ) : (
        <Groups id={id} entries={result.entries} data={data} />
      )}
    </section>
  );
}
