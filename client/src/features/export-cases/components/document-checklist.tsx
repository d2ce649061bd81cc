import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/form-field';
import { ErrorState, LoadingState } from '@/components/states';
import { ApiError, toFieldErrors } from '@/lib/api/problem-details';
import { formatDate, formatDateTime, formatNumber, localeFor } from '@/lib/format';
import { StatusBadge } from '@/components/status-badge';
import {
  downloadExportCaseDocumentFile,
  useExportCaseDocuments,
  useUpdateExportCaseDocument,
  useUploadExportCaseDocumentFile,
} from '../api/documents';
import type { ExportCase, ExportDocument } from '../api/types';
import { ALL_STAGES, isOpenStage } from '../utils/stages';
import { DOCUMENT_STATUSES, documentStatusLabels, label, stageLabels } from './labels';

const SOON_DAYS = 30;

export function ExpiryBadge({ document: d }: { document: ExportDocument }) {
  const { t } = useTranslation();
  if (d.isExpired) return <span className="badge ec-badge-overdue">{t('export-cases.documents.expired')}</span>;
  if (d.expiresInDays != null && d.expiresInDays <= SOON_DAYS)
    return <span className="badge ec-badge-soon">{t('export-cases.documents.expiresIn', { days: d.expiresInDays })}</span>;
  return null;
}

function fileSize(bytes: number, locale: string) {
  return bytes >= 1024 * 1024
    ? `${formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10, locale)} MB`
    : `${formatNumber(Math.max(1, Math.round(bytes / 1024)), locale)} KB`;
}

/** The message for a failed upload: 413 and 415 in our words (with the API's detail), 412 as stale. */
function uploadErrorText(error: unknown, t: (key: string) => string): string {
  if (error instanceof ApiError) {
    if (error.status === 413) return t('export-cases.documents.tooLarge');
    if (error.status === 415) return t('export-cases.documents.unsupported');
    if (error.status === 412) return t('export-cases.documents.stale');
    return error.problem?.detail || error.problem?.title || t('states.error');
  }
  return t('states.networkError');
}

type EditorProps = { document: ExportDocument; onClose: () => void; onReload: () => void };

