import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/form-field';
import { ApiError } from '@/lib/api/problem-details';
import { useChangeAidStatus } from '../api/aid';
import type { Aid } from '../api/types';

type Problem = { code?: string; missing?: string[]; allowed?: string[] };

/** Deliver (needs handover date and document number) or cancel a planned distribution, with If-Match. */
export function StatusActions({ aid, etag, onReload }: { aid: Aid; etag: string; onReload: () => void }) {
  const { t } = useTranslation();
  const change = useChangeAidStatus(aid.id);
  const [mode, setMode] = useState<'none' | 'deliver' | 'cancel'>('none');
  const [handedOverOn, setHandedOverOn] = useState(aid.handedOverOn ?? '');
  const [documentNumber, setDocumentNumber] = useState(aid.handoverDocumentNumber ?? '');
  if (aid.status !== 'planned') return null;

  const fieldNames: Record<string, string> = {
    handedOverOn: t('aid.fields.handedOverOn'),
    handoverDocumentNumber: t('aid.fields.handoverDocumentNumber'),
  };
  const error = change.error;
  const problem: (Problem & { detail?: string | null }) | null = error instanceof ApiError ? error.problem : null;
  const stale = error instanceof ApiError && error.status === 412;
  const missing = error instanceof ApiError && error.status === 409 && problem?.code === 'handover_incomplete' ? (problem.missing ?? []) : [];

  function deliver(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // empty values go as null: the API answers which parts of the handover record are missing
    change.mutate({ etag, body: { to: 'delivered', handedOverOn: handedOverOn || null, handoverDocumentNumber: documentNumber.trim() || null } });
  }

  return (
    <section className="detail-section aid-actions" aria-labelledby="aid-actions-title">
      <h2 id="aid-actions-title">{t('aid.actions.title')}</h2>
      {stale ? (
        <div className="alert alert-warning" role="alert">
          <p>{t('aid.actions.stale')}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => {
              change.reset();
              onReload();
            }}
          >
            {t('aid.actions.reload')}
          </button>
        </div>
      ) : missing.length > 0 ? (
        <div className="alert alert-error" role="alert">
          <p>{t('aid.actions.missingIntro')}</p>
          <ul>
            {missing.map((name) => (
              <li key={name}>{fieldNames[name] ?? name}</li>
            ))}
          </ul>
        </div>
      ) : error ? (
        <div className="alert alert-error" role="alert">
          {error instanceof ApiError ? problem?.detail || error.message : t('states.networkError')}
        </div>
      ) : null}
      {mode === 'none' && (
        <div className="page-actions">
          <button type="button" className="button button-primary" onClick={() => setMode('deliver')}>
            {t('aid.actions.deliver')}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setMode('cancel')}>
            {t('aid.actions.cancel')}
          </button>
        </div>
      )}
      {mode === 'deliver' && (
        <form className="deliver-form" onSubmit={deliver} noValidate>
          <p className="muted small">{t('aid.actions.deliverHint')}</p>
          <div className="form-grid">
            <TextField
              label={t('aid.fields.handedOverOn')}
              type="date"
              value={handedOverOn}
              error={missing.includes('handedOverOn') ? t('aid.actions.needed') : undefined}
              onChange={(e) => setHandedOverOn(e.target.value)}
            />
            <TextField
              label={t('aid.fields.handoverDocumentNumber')}
              value={documentNumber}
              error={missing.includes('handoverDocumentNumber') ? t('aid.actions.needed') : undefined}
              hint={t('aid.form.hints.documentNumber')}
              onChange={(e) => setDocumentNumber(e.target.value)}
            />
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={change.isPending}>
              {t('aid.actions.confirmDeliver')}
            </button>
            <button
              type="button"
              className="button button-ghost"
              onClick={() => {
                change.reset();
                setMode('none');
              }}
            >
              {t('aid.actions.back')}
            </button>
          </div>
        </form>
      )}
      {mode === 'cancel' && (
        <div className="alert alert-warning" role="alertdialog" aria-labelledby="aid-cancel-question">
          <p id="aid-cancel-question">{t('aid.actions.cancelQuestion')}</p>
          <div className="page-actions">
            <button type="button" className="button button-primary" disabled={change.isPending} onClick={() => change.mutate({ etag, body: { to: 'cancelled' } })}>
              {t('aid.actions.confirmCancel')}
            </button>
            <button
              type="button"
              className="button button-ghost"
              onClick={() => {
                change.reset();
                setMode('none');
              }}
            >
              {t('aid.actions.back')}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
