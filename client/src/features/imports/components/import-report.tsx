import { useTranslation } from 'react-i18next';
import { formatNumber, localeFor } from '@/lib/format';
import type { ImportJob } from '../api/imports';

/** Counts (to create / update / unchanged, or created ... for a commit) and the row/column/message table. */
export function ImportReport({ job }: { job: ImportJob }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const n = (value: number) => formatNumber(value, locale);
  return (
    <div className="import-report">
      <dl className="count-grid">
        <div>
          <dt>{job.dryRun ? t('imports.report.toCreate') : t('imports.report.created')}</dt>
          <dd>{n(job.created)}</dd>
        </div>
        <div>
          <dt>{job.dryRun ? t('imports.report.toUpdate') : t('imports.report.updated')}</dt>
          <dd>{n(job.updated)}</dd>
        </div>
        <div>
          <dt>{t('imports.report.unchanged')}</dt>
          <dd>{n(job.unchanged)}</dd>
        </div>
        <div>
          <dt>{t('imports.report.errors')}</dt>
          <dd>{n(job.errorCount)}</dd>
        </div>
      </dl>
      {job.ignoredColumns.length > 0 && (
        <p className="small muted">{t('imports.report.ignored', { columns: job.ignoredColumns.join(', ') })}</p>
      )}
      {job.errors.length > 0 && (
        <>
          <div className="table-wrap">
            <table className="data-table">
              <caption>{t('imports.report.errorsCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('imports.report.row')}</th>
                  <th scope="col">{t('imports.report.column')}</th>
                  <th scope="col">{t('imports.report.message')}</th>
                </tr>
              </thead>
              <tbody>
                {job.errors.map((error, index) => (
                  <tr key={`${error.row}-${error.column}-${index}`}>
                    <td>{error.row}</td>
                    <td>{error.header ?? error.column}</td>
                    <td>{error.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {job.errorsTruncated && <p className="small muted">{t('imports.report.truncated', { shown: n(job.errors.length), total: n(job.errorCount) })}</p>}
        </>
      )}
    </div>
  );
}
