import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorState } from '@/components/states';
import { ApiError } from '@/lib/api/problem-details';
import { useChangeExportCaseStage } from '../api/change-export-case-stage';
import type { ExportCase, ExportStage } from '../api/types';
import { needsNote, nextStage, stageConflictOf } from '../utils/stages';
import { documentStatusLabels, label, stageLabels } from './labels';

type Target = { exportCase: ExportCase; etag: string; to: ExportStage };

/**
 * One place for stage moves (board and case page): a move to rejected or withdrawn first asks for
 * the reason; the last move's outcome (done, 409, 412) is kept for <MoveFeedback>.
 */
export function useStageMove() {
  const mutation = useChangeExportCaseStage();
  const [pendingNote, setPendingNote] = useState<Target | null>(null);
  const [last, setLast] = useState<Target | null>(null);

  function move(exportCase: ExportCase, etag: string, to: ExportStage, options: { askNote?: boolean } = {}) {
    if (needsNote(to) || options.askNote) {
      mutation.reset();
      setPendingNote({ exportCase, etag, to });
      return;
    }
    send({ exportCase, etag, to });
  }

  function send(target: Target, note?: string) {
    setPendingNote(null);
    setLast(target);
    mutation.mutate({ id: target.exportCase.id, etag: target.etag, to: target.to, note });
  }

  return {
    move,
    pendingNote,
    confirmNote: (note: string) => pendingNote && send(pendingNote, note),
    cancelNote: () => setPendingNote(null),
    mutation,
    last,
    reset: () => {
      mutation.reset();
      setLast(null);
    },
  };
}

export type StageMover = ReturnType<typeof useStageMove>;

/** "Move to the next stage" plus a menu of every move the API allows: the keyboard alternative to dragging. */
export function MoveControls({ exportCase, etag, mover, describedBy }: { exportCase: ExportCase; etag: string; mover: StageMover; describedBy?: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const next = nextStage(exportCase.stage);
  const allowed = exportCase.allowedStages ?? [];
  const busy = mover.mutation.isPending;
  if (allowed.length === 0) return null;
  const hintId = `${menuId}-next`;
  return (
    <div className="ec-move">
      {next && allowed.includes(next) && (
        <>
          <button
            type="button"
            className="button button-secondary button-small"
            disabled={busy}
            aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
            onClick={() => mover.move(exportCase, etag, next)}
          >
            {t('export-cases.move.next')}
          </button>
          <span id={hintId} className="visually-hidden">
            {t('export-cases.move.nextHint', { stage: label(stageLabels, next, t) })}
          </span>
        </>
      )}
      <button
        type="button"
        className="button button-ghost button-small"
        aria-expanded={open}
        aria-controls={menuId}
        aria-describedby={describedBy}
        onClick={() => setOpen((v) => !v)}
      >
        {t('export-cases.move.menu')}
      </button>
      {open && (
        <ul id={menuId} className="ec-move-menu plain-list">
          {allowed.map((stage) => (
            <li key={stage}>
              <button
                type="button"
                className="link-button"
                disabled={busy}
                onClick={() => {
                  setOpen(false);
                  mover.move(exportCase, etag, stage, { askNote: true });
                }}
              >
                {stage === 'rejected'
                  ? t('export-cases.move.reject')
                  : stage === 'withdrawn'
                    ? t('export-cases.move.withdraw')
                    : t('export-cases.move.to', { stage: label(stageLabels, stage, t) })}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Asks for the note of a move (required for rejected and withdrawn); focus goes to the note. */
export function MoveNotePanel({ mover }: { mover: StageMover }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const ref = useRef<HTMLTextAreaElement>(null);
  const pending = mover.pendingNote;
  const id = useId();

  useEffect(() => {
    setNote('');
    setError(null);
    if (pending) ref.current?.focus();
  }, [pending]);

  if (!pending) return null;
  const required = needsNote(pending.to);
  const stageName = label(stageLabels, pending.to, t);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (required && !note.trim()) {
      setError(t('export-cases.move.noteRequired'));
      ref.current?.focus();
      return;
    }
    mover.confirmNote(note);
  }

  return (
    <form className="ec-note-panel" aria-labelledby={`${id}-title`} onSubmit={submit} noValidate>
      <h2 id={`${id}-title`} className="ec-note-title">
        {t('export-cases.move.confirmTitle', { business: pending.exportCase.businessName, id: pending.exportCase.id, stage: stageName })}
      </h2>
      <div className={error ? 'field field-invalid' : 'field'}>
        <label htmlFor={`${id}-note`}>{required ? t('export-cases.move.reasonLabel') : t('export-cases.move.noteLabel')}</label>
        <textarea
          id={`${id}-note`}
          ref={ref}
          rows={3}
          value={note}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => {
            setNote(e.target.value);
            setError(null);
          }}
        />
        {error && (
          <p className="field-error" id={`${id}-error`}>
            {error}
          </p>
        )}
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary">
          {t('export-cases.move.confirm', { stage: stageName })}
        </button>
        <button type="button" className="button button-ghost" onClick={mover.cancelNote}>
          {t('export-cases.move.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The outcome of the last move: done, the API's 409 (allowed moves or missing documents), 412 (reload). */
export function MoveFeedback({ mover, onReload }: { mover: StageMover; onReload: () => void }) {
  const { t } = useTranslation();
  const { mutation, last } = mover;
  if (!last) return null;
  const caseName = t('export-cases.caseName', { id: last.exportCase.id, business: last.exportCase.businessName });
  if (mutation.isSuccess) {
    return (
      <div className="alert alert-success" role="status">
        {t('export-cases.move.done', { name: caseName, stage: label(stageLabels, mutation.data.exportCase.stage, t) })}
      </div>
    );
  }
  if (!mutation.isError) return null;
  const error = mutation.error;
  if (error instanceof ApiError && error.status === 412) {
    return (
      <div className="alert alert-warning" role="alert">
        <p>{t('export-cases.move.stale', { name: caseName })}</p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            mover.reset();
            onReload();
          }}
        >
          {t('export-cases.reload')}
        </button>
      </div>
    );
  }
  if (error instanceof ApiError && error.status === 409) {
    const conflict = stageConflictOf(error.problem);
    return (
      <div className="alert alert-error" role="alert">
        <p>
          <strong>{t('export-cases.move.refused', { name: caseName, stage: label(stageLabels, last.to, t) })}</strong>
        </p>
        {conflict.missing.length > 0 ? (
          <>
            <p>{t('export-cases.move.missingIntro')}</p>
            <ul>
              {conflict.missing.map((doc) => (
                <li key={doc.documentId || doc.type}>
                  {doc.name}:{' '}
                  {doc.isExpired
                    ? t('export-cases.documents.expired')
                    : label(documentStatusLabels, doc.status as never, t)}
                </li>
              ))}
            </ul>
            <p>
              <Link to={`/export-cases/${encodeURIComponent(last.exportCase.id)}#documents`}>{t('export-cases.move.openDocuments')}</Link>
            </p>
          </>
        ) : conflict.allowed.length > 0 ? (
          <p>
            {t('export-cases.move.allowed', { stages: conflict.allowed.map((s) => label(stageLabels, s, t)).join(', ') })}
          </p>
        ) : (
          conflict.detail && <p>{conflict.detail}</p>
        )}
      </div>
    );
  }
  return <ErrorState error={error} />;
}
