import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem-details';
import { useTransitionEkatalog, type TransitionResult } from '../api/ekatalog';
import type { EkatalogStatus } from '../api/types';
import { ALLOWED, needsReason } from '../utils/workflow';
import { actionLabels, label, requirementLabel } from './labels';
import { StatusBadge } from '@/components/status-badge';

type Props = {
  businessId: string;
  status: EkatalogStatus;
  etag: string | null;
  isReady: boolean;
  onDone: (result: TransitionResult) => void;
  onReload: () => void;
};

/** The codes a 409 "not ready" names (problem details extension "missing"). */
function missingOf(error: unknown): string[] {
  if (!(error instanceof ApiError) || error.status !== 409) return [];
  const missing = (error.problem as Record<string, unknown> | null)?.missing;
  return Array.isArray(missing) ? missing.filter((m): m is string => typeof m === 'string') : [];
}

/** Buttons for the steps allowed from the current status; reject and delist ask why. */
export function WorkflowPanel({ businessId, status, etag, isReady, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const transition = useTransitionEkatalog(businessId);
  const [asking, setAsking] = useState<EkatalogStatus | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);

  function go(to: EkatalogStatus, why?: string) {
    if (!etag) return;
    transition.mutate(
      { etag, input: { to, reason: why?.trim() || null } },
      {
        onSuccess: (result) => {
          setAsking(null);
          setReason('');
          onDone(result);
        },
      },
    );
  }

  function submitReason(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!asking) return;
    if (!reason.trim()) {
      setReasonError(t('ekatalog.workflow.reasonRequired'));
      return;
    }
    setReasonError(null);
    go(asking, reason);
  }

  const error = transition.error;
  const stale = error instanceof ApiError && error.status === 412;
  const missing = missingOf(error);
  const allowed = ALLOWED[status] ?? [];

  return (
    <div className="workflow">
      <p>
        {t('ekatalog.workflow.current')}{' '}
        <StatusBadge family="ekatalog" value={status} />
      </p>
      {status === 'preparing' && !isReady && <p className="small muted">{t('ekatalog.workflow.notReadyHint')}</p>}
      {allowed.length > 0 && (
        <div className="workflow-actions" role="group" aria-label={t('ekatalog.workflow.actions')}>
          {allowed.map((to) => (
            <button
              key={to}
              type="button"
              className={to === 'submitted' || to === 'listed' ? 'button button-primary' : 'button button-secondary'}
              disabled={transition.isPending || !etag}
              aria-expanded={needsReason(to) ? asking === to : undefined}
              onClick={() => {
                transition.reset();
                if (needsReason(to)) {
                  setAsking(to);
                  setReasonError(null);
                } else go(to);
              }}
            >
              {label(actionLabels, to, t)}
            </button>
          ))}
        </div>
      )}
      {asking && (
        <form className="reason-form" onSubmit={submitReason} noValidate>
          <div className={reasonError ? 'field field-invalid' : 'field'}>
            <label htmlFor="transition-reason">{t('ekatalog.workflow.reason', { action: label(actionLabels, asking, t) })}</label>
            <textarea
              id="transition-reason"
              rows={3}
              value={reason}
              autoFocus
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? 'transition-reason-error' : undefined}
              onChange={(e) => setReason(e.target.value)}
            />
            {reasonError && (
              <p className="field-error" id="transition-reason-error">
                {reasonError}
              </p>
            )}
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={transition.isPending}>
              {t('ekatalog.workflow.confirm', { action: label(actionLabels, asking, t) })}
            </button>
            <button type="button" className="button button-ghost" onClick={() => setAsking(null)}>
              {t('ekatalog.workflow.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <div className={stale ? 'alert alert-warning' : 'alert alert-error'} role="alert">
          {stale ? (
            <>
              <p>{t('ekatalog.workflow.stale')}</p>
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  transition.reset();
                  onReload();
                }}
              >
                {t('ekatalog.workflow.reload')}
              </button>
            </>
          ) : missing.length > 0 ? (
            <>
              <p>
                <strong>{t('ekatalog.workflow.notReady')}</strong>
              </p>
              <ul>
                {missing.map((code) => (
                  <li key={code}>{requirementLabel(code, t)}</li>
                ))}
              </ul>
              <p className="small">{error instanceof ApiError ? error.problem?.detail : null}</p>
            </>
          ) : error instanceof ApiError ? (
            <p>{error.message}</p>
          ) : (
            <p>{t('states.networkError')}</p>
          )}
        </div>
      )}
    </div>
  );
}
