import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { SelectField, TextField } from '@/components/form-field';
import { KecamatanSelect } from '@/components/kecamatan-select';
import { ErrorState } from '@/components/states';
import { useDocumentTitle } from '@/lib/use-document-title';
import { exportBusinesses } from '../api/imports';
import { ekatalogLabels, scaleLabels, sectorLabels, statusLabels } from '../components/export-labels';
import { saveFile } from '../utils/save-file';
import {
  ekatalogValues,
  parseExportParams,
  scaleValues,
  sectorValues,
  statusValues,
  toExportQuery,
  toExportSearchParams,
  type ExportParams,
} from '../utils/export-params';
import '../imports.css';

/** "Ekspor": the business list with the same filters as /businesses, as CSV or XLSX. */
export default function ExportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('imports.export.title'));
  const [searchParams, setSearchParams] = useSearchParams();
  const [values, setValues] = useState<ExportParams>(() => parseExportParams(searchParams));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const all = { value: '', label: t('imports.export.all') };

  function set<K extends keyof ExportParams>(key: K, value: ExportParams[K]) {
    setValues((current) => ({ ...current, [key]: value }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const params = { ...values, q: values.q.trim() };
    setSearchParams(toExportSearchParams(params), { replace: true });
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const { blob, fileName } = await exportBusinesses(toExportQuery(params));
      saveFile(blob, fileName);
      setSaved(fileName);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="page">
      <h1>{t('imports.export.title')}</h1>
      <p className="muted">{t('imports.export.intro')}</p>
      <form className="export-form" onSubmit={(e) => void submit(e)}>
        <TextField label={t('imports.export.q')} name="q" type="search" value={values.q} onChange={(e) => set('q', e.target.value)} />
        <KecamatanSelect
          label={t('imports.export.kecamatan')}
          name="kecamatan"
          value={values.kecamatan}
          onChange={(e) => set('kecamatan', e.target.value)}
          blank={all.label}
        />
        <SelectField
          label={t('imports.export.scaleLabel')}
          name="scale"
          value={values.scale}
          onChange={(e) => set('scale', e.target.value as ExportParams['scale'])}
          options={[all, ...scaleValues.map((v) => ({ value: v, label: scaleLabels[v](t) }))]}
        />
        <SelectField
          label={t('imports.export.sectorLabel')}
          name="sector"
          value={values.sector}
          onChange={(e) => set('sector', e.target.value as ExportParams['sector'])}
          options={[all, ...sectorValues.map((v) => ({ value: v, label: sectorLabels[v](t) }))]}
        />
        <SelectField
          label={t('imports.export.statusLabel')}
          name="status"
          value={values.status}
          onChange={(e) => set('status', e.target.value as ExportParams['status'])}
          options={[all, ...statusValues.map((v) => ({ value: v, label: statusLabels[v](t) }))]}
        />
        <SelectField
          label={t('imports.export.ekatalogLabel')}
          name="ekatalogStatus"
          value={values.ekatalogStatus}
          onChange={(e) => set('ekatalogStatus', e.target.value as ExportParams['ekatalogStatus'])}
          options={[all, ...ekatalogValues.map((v) => ({ value: v, label: ekatalogLabels[v](t) }))]}
        />
        <SelectField
          label={t('imports.export.format')}
          name="format"
          value={values.format}
          onChange={(e) => set('format', e.target.value === 'xlsx' ? 'xlsx' : 'csv')}
          options={[
            { value: 'xlsx', label: t('imports.export.xlsx') },
            { value: 'csv', label: t('imports.export.csv') },
          ]}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? t('imports.export.downloading') : t('imports.export.download')}
          </button>
        </div>
      </form>
      <p className="small muted">{t('imports.export.maskNote')}</p>
      {saved && (
        <div className="alert alert-success" role="status">
          {t('imports.export.saved', { fileName: saved })}
        </div>
      )}
      {error !== null && <ErrorState error={error} />}
    </div>
  );
}
