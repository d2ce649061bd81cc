import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ReadinessMatrix } from '@/components/readiness-matrix';
import { formatDate, formatNumber, localeFor } from '@/lib/format';
import type { Dashboard } from '../api/get-dashboard';
import { links } from '../utils/dashboard-params';
import { formatPercent, quarterParts } from '../utils/format';
import { CoverageChart, FunnelChart, KecamatanChart, ScaleChart, StageChart } from './dashboard-charts';
import { label, requirementLabels } from './labels';

// The charts are plain SVG drawn by ./bar-chart (no chart library), so they come with the page's chunk.

type Props = { data: Dashboard; kecamatan: string };

export function DashboardView({ data, kecamatan }: Props) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const num = (value: number) => formatNumber(value, locale);
  const pct = (value: number | null | undefined) => formatPercent(value, locale);
  const listedCount = data.coverage.listed;
  const noBusinesses = data.fosteredBusinesses + data.inactiveBusinesses === 0;

  return (
    <>
      {noBusinesses && (
        <div className="alert alert-warning" role="status">
          <p>{t('dashboard.noBusinesses')}</p>
        </div>
      )}
      <section aria-label={t('dashboard.summary.label')}>
        <dl className="dash-cards">
          <div className="dash-card" data-testid="figure-fostered">
            <dt>{t('dashboard.summary.fostered')}</dt>
            <dd className="dash-big">{num(data.fosteredBusinesses)}</dd>
          </div>
          <div className="dash-card" data-testid="figure-inactive">
            <dt>{t('dashboard.summary.inactive')}</dt>
            <dd className="dash-big">{num(data.inactiveBusinesses)}</dd>
          </div>
          <div className="dash-card" data-testid="figure-listed">
            <dt>{t('dashboard.summary.listed')}</dt>
            <dd className="dash-big">{num(listedCount)}</dd>
            <dd className="muted small">
              {t('dashboard.summary.listedShare', { share: pct(data.coverage.sharePercent), target: num(data.coverage.target) })}
            </dd>
            <dd className="muted small">
              {t('dashboard.summary.listedYearShare', { share: pct(data.coverage.yearTargetSharePercent), n: num(data.coverage.yearTarget) })}
            </dd>
          </div>
          <div className="dash-card" data-testid="figure-almost-ready">
            <dt>{t('dashboard.summary.almostReady')}</dt>
            <dd className="dash-big">{num(data.readiness.almostReady)}</dd>
          </div>
        </dl>
      </section>

      <div className="dash-grid">
        <CoverageChart coverage={data.coverage} />
        <FunnelChart funnel={data.funnel} />
        <ReadinessPanel readiness={data.readiness} kecamatan={kecamatan} num={num} />
        <UpcomingPanel upcoming={data.upcoming} num={num} />
        <TrainingPanel training={data.training} num={num} pct={pct} />
        <KecamatanChart rows={data.byKecamatan} />
        <section className="dash-panel dash-panel-wide" aria-labelledby="dash-matrix-title">
          <div className="dash-panel-head">
            <h2 id="dash-matrix-title">{t('dashboard.matrix.title')}</h2>
          </div>
          <p className="muted small">{t('dashboard.matrix.intro')}</p>
          <ReadinessMatrix
            caption={t('dashboard.matrix.caption')}
            requirementLabel={(code) => label(requirementLabels, code, t)}
            linkTo={links.missing}
          />
        </section>
        <ScaleChart rows={data.byScale} />
        <ExportPanel exportCases={data.exportCases} num={num} />
      </div>
    </>
  );
}

type Num = (value: number) => string;

