import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCommitImport, type ImportJob } from '../api/imports';
import { commitRefusal } from '../utils/commit-error';

/**
 * "Impor sekarang" for a dry run that succeeded: the server commits the file it kept from the dry run
 * (no second upload). A dry run with errors is all or nothing unless the officer ticks "Impor baris
 * yang valid saja" (mode valid_rows_only). A refusal says why and offers the next step.
 */
export function CommitDryRun({
  dryRun,
  onCommitted,
  onReload,
}: {
  dryRun: Pick<ImportJob, 'id' | 'version' | 'errorCount' | 'created' | 'updated' | 'unchanged'>;
  onCommitted: (job: ImportJob) => void;
  /** Reads the dry run again (its new ETag) after a 412. */
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const commit = useCommitImport();
  const [validRowsOnly, setValidRowsOnly] = useState(false);
  const refusal = commit.isError ? commitRefusal(commit.error, t) : null;
  const hasErrors = dryRun.errorCount > 0;
  const validRows = dryRun.created + dryRun.updated + dryRun.unchanged;
  return (
    <>
      <p>{t(hasErrors ? 'imports.commitHintErrors' : 'imports.commitHint')}</p>
      {hasErrors && validRows > 0 && (
        <div className="field field-checkbox">
          <label>
            <input type="checkbox" checked={validRowsOnly} onChange={(event) => setValidRowsOnly(event.target.checked)} />{' '}
            {t('imports.validRowsOnly')}
          </label>
          <p className="field-hint">{t('imports.validRowsOnlyHint', { count: validRows })}</p>
        </div>
      )}
      <button
        type="button"
        className="button button-primary"
        disabled={commit.isPending || (hasErrors && !validRowsOnly)}
        onClick={() =>
          commit.mutate(
            { id: dryRun.id, version: dryRun.version, mode: hasErrors ? 'valid_rows_only' : undefined },
            { onSuccess: onCommitted },
          )
        }
      >
        {t('imports.commit')}
      </button>
      {refusal && (
        <div className="alert alert-error" role="alert">
          <p>{refusal.message}</p>
          {refusal.existingId && (
            <p>
              <Link to={`/imports/jobs/${encodeURIComponent(refusal.existingId)}`}>
                {t('imports.commitErrors.viewCommit', { id: refusal.existingId })}
              </Link>
            </p>
          )}
          {refusal.reload && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                commit.reset();
                onReload();
              }}
            >
              {t('imports.commitErrors.reload')}
            </button>
          )}
        </div>
      )}
    </>
  );
}
