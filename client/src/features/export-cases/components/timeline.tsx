import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError, toFieldErrors } from '@/lib/api/problem-details';
import { formatDateTime, localeFor } from '@/lib/format';
import { useAddExportCaseNote, useExportCaseTimeline } from '../api/timeline';
import type { TimelineEntry } from '../api/types';
import { label, stageLabels, timelineKindLabels } from './labels';

function EntryHead({ entry }: { entry: TimelineEntry }) {
  const { t } = useTranslation();
  const kind = label(timelineKindLabels, entry.kind, t);
  if (entry.kind === 'stage_changed' && entry.toStage) {
    return (
      <>
        {kind}: {entry.fromStage ? `${label(stageLabels, entry.fromStage, t)} → ` : ''}
        {label(stageLabels, entry.toStage, t)}
      </>
    );
  }
  // The server writes the entry in the reader's language from its codes (document names, statuses, plots).
  if (entry.text && entry.kind !== 'note') return <>{entry.text}</>;
  return <>{kind}</>;
}

/** Moves, notes and document changes, newest first, with who and when; editors add notes. */
export function Timeline({ caseId, canWrite }: { caseId: string; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const query = useExportCaseTimeline(caseId);
  const add = useAddExportCaseNote(caseId);
  const [note, setNote] = useState('');
  const [clientError, setClientError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!note.trim()) {
      setClientError(t('export-cases.timeline.noteRequired'));
      return;
    }
    setClientError(null);
    add.mutate(note.trim(), { onSuccess: () => setNote('') });
  }

  const apiError = add.error instanceof ApiError && add.error.status === 400 ? toFieldErrors(add.error.problem).note : undefined;
  const error = clientError ?? apiError;

  return (
    <div>
      {canWrite && (
        <form className="ec-timeline-form" onSubmit={submit} noValidate>
          <div className={error ? 'field field-invalid' : 'field'}>
            <label htmlFor="ec-note">{t('export-cases.timeline.newNote')}</label>
            <textarea
              id="ec-note"
              rows={3}
              value={note}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'ec-note-error' : undefined}
              onChange={(e) => {
                setNote(e.target.value);
                setClientError(null);
              }}
            />
            {error && (
              <p className="field-error" id="ec-note-error">
                {error}
              </p>
            )}
          </div>
          {add.isError && !apiError && <ErrorState error={add.error} />}
          <div className="form-actions">
            <button type="submit" className="button button-secondary" disabled={add.isPending}>
              {add.isPending ? t('export-cases.saving') : t('export-cases.timeline.addNote')}
            </button>
          </div>
          {add.isSuccess && (
            <p className="field-hint" role="status">
              {t('export-cases.timeline.noteAdded')}
            </p>
          )}
        </form>
      )}
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <p className="muted">{t('export-cases.timeline.empty')}</p>
      ) : (
        <ol className="ec-timeline" reversed>
          {[...query.data].reverse().map((entry) => (
            <li key={entry.id} data-kind={entry.kind}>
              <p className="ec-timeline-head">
                <EntryHead entry={entry} />
              </p>
              <p className="muted small">
                {formatDateTime(entry.occurredAt, locale)}
                {entry.actorName ? ` · ${entry.actorName}` : ''}
              </p>
              {entry.note && <p className="ec-timeline-note">{entry.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
