import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { exportRegistrations, saveBlob, type ExportFormat } from '../api/export-registrations';
import { problemText } from '../utils/problem';

/** Downloads the attendance list with the bearer token (fetched as a blob, then saved). */
export function ExportButtons({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState<ExportFormat | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function download(format: ExportFormat) {
    setBusy(format);
    setError(null);
    try {
      const { blob, fileName } = await exportRegistrations(sessionId, format);
      saveBlob(blob, fileName);
    } catch (e) {
      setError(problemText(e) ?? t('training.export.failed'));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="training-export">
      <div className="page-actions" role="group" aria-label={t('training.export.label')}>
        <button type="button" className="button button-secondary" disabled={busy !== null} onClick={() => void download('csv')}>
          {busy === 'csv' ? t('training.export.busy') : t('training.export.csv')}
        </button>
        <button type="button" className="button button-secondary" disabled={busy !== null} onClick={() => void download('xlsx')}>
          {busy === 'xlsx' ? t('training.export.busy') : t('training.export.xlsx')}
        </button>
      </div>
      {error && (
        <p className="alert alert-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
