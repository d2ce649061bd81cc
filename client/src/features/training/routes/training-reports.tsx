import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField, TextField } from '@/components/form-field';
import { KecamatanSelect } from '@/components/kecamatan-select';
import { PagedResults } from '@/components/paged-results';
import { EmptyState, ErrorState, LoadingState, QueryResult } from '@/components/states';
import { formatDate, formatDateTime, formatNumber, localeFor } from '@/lib/format';
import { labelOptions } from '@/lib/status-labels';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useListState } from '@/lib/use-list-state';
import { useAttendanceReport, useEkatalogEffect, useUntrainedBusinesses } from '../api/training-reports';
import type { AttendanceCounts, EkatalogEffectGroup } from '../api/types';
import { ekatalogLabels, label, scaleLabels, statusLabels, topicLabels } from '../utils/labels';
import {
  reportListSpec,
  reportParams,
  QUARTER_CHOICES,
  toReportSearchParams,
  toUntrainedQuery,
  type ReportParams,
} from '../utils/report-params';
import { percent } from '../utils/time';
import '../training.css';

export default function TrainingReportsPage() {
  const { t } = useTranslation();
  const { state, replace } = useListState(reportListSpec, { replace: true });
  const params = reportParams(state);
  useDocumentTitle(t('training.reports.title'));

  function update(changes: Partial<ReportParams>, resetPage = true) {
    replace(toReportSearchParams({ ...params, ...(resetPage ? { page: 1 } : {}), ...changes }));
  }

  return (
    <div className="page">
      <p>
        <Link to="/training" className="back-link">
          ← {t('training.detail.back')}
        </Link>
      </p>
      <h1>{t('training.reports.title')}</h1>
      <p className="muted">{t('training.reports.intro')}</p>
      <UntrainedSection params={params} update={update} />
      <PeriodForm key={`${params.from}|${params.to}`} params={params} update={update} />
      <AttendanceSection from={params.from} to={params.to} />
      <EkatalogSection from={params.from} to={params.to} />
    </div>
  );
}

type SectionProps = { params: ReportParams; update: (changes: Partial<ReportParams>, resetPage?: boolean) => void };

