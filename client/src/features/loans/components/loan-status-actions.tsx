import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/form-field';
import { RupiahField } from '@/components/rupiah-field';
import { ApiError, toFieldErrors } from '@/lib/api/problem-details';
import { useChangeLoanStatus } from '../api/loans';
import type { Loan, LoanStatus } from '../api/types';
import { label, NEXT_STATUSES, statusLabels } from './labels';

/** Only the moves the API allows from the current status; each asks for what that move needs. */
export function LoanStatusActions({ loan, etag, onReload }: { loan: Loan; etag: string; onReload: () => void }) {
  const { t } = useTranslation();
  const change = useChangeLoanStatus(loan.id);
  const [to, setTo] = useState<LoanStatus | null>(null);
  const [on, setOn] = useState('');
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [localError, setLocalError] = useState<string | null>(null);
  const next = NEXT_STATUSES[loan.status];
  if (next.length === 0) return null;

  const actionLabels: Record<LoanStatus, string> = {
    referred: '',
    submitted: t('loans.actions.toSubmitted'),
    approved: t('loans.actions.toApproved'),
    rejected: t('loans.actions.toRejected'),
    disbursed: t('loans.actions.toDisbursed'),
  };
  const error = change.error;
  const stale = error instanceof ApiError && error.status === 412;
  const fieldErrors = error instanceof ApiError && error.status === 400 ? toFieldErrors(error.problem) : {};
  const amountKey = to === 'approved' ? 'amountApprovedIdr' : 'amountDisbursedIdr';
  const otherError =
    error && !stale && Object.keys(fieldErrors).length === 0
      ? error instanceof ApiError
        ? error.problem?.detail || error.message
        : t('states.networkError')
      : null;

  function open(status: LoanStatus) {
    change.reset();
    setLocalError(null);
    setTo(status);
    setOn('');
    setReason('');
    setAmount(status === 'approved' ? String(loan.amountRequestedIdr) : status === 'disbursed' ? String(loan.amountApprovedIdr ?? '') : '');
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!to) return;
    const needsAmount = to === 'approved' || to === 'disbursed';
    if (needsAmount && !(Number(amount) > 0)) {
      setLocalError(t('loans.actions.amountNeeded'));
      return;
    }
    setLocalError(null);
    change.mutate({
      etag,
      body: {
        to,
        on: on || null,
        ...(to === 'approved' ? { amountApprovedIdr: Number(amount) } : {}),
        ...(to === 'disbursed' ? { amountDisbursedIdr: Number(amount) } : {}),
        ...(to === 'rejected' ? { reason: reason.trim() || null } : {}),
      },
    });
  }

  return (
    <section className="detail-section loan-actions" aria-labelledby="loan-actions-title">
      <h2 id="loan-actions-title">{t('loans.actions.title')}</h2>
      <p className="muted small">{t('loans.actions.current', { status: label(statusLabels, loan.status, t) })}</p>
      {stale && (
        <div className="alert alert-warning" role="alert">
          <p>{t('loans.actions.stale')}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              change.reset();
              onReload();
            }}
          >
            {t('loans.actions.reload')}
          </button>
        </div>
      )}
      {otherError && (
        <div className="alert alert-error" role="alert">
          {otherError}
        </div>
      )}
      {!to ? (
        <div className="page-actions">
          {next.map((status) => (
            <button key={status} type="button" className={status === 'rejected' ? 'button button-secondary' : 'button button-primary'} onClick={() => open(status)}>
              {actionLabels[status]}
            </button>
          ))}
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="loan-status-form">
          <h3>{actionLabels[to]}</h3>
          <div className="form-grid">
            {(to === 'approved' || to === 'disbursed') && (
              <RupiahField
                label={to === 'approved' ? t('loans.fields.amountApproved') : t('loans.fields.amountDisbursed')}
                hint={to === 'approved' ? t('loans.actions.approvedHint') : t('loans.actions.disbursedHint')}
                value={amount}
                error={localError ?? fieldErrors[amountKey]}
                onValueChange={(v) => {
                  setAmount(v);
                  setLocalError(null);
                }}
              />
            )}
            {to === 'rejected' && <TextField label={t('loans.fields.rejectionReason')} value={reason} error={fieldErrors.reason} onChange={(e) => setReason(e.target.value)} />}
            <TextField type="date" label={t('loans.actions.on')} hint={t('loans.actions.onHint')} value={on} error={fieldErrors.on} onChange={(e) => setOn(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={change.isPending}>
              {t('loans.actions.save')}
            </button>
            <button
              type="button"
              className="button button-ghost"
              onClick={() => {
                change.reset();
                setTo(null);
              }}
            >
              {t('loans.actions.back')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