function DocumentEditor({ document: d, onClose, onReload }: EditorProps) {
  const { t } = useTranslation();
  const update = useUpdateExportCaseDocument(d.caseId);
  const upload = useUploadExportCaseDocumentFile(d.caseId);
  const prefix = `ec-doc-${d.id}`;
  const [values, setValues] = useState({
    status: d.status,
    number: d.number ?? '',
    issuedOn: d.issuedOn ?? '',
    expiresOn: d.expiresOn ?? '',
    note: d.note ?? '',
  });
  const [file, setFile] = useState<File | null>(null);
  const [noFile, setNoFile] = useState(false);
  const [evidenceMissing, setEvidenceMissing] = useState(false);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    statusRef.current?.querySelector('select')?.focus();
  }, []);

  const serverErrors = update.error instanceof ApiError && update.error.status === 400 ? toFieldErrors(update.error.problem) : {};
  const fieldErrors = evidenceMissing ? { ...serverErrors, note: t('export-cases.documents.verifyNeedsEvidence') } : serverErrors;
  const stale = (update.error instanceof ApiError && update.error.status === 412) || (upload.error instanceof ApiError && upload.error.status === 412);
  const otherError =
    update.error && !(update.error instanceof ApiError && (update.error.status === 400 || update.error.status === 412))
      ? update.error instanceof ApiError
        ? update.error.problem?.detail || update.error.problem?.title || t('states.error')
        : t('states.networkError')
      : null;

  /** Saves the document; a chosen file goes up first (the save carries it), then the status with the new version. */
  async function save(event: FormEvent) {
    event.preventDefault();
    // "verified" needs a file or a recorded reason (the server says so too: document_verify_needs_evidence).
    if (values.status === 'verified' && !d.file && !file && !values.note.trim()) {
      setEvidenceMissing(true);
      return;
    }
    setEvidenceMissing(false);
    let current = d;
    if (file) {
      try {
        current = await upload.mutateAsync({ document: d, file });
        setFile(null);
      } catch {
        return; // the upload's error shows under the file field
      }
    }
    update.mutate(
      {
        document: current,
        input: {
          status: values.status,
          number: values.number.trim() || null,
          issuedOn: values.issuedOn || null,
          expiresOn: values.expiresOn || null,
          note: values.note.trim() || null,
        },
      },
      { onSuccess: onClose },
    );
  }

  function send(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setNoFile(true);
      return;
    }
    upload.mutate({ document: d, file }, { onSuccess: () => setFile(null) });
  }

  const set = (key: keyof typeof values) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [key]: e.target.value }));

  return (
    <div className="ec-doc-editor">
      {stale && (
        <div className="alert alert-warning" role="alert">
          <p>{t('export-cases.documents.stale')}</p>
          <button type="button" className="button button-secondary" onClick={onReload}>
            {t('export-cases.reload')}
          </button>
        </div>
      )}
      {otherError && (
        <div className="alert alert-error" role="alert">
          {otherError}
        </div>
      )}
      <form onSubmit={(e) => void save(e)} noValidate aria-label={t('export-cases.documents.editLabel', { name: d.name })}>
        <div className="form-grid">
          <div ref={statusRef}>
            <SelectField
              id={`${prefix}-status`}
              label={t('export-cases.documents.status')}
              value={values.status}
              error={fieldErrors.status}
              onChange={set('status')}
              options={DOCUMENT_STATUSES.map((s) => ({ value: s, label: label(documentStatusLabels, s, t) }))}
            />
          </div>
          <TextField id={`${prefix}-number`} label={t('export-cases.documents.number')} value={values.number} error={fieldErrors.number} onChange={set('number')} />
          <TextField id={`${prefix}-issued`} type="date" label={t('export-cases.documents.issuedOn')} value={values.issuedOn} error={fieldErrors.issuedOn} onChange={set('issuedOn')} />
          <TextField id={`${prefix}-expires`} type="date" label={t('export-cases.documents.expiresOn')} value={values.expiresOn} error={fieldErrors.expiresOn} onChange={set('expiresOn')} />
        </div>
        <div className={fieldErrors.note ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${prefix}-note`}>{t('export-cases.documents.note')}</label>
          <textarea
            id={`${prefix}-note`}
            rows={2}
            value={values.note}
            onChange={set('note')}
            aria-invalid={fieldErrors.note ? true : undefined}
            aria-describedby={fieldErrors.note ? `${prefix}-note-error` : `${prefix}-note-hint`}
          />
          <p className="field-hint" id={`${prefix}-note-hint`}>
            {t('export-cases.documents.noteHint')}
          </p>
          {fieldErrors.note && (
            <p className="field-error" id={`${prefix}-note-error`}>
              {fieldErrors.note}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={update.isPending || upload.isPending}>
            {update.isPending || upload.isPending ? t('export-cases.saving') : t('export-cases.documents.save')}
          </button>
          <button type="button" className="button button-ghost" onClick={onClose}>
            {t('export-cases.documents.close')}
          </button>
        </div>
      </form>
      <form onSubmit={send} noValidate className="ec-upload" aria-label={t('export-cases.documents.uploadLabel', { name: d.name })}>
        <div className={noFile || upload.isError ? 'field field-invalid' : 'field'}>
          <label htmlFor={`${prefix}-file`}>{t('export-cases.documents.file')}</label>
          <input
            id={`${prefix}-file`}
            type="file"
            accept="application/pdf,image/jpeg,image/png,image/webp"
            aria-describedby={`${prefix}-file-hint${upload.isError || noFile ? ` ${prefix}-file-error` : ''}`}
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setNoFile(false);
              upload.reset();
            }}
          />
          <p className="field-hint" id={`${prefix}-file-hint`}>
            {t('export-cases.documents.fileHint')}
          </p>
          {(upload.isError || noFile) && (
            <p className="field-error" id={`${prefix}-file-error`} role="alert">
              {noFile ? t('export-cases.documents.chooseFile') : uploadErrorText(upload.error, t)}
            </p>
          )}
          {upload.isSuccess && (
            <p className="field-hint" role="status">
              {t('export-cases.documents.uploaded')}
            </p>
          )}
        </div>
        <button type="submit" className="button button-secondary" disabled={upload.isPending}>
          {upload.isPending ? t('export-cases.documents.uploading') : t('export-cases.documents.upload')}
        </button>
      </form>
    </div>
  );
}

function DownloadButton({ document: d }: { document: ExportDocument }) {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!d.file) return <span className="muted">—</span>;
  return (
    <>
      <button
        type="button"
        className="link-button"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setFailed(false);
          try {
            await downloadExportCaseDocumentFile(d);
          } catch {
            setFailed(true);
          } finally {
            setBusy(false);
          }
        }}
      >
        {t('export-cases.documents.download', { file: d.file.fileName })}
      </button>
      <span className="muted small"> ({fileSize(d.file.size, localeFor(i18n.language))})</span>
      {failed && (
        <span className="field-error" role="alert">
          {t('export-cases.documents.downloadFailed')}
        </span>
      )}
    </>
  );
}

/** The checklist of every stage, the case's current stage marked; each row editable with If-Match and a file upload. */
export function DocumentChecklist({ exportCase, canEdit }: { exportCase: ExportCase; canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const query = useExportCaseDocuments(exportCase.id);
  const [editing, setEditing] = useState<string | null>(null);
  const [onlyCurrent, setOnlyCurrent] = useState(false);
  const headingId = useId();

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;

  const documents = query.data;
  const groups = ALL_STAGES.map((stage) => ({ stage, docs: documents.filter((d) => d.stage === stage) })).filter(
    (g) => g.docs.length > 0 && (!onlyCurrent || g.stage === exportCase.stage),
  );
  const currentCount = documents.filter((d) => d.stage === exportCase.stage && d.required).length;
  const ended = !isOpenStage(exportCase.stage);

  return (
    <div>
      <p className="muted">
        {currentCount === 0
          ? t('export-cases.documents.noneForStage', { stage: label(stageLabels, exportCase.stage, t) })
          : t('export-cases.documents.forStage', { n: currentCount, stage: label(stageLabels, exportCase.stage, t) })}
      </p>
      <p>
        <button type="button" className="button button-ghost button-small" aria-pressed={onlyCurrent} onClick={() => setOnlyCurrent((v) => !v)}>
          {t('export-cases.documents.onlyCurrent')}
        </button>
      </p>
      {documents.length === 0 && <p className="muted">{t('export-cases.documents.empty')}</p>}
      {groups.map(({ stage, docs }) => {
        const current = stage === exportCase.stage;
        return (
          <div key={stage} className={current ? 'ec-doc-group ec-doc-group-current' : 'ec-doc-group'}>
            <div className="table-wrap">
              <table className="data-table" aria-describedby={headingId}>
                <caption>
                  {label(stageLabels, stage, t)}
                  {current && <span className="badge ec-doc-submitted"> {t('export-cases.documents.currentStage')}</span>}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{t('export-cases.documents.name')}</th>
                    <th scope="col">{t('export-cases.documents.status')}</th>
                    <th scope="col">{t('export-cases.documents.number')}</th>
                    <th scope="col">{t('export-cases.documents.issuedOn')}</th>
                    <th scope="col">{t('export-cases.documents.expiresOn')}</th>
                    <th scope="col">{t('export-cases.documents.file')}</th>
                    {canEdit && !ended && <th scope="col">{t('export-cases.documents.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {docs.map((d) => (
                    <DocumentRows
                      key={d.id}
                      document={d}
                      locale={locale}
                      canEdit={canEdit && !ended}
                      editing={editing === d.id}
                      onEdit={() => setEditing(editing === d.id ? null : d.id)}
                      onClose={() => setEditing(null)}
                      onReload={() => {
                        setEditing(null);
                        void query.refetch();
                      }}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
      <p id={headingId} className="visually-hidden">
        {t('export-cases.documents.tableHint')}
      </p>
    </div>
  );
}

function DocumentRows({
  document: d,
  locale,
  canEdit,
  editing,
  onEdit,
  onClose,
  onReload,
}: {
  document: ExportDocument;
  locale: string;
  canEdit: boolean;
  editing: boolean;
  onEdit: () => void;
  onClose: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <tr data-document-type={d.type}>
        <th scope="row">
          {d.name}
          {!d.required && <span className="muted small"> ({t('export-cases.documents.notRequired')})</span>}
          {d.note && <span className="muted small ec-doc-note"> — {d.note}</span>}
        </th>
        <td>
          <StatusBadge family="document" value={d.status} />
        </td>
        <td className="mono">{d.number ?? '—'}</td>
        <td>{formatDate(d.issuedOn, locale)}</td>
        <td>
          {formatDate(d.expiresOn, locale)} <ExpiryBadge document={d} />
        </td>
        <td>
          <DownloadButton document={d} />
          {d.file && <span className="visually-hidden"> {formatDateTime(d.file.uploadedAt, locale)}</span>}
        </td>
        {canEdit && (
          <td>
            <div className="ec-doc-actions">
              <button type="button" className="button button-secondary button-small" aria-expanded={editing} onClick={onEdit}>
                {t('export-cases.documents.edit')}
                <span className="visually-hidden"> {d.name}</span>
              </button>
            </div>
          </td>
        )}
      </tr>
      {editing && (
        <tr>
          <td colSpan={canEdit ? 7 : 6}>
            <DocumentEditor document={d} onClose={onClose} onReload={onReload} />
          </td>
        </tr>
      )}
    </>
  );
}
