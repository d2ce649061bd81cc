import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ALLOWED_MOVES, useChangeTrainingSessionStatus } from '../api/change-training-session-status';
import type { TrainingSession, TrainingStatus } from '../api/types';
import { isStatus, problemText } from '../utils/problem';

type Props = { session: TrainingSession; etag: string | null; onReload: () => void; now?: Date };

/**
 * Only the moves the API allows from the current status; "complete" waits until the session has started.
 * Cancelling asks once more (it cannot be undone).
 */
export function StatusActions({ session, etag, onReload, now = new Date() }: Props) {
  const { t } = useTranslation();
  const change = useChangeTrainingSessionStatus(session.id);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const moves = ALLOWED_MOVES[session.status] ?? [];
  const started = new Date(session.startsAt).getTime() <= now.getTime();
  if (!etag || moves.length === 0) return null;

  const run = (to: TrainingStatus) => {
    setConfirmCancel(false);
    change.mutate({ etag, to });
  };
  const stale = isStatus(change.error, 412);

  return (
    <div className="training-status-actions">
      <div className="page-actions">
        {moves.includes('open') && (
          <button type="button" className="button button-primary" disabled={change.isPending} onClick={() => run('open')}>
            {t('training.actions.open')}
          </button>
        )}
        {moves.includes('completed') && (
          <button
            type="button"
            className="button button-primary"
            disabled={change.isPending || !started}
            aria-describedby={!started ? 'training-complete-hint' : undefined}
            onClick={() => run('completed')}
          >
            {t('training.actions.complete')}
          </button>
        )}
        {moves.includes('cancelled') && !confirmCancel && (
          <button type="button" className="button button-secondary" disabled={change.isPending} onClick={() => setConfirmCancel(true)}>
            {t('training.actions.cancel')}
          </button>
        )}
      </div>
      {moves.includes('completed') && !started && (
        <p className="muted small" id="training-complete-hint">
          {t('training.actions.completeLater')}
        </p>
      )}
      {confirmCancel && (
        <div className="alert alert-warning" role="alert">
          <p>{t('training.actions.cancelConfirm')}</p>
          <div className="page-actions">
            <button type="button" className="button button-primary" onClick={() => run('cancelled')}>
              {t('training.actions.cancelYes')}
            </button>
            <button type="button" className="button button-ghost" onClick={() => setConfirmCancel(false)}>
              {t('training.actions.cancelNo')}
            </button>
          </div>
        </div>
      )}
      {stale && (
        <div className="alert alert-warning" role="alert">
          <p>{t('training.detail.stale')}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              change.reset();
              onReload();
            }}
          >
            {t('training.detail.reload')}
          </button>
        </div>
      )}
      {change.isError && !stale && (
        <div className="alert alert-error" role="alert">
          {problemText(change.error) ?? t('states.error')}
        </div>
      )}
      {change.isSuccess && (
        <div className="alert alert-success" role="status">
          {t('training.actions.changed')}
        </div>
      )}
    </div>
  );
}
