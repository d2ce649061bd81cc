import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api/problem-details';
import { formatDateTime, formatNumber, localeFor } from '@/lib/format';
import { downloadHandover, useUploadHandover } from '../api/aid';
import type { Aid } from '../api/types';

/** The signed handover record (berita acara serah terima): upload (PDF/PNG/JPEG, 5 MB) and download. */
export function HandoverDocument({ aid, etag, canEdit, onReload }: { aid: Aid; etag: string | null; canEdit: boolean; onReload: () => void }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const upload = useUploadHandover(aid.id);
  const [file, setFile] = useState<File | null>(null);
  const [downloadError, setDownloadError] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const doc = aid.handoverDocument;

  async function download() {
    setDownloadError(false);
    setDownloading(true);
    try {
      const blob = await downloadHandover(aid.id);
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = doc?.fileName ?? 'berita-acara';
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1_000);
    } catch {
      setDownloadError(true);
    } finally {
      setDownloading(false);
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file || !etag) return;
    upload.mutate(
      { etag, file },
      {
        onSuccess: () => {
          setFile(null);
          if (inputRef.current) inputRef.current.value = '';
        },
      },
    );
  }

  const error = upload.error;
  const uploadMessage =
    error instanceof ApiError
      ? error.status === 413
        ? t('aid.handover.tooLarge')
        : error.status === 415
          ? t('aid.handover.unsupported')
          : error.status === 412
            ? t('aid.handover.stale')
            : error.problem?.detail || error.problem?.title || t('states.error')
      : error
        ? t('states.networkError')
        : null;

  return (
    <section className="detail-section" aria-labelledby="aid-handover-title">
      <h2 id="aid-handover-title">{t('aid.handover.title')}</h2>
      {doc ? (
        <p>
          {t('aid.handover.stored', {
            name: doc.fileName,
            size: formatNumber(Math.max(1, Math.round(doc.sizeBytes / 1024)), locale),
            at: formatDateTime(doc.uploadedAt, locale),
          })}{' '}
          <button type="button" className="button button-secondary button-small" onClick={() => void download()} disabled={downloading}>
            {t('aid.handover.download')}
          </button>
        </p>
      ) : (
        <p className="muted">{t('aid.handover.none')}</p>
      )}
      {downloadError && (
        <div className="alert alert-error" role="alert">
          {t('aid.handover.downloadFailed')}
        </div>
      )}
      {canEdit && aid.status !== 'cancelled' && etag && (
        <form className="upload-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor="aid-handover-file">{doc ? t('aid.handover.replace') : t('aid.handover.choose')}</label>
            <input
              ref={inputRef}
              id="aid-handover-file"
              type="file"
              accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
              aria-describedby="aid-handover-hint"
              onChange={(e) => {
                upload.reset();
                setFile(e.target.files?.[0] ?? null);
              }}
            />
            <p className="field-hint" id="aid-handover-hint">
              {t('aid.handover.hint')}
            </p>
          </div>
          <button type="submit" className="button button-primary" disabled={!file || upload.isPending}>
            {upload.isPending ? t('aid.handover.uploading') : t('aid.handover.upload')}
          </button>
        </form>
      )}
      {uploadMessage && (
        <div className="alert alert-error" role="alert">
          <p>{uploadMessage}</p>
          {error instanceof ApiError && error.status === 412 && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => {
                upload.reset();
                onReload();
              }}
            >
              {t('aid.actions.reload')}
            </button>
          )}
        </div>
      )}
      {upload.isSuccess && (
        <div className="alert alert-success" role="status">
          {t('aid.handover.uploaded')}
        </div>
      )}
    </section>
  );
}
