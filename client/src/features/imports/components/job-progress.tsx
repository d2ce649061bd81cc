import { useTranslation } from 'react-i18next';
import type { ImportJob } from '../api/imports';
import { statusLabel } from '@/lib/status-labels';

/** A labelled progress bar with the percentage and the job's status in words. */
export function JobProgress({ job, label }: { job: ImportJob; label: string }) {
  const { t } = useTranslation();
  const percentage = Math.max(0, Math.min(100, job.percentage));
  return (
    <div className="job-progress">
      <div className="job-progress-head">
        <span id={`job-${job.id}-label`}>{label}</span>
        <span aria-live="polite">
          {t('imports.progress', { percentage, status: statusLabel('import', job.status, t) })}
        </span>
      </div>
      <progress aria-labelledby={`job-${job.id}-label`} max={100} value={percentage}>
        {percentage}%
      </progress>
      <p className="small muted">{t('imports.rows', { processed: job.processedRows, total: job.totalRows })}</p>
    </div>
  );
}
