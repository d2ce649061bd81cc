import { useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/states';
import { useDocumentTitle } from '@/lib/use-document-title';
import { downloadTemplate, useImportJob, useStartImport, type FileFormat, type ImportJob } from '../api/imports';
import { CommitDryRun } from '../components/commit-dry-run';
import { ErrorFileDownload } from '../components/error-file';
import { ImportReport } from '../components/import-report';
import { JobProgress } from '../components/job-progress';
import { saveFile } from '../utils/save-file';
import { uploadErrorMessage } from '../utils/upload-error';
import '../imports.css';

const MAX_BYTES = 20 * 1024 * 1024;

export default function ImportPage() {
  const { t, i18n } = useTranslation();
  useDocumentTitle(t('imports.title'));
  const fileInput = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [localError, setLocalError] = useState<string | null>(null);
  const [dryJob, setDryJob] = useState<ImportJob | null>(null);
  const [commitJob, setCommitJob] = useState<ImportJob | null>(null);
  const start = useStartImport();
  const dry = useImportJob(dryJob?.id ?? null, dryJob ?? undefined);
  const commit = useImportJob(commitJob?.id ?? null, commitJob ?? undefined);
  const [templateBusy, setTemplateBusy] = useState<FileFormat | null>(null);
  const [templateError, setTemplateError] = useState<unknown>(null);

  async function template(format: FileFormat) {
    setTemplateBusy(format);
    setTemplateError(null);
    try {
      const { blob, fileName } = await downloadTemplate(format, i18n.language);
      saveFile(blob, fileName);
    } catch (error) {
      setTemplateError(error);
    } finally {
      setTemplateBusy(null);
    }
  }

  function choose(event: ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setDryJob(null);
    setCommitJob(null);
    start.reset();
    setLocalError(chosen && chosen.size > MAX_BYTES ? t('imports.errors.tooLarge') : null);
  }

  /** Uploads the file as a dry run; the commit then runs from the file the server kept (no second upload). */
  function check() {
    if (!file) {
      setLocalError(t('imports.errors.noFile'));
      fileInput.current?.focus();
      return;
    }
    setDryJob(null);
    setCommitJob(null);
    start.mutate({ file, dryRun: true }, { onSuccess: setDryJob });
  }

  const dryData = dry.data;
  const commitData = commit.data;
  const dryDone = dryData?.status === 'succeeded';
  // With errors, the valid rows may still be imported when the officer chooses so (all or nothing by default).
  const canCommit = dryDone && !commitJob && !dryData.committedByJobId &&
    (dryData.errorCount === 0 || dryData.created + dryData.updated + dryData.unchanged > 0);
  const busy = start.isPending || (dryJob !== null && !dryDone && dryData?.status !== 'failed') ||
    (commitJob !== null && commitData?.status !== 'succeeded' && commitData?.status !== 'failed');

  return (
    <div className="page import-page">
      <h1>{t('imports.title')}</h1>
      <p className="muted">{t('imports.intro')}</p>
      <p>
        <Link to="/imports/history">{t('imports.historyLink')}</Link>
      </p>

      <section className="detail-section" aria-labelledby="import-step-1">
        <h2 id="import-step-1">{t('imports.step1')}</h2>
        <p>{t('imports.templateHint')}</p>
        <div className="form-actions">
          <button type="button" className="button button-secondary" disabled={templateBusy !== null} onClick={() => void template('xlsx')}>
            {t('imports.templateXlsx')}
          </button>
          <button type="button" className="button button-secondary" disabled={templateBusy !== null} onClick={() => void template('csv')}>
            {t('imports.templateCsv')}
          </button>
        </div>
        {templateError !== null && <ErrorState error={templateError} />}
      </section>

      <section className="detail-section" aria-labelledby="import-step-2">
        <h2 id="import-step-2">{t('imports.step2')}</h2>
        <div className={localError ? 'field field-invalid' : 'field'}>
          <label htmlFor="import-file">{t('imports.file')}</label>
          <input
            ref={fileInput}
            id="import-file"
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-describedby={localError ? 'import-file-hint import-file-error' : 'import-file-hint'}
            aria-invalid={localError ? true : undefined}
            onChange={choose}
          />
          <p className="field-hint" id="import-file-hint">
            {t('imports.fileHint')}
          </p>
          {localError && (
            <p className="field-error" id="import-file-error">
              {localError}
            </p>
          )}
        </div>
        <button type="button" className="button button-primary" disabled={busy || localError !== null} onClick={check}>
          {t('imports.dryRun')}
        </button>
        {start.isError && (
          <div className="alert alert-error" role="alert">
            <p>{uploadErrorMessage(start.error, t)}</p>
          </div>
        )}
        {dryData && <JobProgress job={dryData} label={t('imports.dryRunProgress')} />}
        {dry.isError && <ErrorState error={dry.error} onRetry={() => void dry.refetch()} />}
        {dryData?.status === 'failed' && (
          <div className="alert alert-error" role="alert">
            <p>{dryData.message || t('imports.failed')}</p>
          </div>
        )}
        {dryDone && (
          <>
            <h3>{t('imports.dryRunReport')}</h3>
            {dryData.errorCount > 0 ? (
              <div className="alert alert-warning" role="alert">
                <p>{t('imports.hasErrors', { count: dryData.errorCount })}</p>
              </div>
            ) : (
              <div className="alert alert-success" role="status">
                <p>{t('imports.noErrors')}</p>
              </div>
            )}
            <ImportReport job={dryData} />
            <ErrorFileDownload job={dryData} />
          </>
        )}
        {dryData?.status === 'failed' && dryData.errors.length > 0 && <ImportReport job={dryData} />}
      </section>

      {(canCommit || commitJob) && (
        <section className="detail-section" aria-labelledby="import-step-3">
          <h2 id="import-step-3">{t('imports.step3')}</h2>
          {canCommit && <CommitDryRun dryRun={dryData} onCommitted={setCommitJob} onReload={() => void dry.refetch()} />}
          {commitData && <JobProgress job={commitData} label={t('imports.commitProgress')} />}
          {commit.isError && <ErrorState error={commit.error} onRetry={() => void commit.refetch()} />}
          {commitData?.status === 'succeeded' && (
            <>
              <div className="alert alert-success" role="status">
                <p>{t('imports.done', { created: commitData.created, updated: commitData.updated, unchanged: commitData.unchanged })}</p>
                {commitData.errorCount > 0 && <p>{t('imports.doneWithErrors', { count: commitData.errorCount })}</p>}
              </div>
              <ImportReport job={commitData} />
              <ErrorFileDownload job={commitData} />
            </>
          )}
          {commitData?.status === 'failed' && (
            <>
              <div className="alert alert-error" role="alert">
                <p>{commitData.message || t('imports.failed')}</p>
              </div>
              <ImportReport job={commitData} />
            </>
          )}
        </section>
      )}
    </div>
  );
}
