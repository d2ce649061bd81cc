import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/states';
import { downloadImportErrors, type ImportJob } from '../api/imports';
import { saveFile } from '../utils/save-file';

/**
 * "Unduh berkas kesalahan": the rows with errors as the spreadsheet that was uploaded (XLSX or CSV),
 * with a column "Kesalahan" saying what to fix; fixed in place, it is uploaded again.
 */
export function ErrorFileDownload({ job }: { job: Pick<ImportJob, 'id' | 'format' | 'fileName' | 'errorCount'> }) {
  const { t, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (job.errorCount === 0) return null;

  async function download() {
    setBusy(true);
    setError(null);
    try {
      const { blob, fileName } = await downloadImportErrors(job, i18n.language);
      saveFile(blob, fileName);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="error-file">
      <p>{t('imports.errorFile.hint')}</p>
      <button type="button" className="button button-secondary" disabled={busy} onClick={() => void download()}>
        {t('imports.errorFile.download', { format: job.format.toUpperCase() })}
      </button>
      {error !== null && <ErrorState error={error} />}
    </div>
  );
}
