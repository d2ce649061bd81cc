import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { formatDateTime, formatNumber, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { isFinished, useImportJob } from '../api/imports';
import { CommitDryRun } from '../components/commit-dry-run';
import { ErrorFileDownload } from '../components/error-file';
import { ImportReport } from '../components/import-report';
import { JobProgress } from '../components/job-progress';
import { jobTypeLabel, kindLabel, roleLabel } from '../components/labels';
import { formatFileSize } from '../utils/file-size';
import '../imports.css';
import { StatusBadge } from '@/components/status-badge';

/** One import job from the history: what it was, its progress while it runs, its report, and the commit of a clean dry run. */
export default function ImportJobPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useImportJob(id);
  const title = query.data
    ? t('imports.job.title', { type: jobTypeLabel(query.data.dryRun, t), id: query.data.id, fileName: query.data.fileName })
    : undefined;
  useDocumentTitle(title);
  const back = (
    <p>
      <Link to="/imports/history" className="back-link">
        ← {t('imports.job.backToHistory')}
      </Link>
    </p>
  );
  if (query.isPending) return <LoadingState />;
  if (query.isError) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="page">
        {back}
        <ErrorState error={query.error} message={notFound ? t('imports.job.notFound') : undefined} onRetry={notFound ? undefined : () => void query.refetch()} />
      </div>
    );
  }
  const data = query.data;
  const committable = data.dryRun && data.status === 'succeeded' && !data.committedByJobId &&
    (data.errorCount === 0 || data.created + data.updated + data.unchanged > 0);
  const jobLink = (other: string) => <Link to={`/imports/jobs/${encodeURIComponent(other)}`}>#{other}</Link>;
  const item = (label: string, value: ReactNode) => (
    <div className="detail-item">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
  return (
    <div className="page import-page">
      {back}
      <div className="page-header">
        <h1>{title}</h1>
        <StatusBadge family="import" value={data.status} />
      </div>
      <section className="detail-section" aria-labelledby="import-job-about">
        <h2 id="import-job-about">{t('imports.job.about')}</h2>
        <dl className="detail-list">
          {item(t('imports.job.type'), jobTypeLabel(data.dryRun, t))}
          {item(t('imports.job.kind'), kindLabel(data.kind, t))}
          {item(
            t('imports.job.file'),
            <>
              {data.fileName}
              <span className="small muted job-link">
                {t('imports.job.fileDetail', { format: data.format.toUpperCase(), size: formatFileSize(data.fileBytes, locale), rows: formatNumber(data.totalRows, locale) })}
              </span>
            </>,
          )}
          {item(t('imports.job.by'), data.createdByRole ? `${data.createdBy ?? '—'} (${roleLabel(data.createdByRole, t)})` : (data.createdBy ?? '—'))}
          {item(t('imports.job.createdAt'), formatDateTime(data.createdAt, locale))}
          {item(t('imports.job.startedAt'), formatDateTime(data.startedAt, locale))}
          {item(t('imports.job.finishedAt'), formatDateTime(data.finishedAt, locale))}
          {data.sourceJobId && item(t('imports.job.source'), jobLink(data.sourceJobId))}
          {data.committedByJobId && item(t('imports.job.committedBy'), jobLink(data.committedByJobId))}
        </dl>
      </section>
      <section className="detail-section" aria-labelledby="import-job-report">
        <h2 id="import-job-report">{t('imports.job.report')}</h2>
        {!isFinished(data) && <JobProgress job={data} label={t('imports.job.progress')} />}
        {data.status === 'failed' && (
          <div className="alert alert-error" role="alert">
            <p>{data.message || t('imports.failed')}</p>
          </div>
        )}
        {isFinished(data) && <ImportReport job={data} />}
        {data.status === 'succeeded' && <ErrorFileDownload job={data} />}
      </section>
      {committable && (
        <section className="detail-section" aria-labelledby="import-job-commit">
          <h2 id="import-job-commit">{t('imports.job.commitTitle')}</h2>
          <CommitDryRun dryRun={data} onCommitted={(commit) => void navigate(`/imports/jobs/${encodeURIComponent(commit.id)}`)} onReload={() => void query.refetch()} />
        </section>
      )}
    </div>
  );
}
