import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCommitImport, type ImportJob } from '../api/imports';
import { commitRefusal } from '../utils/commit-error';

/**
 * "Impor sekarang" for a dry run that succeeded without errors: the server commits the file it kept
 * from the dry run (no second upload). A refusal says why and offers the next step.
 */
export function CommitDryRun({
  dryRun,
  onCommitted,
  onReload,
}: {
  dryRun: Pick<ImportJob, 'id' | 'version'>;
  onCommitted: (job: ImportJob) => void;
  /** Reads the dry run again (its new ETag) after a 412. */
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const commit = useCommitImport();
  const refusal = commit.isError ? commitRefusal(commit.error, t) : null;
  return (
    <>
      <p>{t('imports.commitHint')}</p>
      <button
        type="button"
        className="button button-primary"
        disabled={commit.isPending}
        onClick={() => commit.mutate({ id: dryRun.id, version: dryRun.version }, { onSuccess: onCommitted })}
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