function UntrainedSection({ params, update }: SectionProps) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const query = useUntrainedBusinesses(toUntrainedQuery(params));
  const all = { value: '', label: t('training.filters.all') };
  const windowStart = query.data?.items[0]?.windowStart;

  function header(column: 'name' | 'lastTrainedAt', text: string) {
    const direction = params.sort === column ? 'ascending' : params.sort === `-${column}` ? 'descending' : 'none';
    return (
      <th scope="col" aria-sort={direction}>
        <button
          type="button"
          className="sort-button"
          onClick={() => update({ sort: (params.sort === column ? `-${column}` : column) })}
        >
          {text}
          <span className="sort-indicator" aria-hidden="true">
            {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
          </span>
        </button>
      </th>
    );
  }

  return (
    <section className="training-report-section" aria-labelledby="report-untrained">
      <h2 id="report-untrained">{t('training.reports.untrained.title')}</h2>
      <div className="filter-selects">
        <SelectField
          label={t('training.reports.untrained.quarters')}
          name="quarters"
          value={String(params.quarters)}
          onChange={(e) => update({ quarters: Number(e.target.value) })}
          options={QUARTER_CHOICES.map((n) => ({ value: String(n), label: t('training.reports.untrained.quartersOption', { n }) }))}
        />
        <KecamatanSelect
          label={t('training.filters.kecamatan')}
          name="kecamatan"
          value={params.kecamatan}
          onChange={(e) => update({ kecamatan: e.target.value })}
          blank={all.label}
        />
        <SelectField
          label={t('training.reports.untrained.scale')}
          name="scale"
          value={params.scale}
          onChange={(e) => update({ scale: e.target.value as ReportParams['scale'] })}
          options={[all, ...labelOptions(scaleLabels, t)]}
        />
      </div>
      <QueryResult query={query}>
        {(data) => (
          <>
            <p aria-live="polite">
              {t('training.reports.untrained.count', { total: formatNumber(data.totalCount, locale), n: params.quarters })}
              {windowStart && ` ${t('training.reports.untrained.since', { date: formatDate(windowStart, locale) })}`}
            </p>
            <PagedResults query={query} empty={t('training.reports.untrained.empty')} onPageChange={(page) => update({ page }, false)}>
              {(data) => (
              <div className="table-wrap" aria-busy={query.isPlaceholderData || undefined}>
                <table className="data-table">
                  <caption className="visually-hidden">{t('training.reports.untrained.title')}</caption>
                  <thead>
                    <tr>
                      {header('name', t('training.reports.untrained.business'))}
                      <th scope="col">{t('training.filters.kecamatan')}</th>
                      <th scope="col">{t('training.reports.untrained.scale')}</th>
                      <th scope="col">{t('training.reports.untrained.ekatalog')}</th>
                      {header('lastTrainedAt', t('training.reports.untrained.lastTrained'))}
                    </tr>
                  </thead>
                  <tbody>
                    {data.items.map((b) => (
                      <tr key={b.businessId}>
                        <th scope="row" className="cell-name">
                          <Link to={`/businesses/${encodeURIComponent(b.businessId)}?tab=training`}>{b.name}</Link>
                          <span className="muted small training-cell-sub">{b.ownerName}</span>
                        </th>
                        <td>{b.kecamatanName}</td>
                        <td>{label(scaleLabels, b.scale, t)}</td>
                        <td>{label(ekatalogLabels, b.ekatalogStatus, t)}</td>
                        <td>{b.lastTrainedAt ? formatDateTime(b.lastTrainedAt, locale) : t('training.reports.untrained.never')}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              )}
            </PagedResults>
          </>
        )}
      </QueryResult>
    </section>
  );
}

/** The period of the attendance and e-katalog sections (Jakarta dates; empty means the API's default). */
function PeriodForm({ params, update }: SectionProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(params.from);
  const [to, setTo] = useState(params.to);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    update({ from, to }, false);
  }
  return (
    <form className="training-period" onSubmit={submit} aria-label={t('training.reports.period.label')}>
      <TextField label={t('training.reports.period.from')} type="date" name="from" value={from} onChange={(e) => setFrom(e.target.value)} />
      <TextField label={t('training.reports.period.to')} type="date" name="to" value={to} onChange={(e) => setTo(e.target.value)} />
      <button type="submit" className="button button-secondary">
        {t('training.reports.period.apply')}
      </button>
    </form>
  );
}

function CountCells({ counts }: { counts: AttendanceCounts }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (
    <>
      <td>{formatNumber(counts.confirmed, locale)}</td>
      <td>{formatNumber(counts.attended, locale)}</td>
      <td>{formatNumber(counts.absent, locale)}</td>
      <td>{formatNumber(counts.notRecorded, locale)}</td>
      <td>
        <RateBar share={counts.attendanceRate ?? null} />
        {percent(counts.attendanceRate, locale) ?? t('training.reports.attendance.noRate')}
      </td>
    </>
  );
}

/** A decorative bar beside the number (the number in the same cell is what is read). */
function RateBar({ share }: { share: number | null }) {
  if (share === null) return null;
  return (
    <span className="training-bar" aria-hidden="true">
      <span style={{ width: `${Math.round(Math.min(1, Math.max(0, share)) * 100)}%` }} />
    </span>
  );
}

function CountHeaders() {
  const { t } = useTranslation();
  return (
    <>
      <th scope="col">{t('training.reports.attendance.confirmed')}</th>
      <th scope="col">{t('training.attendance.attended')}</th>
      <th scope="col">{t('training.attendance.absent')}</th>
      <th scope="col">{t('training.attendance.notRecorded')}</th>
      <th scope="col">{t('training.reports.attendance.rate')}</th>
    </>
  );
}

function AttendanceSection({ from, to }: { from: string; to: string }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const query = useAttendanceReport(from, to);
  return (
    <section className="training-report-section" aria-labelledby="report-attendance">
      <h2 id="report-attendance">{t('training.reports.attendance.title')}</h2>
      <p className="muted small">{t('training.reports.attendance.explain')}</p>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.sessions.length === 0 ? (
        <EmptyState>{t('training.reports.attendance.empty')}</EmptyState>
      ) : (
        <>
          <p className="training-rate">
            {percent(query.data.overall.attendanceRate, locale)
              ? t('training.reports.attendance.overall', {
                  rate: percent(query.data.overall.attendanceRate, locale),
                  attended: formatNumber(query.data.overall.attended, locale),
                  recorded: formatNumber(query.data.overall.attended + query.data.overall.absent, locale),
                })
              : t('training.reports.attendance.noRate')}
          </p>
          <h3>{t('training.reports.attendance.perQuarter')}</h3>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('training.reports.attendance.perQuarter')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('training.fields.quarter')}</th>
                  <th scope="col">{t('training.reports.attendance.sessions')}</th>
                  <CountHeaders />
                </tr>
              </thead>
              <tbody>
                {query.data.quarters.map((q) => (
                  <tr key={q.quarter}>
                    <th scope="row">{q.quarter}</th>
                    <td>{formatNumber(q.sessions, locale)}</td>
                    <CountCells counts={q.counts} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h3>{t('training.reports.attendance.perSession')}</h3>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('training.reports.attendance.perSession')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('training.columns.title')}</th>
                  <th scope="col">{t('training.columns.startsAt')}</th>
                  <CountHeaders />
                </tr>
              </thead>
              <tbody>
                {query.data.sessions.map((s) => (
                  <tr key={s.sessionId}>
                    <th scope="row" className="cell-name">
                      <Link to={`/training/${encodeURIComponent(s.sessionId)}`}>{s.title}</Link>
                      <span className="muted small training-cell-sub">
                        {label(topicLabels, s.topic, t)} · {label(statusLabels, s.status, t)}
                      </span>
                    </th>
                    <td>{formatDateTime(s.startsAt, locale)}</td>
                    <CountCells counts={s.counts} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

function EkatalogSection({ from, to }: { from: string; to: string }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const query = useEkatalogEffect(from, to);
  const rows: { key: keyof Omit<EkatalogEffectGroup, 'shareListed'>; text: string }[] = [
    { key: 'businesses', text: t('training.reports.ekatalog.businesses') },
    { key: 'alreadyListed', text: t('training.reports.ekatalog.alreadyListed') },
    { key: 'eligible', text: t('training.reports.ekatalog.eligible') },
    { key: 'listedWithin6Months', text: t('training.reports.ekatalog.listedWithin6Months') },
    { key: 'stillObserving', text: t('training.reports.ekatalog.stillObserving') },
  ];
  return (
    <section className="training-report-section" aria-labelledby="report-ekatalog">
      <h2 id="report-ekatalog">{t('training.reports.ekatalog.title')}</h2>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <>
          <p className="muted small">
            {t('training.reports.ekatalog.window', { from: formatDate(query.data.from, locale), to: formatDate(query.data.to, locale) })}
          </p>
          <p className="training-rate">
            {t('training.reports.ekatalog.summary', {
              trained: percent(query.data.trained.shareListed, locale) ?? '—',
              notTrained: percent(query.data.notTrained.shareListed, locale) ?? '—',
            })}{' '}
            {query.data.difference != null &&
              t('training.reports.ekatalog.difference', {
                points: new Intl.NumberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'always' }).format(query.data.difference * 100),
              })}
          </p>
          <div className="table-wrap">
            <table className="data-table">
              <caption className="visually-hidden">{t('training.reports.ekatalog.title')}</caption>
              <thead>
                <tr>
                  <td />
                  <th scope="col">{t('training.reports.ekatalog.trained')}</th>
                  <th scope="col">{t('training.reports.ekatalog.notTrained')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key}>
                    <th scope="row">{row.text}</th>
                    <td>{formatNumber(query.data.trained[row.key], locale)}</td>
                    <td>{formatNumber(query.data.notTrained[row.key], locale)}</td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">{t('training.reports.ekatalog.shareListed')}</th>
                  <td>{percent(query.data.trained.shareListed, locale) ?? '—'}</td>
                  <td>{percent(query.data.notTrained.shareListed, locale) ?? '—'}</td>
                </tr>
              </tbody>
            </table>
          </div>
          {query.data.listingDateSource.includes('approximation') && (
            <p className="muted small">{t('training.reports.ekatalog.approximation')}</p>
          )}
        </>
      )}
    </section>
  );
}