function ReadinessPanel({ readiness, kecamatan, num }: { readiness: Dashboard['readiness']; kecamatan: string; num: Num }) {
  const { t } = useTranslation();
  const code = readiness.mostCommonMissing ?? null;
  const mostCommon = code ? readiness.missingByRequirement.find((m) => m.code === code) : undefined;
  const requirement = code ? label(requirementLabels, code, t) : '';
  const rows = readiness.missingByRequirement.filter((m) => m.count > 0);
  return (
    <section className="dash-panel" aria-labelledby="dash-readiness-title">
      <div className="dash-panel-head">
        <h2 id="dash-readiness-title">{t('dashboard.readiness.title')}</h2>
      </div>
      <div className="dash-facts">
        <div className="dash-fact" data-testid="most-common-missing">
          <h3>{t('dashboard.readiness.mostCommon')}</h3>
          {code ? (
            <>
              <p className="dash-fact-value">{requirement}</p>
              <p>{t('dashboard.readiness.mostCommonCount', { n: num(mostCommon?.count ?? 0) })}</p>
              <p>
                <Link to={links.missing(code, kecamatan)}>{t('dashboard.readiness.missingLink', { requirement })}</Link>
              </p>
            </>
          ) : (
            <p>{t('dashboard.readiness.noneMissing')}</p>
          )}
        </div>
        <div className="dash-fact" data-testid="almost-ready">
          <h3>{t('dashboard.readiness.almostReady')}</h3>
          <p className="dash-fact-value">{num(readiness.almostReady)}</p>
          <p>{t('dashboard.readiness.almostReadyText', { n: num(readiness.almostReady) })}</p>
          <p>
            <Link to={links.almostReady(kecamatan)}>{t('dashboard.readiness.almostReadyLink')}</Link>
          </p>
        </div>
      </div>
      <p className="muted small">
        {t('dashboard.readiness.readyNotListed')}: <strong>{num(readiness.readyNotListed)}</strong>
      </p>
      {rows.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="dash-table-caption">{t('dashboard.readiness.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.readiness.requirement')}</th>
                <th scope="col" className="num">
                  {t('dashboard.readiness.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.code}>
                  <th scope="row">
                    <Link to={links.missing(row.code, kecamatan)}>{label(requirementLabels, row.code, t)}</Link>
                  </th>
                  <td className="num">{num(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function TrainingPanel({
  training,
  num,
  pct,
}: {
  training: Dashboard['training'];
  num: Num;
  pct: (value: number | null | undefined) => string;
}) {
  const { t } = useTranslation();
  const quarter = quarterParts(training.quarter);
  const rate = training.attendanceRatePercent ?? null;
  return (
    <section className="dash-panel" aria-labelledby="dash-training-title" data-testid="training">
      <div className="dash-panel-head">
        <h2 id="dash-training-title">{t('dashboard.training.title')}</h2>
        <span className="muted small">{quarter ? t('dashboard.training.quarter', quarter) : training.quarter}</span>
      </div>
      {training.sessions === 0 && <p className="muted">{t('dashboard.training.none')}</p>}
      <dl className="dash-cards dash-cards-inner">
        <div className="dash-card">
          <dt>{t('dashboard.training.sessions')}</dt>
          <dd className="dash-big">{num(training.sessions)}</dd>
        </div>
        <div className="dash-card">
          <dt>{t('dashboard.training.registrations')}</dt>
          <dd className="dash-big">{num(training.registrations)}</dd>
        </div>
        <div className="dash-card">
          <dt>{t('dashboard.training.attendanceRate')}</dt>
          <dd className="dash-big">{pct(rate)}</dd>
          <dd className="muted small">
            {rate === null
              ? t('dashboard.training.noAttendance')
              : t('dashboard.training.attendanceDetail', { attended: num(training.attended), absent: num(training.absent) })}
          </dd>
        </div>
      </dl>
    </section>
  );
}

function ExportPanel({
  exportCases,
  num,
}: {
  exportCases: Dashboard['exportCases'];
  num: Num;
}) {
  const { t } = useTranslation();
  const figures = (
    <dl className="dash-cards dash-cards-inner">
      <div className="dash-card" data-testid="export-open">
        <dt>{t('dashboard.export.open')}</dt>
        <dd className="dash-big">{num(exportCases.open)}</dd>
      </div>
      <div className={exportCases.overdue > 0 ? 'dash-card dash-card-alert' : 'dash-card'} data-testid="export-overdue">
        <dt>{t('dashboard.export.overdue')}</dt>
        <dd className="dash-big">{num(exportCases.overdue)}</dd>
        <dd>
          <Link to={links.overdueExportCases}>{t('dashboard.export.overdueLink')}</Link>
        </dd>
      </div>
    </dl>
  );
  if (exportCases.open === 0 || exportCases.byStage.length === 0) {
    return (
      <section className="dash-panel" aria-labelledby="dash-export-title">
        <div className="dash-panel-head">
          <h2 id="dash-export-title">{t('dashboard.export.title')}</h2>
        </div>
        {figures}
        <p className="muted">{t('dashboard.export.none')}</p>
      </section>
    );
  }
  return <StageChart exportCases={exportCases}>{figures}</StageChart>;
}

/** Coming rule versions (issue #16) and how many active businesses each will block on its date. */
function UpcomingPanel({ upcoming, num }: { upcoming: Dashboard['upcoming']; num: Num }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (
    <section className="dash-panel" aria-labelledby="dash-upcoming-title" data-testid="upcoming">
      <div className="dash-panel-head">
        <h2 id="dash-upcoming-title">{t('dashboard.upcoming.title')}</h2>
      </div>
      {upcoming.length === 0 ? (
        <p className="muted">{t('dashboard.upcoming.none')}</p>
      ) : (
        <table className="table">
          <caption className="visually-hidden">{t('dashboard.upcoming.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('dashboard.upcoming.rule')}</th>
              <th scope="col">{t('dashboard.upcoming.from')}</th>
              <th scope="col">{t('dashboard.upcoming.blocked')}</th>
            </tr>
          </thead>
          <tbody>
            {upcoming.map((u) => (
              <tr key={`${u.code}@${u.effectiveFrom}`}>
                <td>{label(requirementLabels, u.code, t)}</td>
                <td>{formatDate(u.effectiveFrom, locale)}</td>
                <td>{num(u.businessesBlocked)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">{t('dashboard.upcoming.note')}</p>
    </section>
  );
}
