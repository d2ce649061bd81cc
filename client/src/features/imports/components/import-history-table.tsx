import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortHeader } from '@/components/sort-header';
import { formatDateTime, formatNumber, localeFor } from '@/lib/format';
import type { ImportJobSummary } from '../api/imports';
import { jobTypeLabel, kindLabel, roleLabel } from './labels';
import { StatusBadge } from '@/components/status-badge';

type SortProps = { sort: string; onSort: (column: string) => void; ascendingText: string; descendingText: string };

/** One row per import job: when, file (to its report), data, dry run or import, status, counts, who. */
export function ImportHistoryTable({ items, busy, sortProps }: { items: ImportJobSummary[]; busy: boolean; sortProps: SortProps }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const n = (value: number) => formatNumber(value, locale);
  return (
    <div className="table-wrap" aria-busy={busy || undefined}>
      <table className="data-table import-history">
        <caption className="visually-hidden">{t('imports.history.caption')}</caption>
        <thead>
          <tr>
            <SortHeader column="createdAt" label={t('imports.history.columns.when')} {...sortProps} />
            <th scope="col">{t('imports.history.columns.file')}</th>
            <th scope="col">{t('imports.history.columns.kind')}</th>
            <th scope="col">{t('imports.history.columns.type')}</th>
            <th scope="col">{t('imports.history.columns.status')}</th>
            <th scope="col">{t('imports.history.columns.result')}</th>
            <th scope="col">{t('imports.history.columns.by')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((job) => (
            <tr key={job.id}>
              <td>{formatDateTime(job.createdAt, locale)}</td>
              <th scope="row" className="cell-name">
                <Link to={`/imports/jobs/${encodeURIComponent(job.id)}`}>{job.fileName}</Link>
                <span className="small muted job-number">{t('imports.history.jobNumber', { id: job.id })}</span>
              </th>
              <td>{kindLabel(job.kind, t)}</td>
              <td>
                {jobTypeLabel(job.dryRun, t)}
                {job.sourceJobId && <span className="small muted job-link">{t('imports.history.fromDryRun', { id: job.sourceJobId })}</span>}
                {job.committedByJobId && <span className="small muted job-link">{t('imports.history.committedBy', { id: job.committedByJobId })}</span>}
              </td>
              <td>
                <StatusBadge family="import" value={job.status} />
              </td>
              <td>
                {job.status === 'succeeded' &&
                  (job.dryRun
                    ? t('imports.history.dryRunCounts', { created: n(job.created), updated: n(job.updated), unchanged: n(job.unchanged) })
                    : t('imports.history.counts', { created: n(job.created), updated: n(job.updated), unchanged: n(job.unchanged) }))}
                {job.errorCount > 0 && <span className="small job-errors">{t('imports.history.errorCount', { count: job.errorCount })}</span>}
              </td>
              <td>
                {job.createdBy ?? '—'}
                {job.createdByRole && <span className="small muted job-link">{roleLabel(job.createdByRole, t)}</span>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
