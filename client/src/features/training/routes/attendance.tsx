import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { ApiError, toFieldErrors } from '@/lib/api/problem-details';
import { formatDateTime, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useTrainingSession } from '../api/get-training-session';
import { useAllConfirmed } from '../api/list-registrations';
import { useRecordAttendance } from '../api/record-attendance';
import type { AttendanceItem, Registration } from '../api/types';
import { ExportButtons } from '../components/export-buttons';
import { problemText } from '../utils/problem';
import { percent } from '../utils/time';
import '../training.css';

type Mark = { attended: boolean | null; note: string };

/** Starts from what is recorded already, so saving again never loses earlier marks. */
const initialMarks = (items: Registration[]): Record<string, Mark> =>
  Object.fromEntries(items.map((r) => [r.id, { attended: r.attended ?? null, note: r.outcomeNote ?? '' }]));

export default function AttendancePage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const session = useTrainingSession(id);
  const confirmed = useAllConfirmed(id);
  const save = useRecordAttendance(id);
  const [marks, setMarks] = useState<Record<string, Mark> | null>(null);
  // the registration ids in the order sent: the API's row errors are keyed by position
  const [sentIds, setSentIds] = useState<string[]>([]);
  if (!marks && confirmed.data && !confirmed.isFetching) setMarks(initialMarks(confirmed.data));
  useDocumentTitle(session.data ? t('training.attendance.title', { title: session.data.session.title }) : undefined);

  const backTo = `/training/${encodeURIComponent(id)}`;
  const back = (
    <p>
      <Link to={backTo} className="back-link">
        ← {t('training.form.backToSession')}
      </Link>
    </p>
  );
  if (session.isError || confirmed.isError) {
    return (
      <div className="page">
        {back}
        <ErrorState
          error={session.error ?? confirmed.error}
          onRetry={() => {
            void session.refetch();
            void confirmed.refetch();
          }}
        />
      </div>
    );
  }
  if (!session.data || !confirmed.data || !marks) return <LoadingState />;

  const s = session.data.session;
  const rows = confirmed.data;
  const started = new Date(s.startsAt).getTime() <= Date.now();
  const allowed = s.status === 'completed' || (s.status === 'open' && started);
  const rowErrors = rowErrorsOf(save.error, sentIds);
  const marked = rows.filter((r) => marks[r.id]?.attended !== null && marks[r.id]?.attended !== undefined);

  function set(registrationId: string, change: Partial<Mark>) {
    setMarks((current) => ({ ...current, [registrationId]: { ...current![registrationId]!, ...change } }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const items: AttendanceItem[] = marked.map((r) => ({
      registrationId: r.id,
      attended: marks![r.id]!.attended,
      outcomeNote: marks![r.id]!.note.trim() === '' ? null : marks![r.id]!.note.trim(),
    }));
    setSentIds(items.map((item) => item.registrationId));
    save.mutate(items);
  }

  const result = save.data;
  const rate = result ? percent(result.attended + result.absent > 0 ? result.attended / (result.attended + result.absent) : null, locale) : null;
  const otherError = save.isError && Object.keys(rowErrors).length === 0 ? (problemText(save.error) ?? t('states.error')) : null;

  return (
    <div className="page">
      {back}
      <h1>{t('training.attendance.title', { title: s.title })}</h1>
      <p className="muted">
        {formatDateTime(s.startsAt, locale)} · {s.venue}
      </p>
      {!allowed && (
        <div className="alert alert-warning" role="status">
          {s.status === 'cancelled' ? t('training.attendance.cancelledSession') : t('training.attendance.notStarted')}
        </div>
      )}
      {rows.length === 0 ? (
        <EmptyState>{t('training.attendance.none')}</EmptyState>
      ) : (
        <form className="training-attendance" onSubmit={submit} noValidate>
          <div className="page-actions">
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => setMarks((current) => Object.fromEntries(Object.entries(current!).map(([k, m]) => [k, { ...m, attended: true }])))}
            >
              {t('training.attendance.allAttended')}
            </button>
          </div>
          <ul className="training-checklist">
            {rows.map((r) => {
              const mark = marks[r.id]!;
              const error = rowErrors[r.id];
              return (
                <li key={r.id} className={error ? 'training-check-row field-invalid' : 'training-check-row'}>
                  <fieldset aria-describedby={error ? `att-${r.id}-error` : undefined}>
                    <legend>
                      {r.businessName} <span className="muted small">({r.ownerName})</span>
                    </legend>
                    <div className="training-choice">
                      <label>
                        <input
                          type="radio"
                          name={`att-${r.id}`}
                          checked={mark.attended === true}
                          onChange={() => set(r.id, { attended: true })}
                        />
                        {t('training.attendance.attended')}
                      </label>
                      <label>
                        <input
                          type="radio"
                          name={`att-${r.id}`}
                          checked={mark.attended === false}
                          onChange={() => set(r.id, { attended: false })}
                        />
                        {t('training.attendance.absent')}
                      </label>
                    </div>
                    <div className="field training-note">
                      <label htmlFor={`att-${r.id}-note`}>{t('training.attendance.note', { name: r.businessName })}</label>
                      <input
                        id={`att-${r.id}-note`}
                        type="text"
                        maxLength={1000}
                        value={mark.note}
                        onChange={(e) => set(r.id, { note: e.target.value })}
                      />
                    </div>
                    {error && (
                      <p className="field-error" id={`att-${r.id}-error`}>
                        {error}
                      </p>
                    )}
                  </fieldset>
                </li>
              );
            })}
          </ul>
          <div aria-live="polite">
            {otherError && (
              <div className="alert alert-error" role="alert">
                {otherError}
              </div>
            )}
            {result && (
              <div className="alert alert-success" role="status">
                <p>
                  {t('training.attendance.saved', { attended: result.attended, absent: result.absent, notRecorded: result.notRecorded })}
                </p>
                {rate && <p className="training-rate">{t('training.attendance.rate', { rate })}</p>}
              </div>
            )}
          </div>
          <p className="muted small">{t('training.attendance.marked', { marked: marked.length, total: rows.length })}</p>
          <div className="form-actions">
            <button type="submit" className="button button-primary" disabled={!allowed || save.isPending || marked.length === 0}>
              {save.isPending ? t('training.form.saving') : t('training.attendance.save')}
            </button>
            {result && (
              <button type="button" className="button button-secondary" onClick={() => void navigate(backTo, { state: { saved: 'attendance' } })}>
                {t('training.attendance.backToSession')}
              </button>
            )}
          </div>
        </form>
      )}
      <ExportButtons sessionId={s.id} />
    </div>
  );
}

/** 400 errors keyed "items[2].registrationId" (or "[2].registrationId") shown on that row. */
function rowErrorsOf(error: unknown, sentIds: string[]): Record<string, string> {
  if (!(error instanceof ApiError) || error.status !== 400) return {};
  const result: Record<string, string> = {};
  for (const [key, message] of Object.entries(toFieldErrors(error.problem))) {
    const match = /\[(\d+)\]/.exec(key);
    const id = match ? sentIds[Number(match[1])] : undefined;
    if (id) result[id] = message;
  }
  return result;
}
