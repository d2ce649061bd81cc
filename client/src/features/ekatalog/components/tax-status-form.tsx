import { forwardRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/form-field';
import { ApiError, toFieldErrors } from '@/lib/api/problem-details';
import { formatDate, localeFor } from '@/lib/format';
import { useRecordTaxStatus, useTaxStatusChecks } from '../api/ekatalog';
import type { TaxStatus } from '../api/types';
import { todayInMedan } from '../utils/workflow';

type Props = { businessId: string; canEdit: boolean; onRecorded: (status: TaxStatus) => void };

/** KSWP checks (newest first) and, for editors, the form that records a new one. */
export const TaxStatusSection = forwardRef<HTMLHeadingElement, Props>(function TaxStatusSection({ businessId, canEdit, onRecorded }, ref) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const checks = useTaxStatusChecks(businessId);
  const record = useRecordTaxStatus(businessId);
  const [status, setStatus] = useState<TaxStatus | ''>('valid');
  const [checkedOn, setCheckedOn] = useState(todayInMedan());
  const [reference, setReference] = useState('');
  const [required, setRequired] = useState<Record<string, string>>({});

  const apiErrors = record.error instanceof ApiError && record.error.status === 400 ? toFieldErrors(record.error.problem) : {};
  const errors = { ...apiErrors, ...required };
  const otherError =
    record.error && !(record.error instanceof ApiError && record.error.status === 400)
      ? record.error instanceof ApiError
        ? record.error.message
        : t('states.networkError')
      : null;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: Record<string, string> = {};
    if (!status) missing.status = t('ekatalog.tax.required');
    if (!checkedOn) missing.checkedOn = t('ekatalog.tax.required');
    setRequired(missing);
    if (Object.keys(missing).length > 0 || !status) return;
    record.mutate(
      { status, checkedOn, reference: reference.trim() || null },
      {
        onSuccess: () => {
          setReference('');
          onRecorded(status);
        },
      },
    );
  }

  return (
    <section className="tax-status" aria-labelledby="tax-status-title">
      <h3 id="tax-status-title" ref={ref} tabIndex={-1}>
        {t('ekatalog.tax.title')}
      </h3>
      <p className="muted small">{t('ekatalog.tax.intro')}</p>
      {canEdit && (
        <form className="tax-form" onSubmit={submit} noValidate>
          {otherError && (
            <div className="alert alert-error" role="alert">
              {otherError}
            </div>
          )}
          <div className="form-grid">
            <SelectField
              id="tax-status"
              label={t('ekatalog.tax.status')}
              value={status}
              error={errors.status}
              onChange={(e) => setStatus(e.target.value as TaxStatus | '')}
              options={[
                { value: 'valid', label: t('ekatalog.tax.valid') },
                { value: 'invalid', label: t('ekatalog.tax.invalid') },
              ]}
            />
            <TextField
              id="tax-checked-on"
              label={t('ekatalog.tax.checkedOn')}
              type="date"
              value={checkedOn}
              error={errors.checkedOn}
              onChange={(e) => setCheckedOn(e.target.value)}
            />
            <TextField
              id="tax-reference"
              label={t('ekatalog.tax.reference')}
              hint={t('ekatalog.tax.referenceHint')}
              value={reference}
              error={errors.reference}
              onChange={(e) => setReference(e.target.value)}
            />
          </div>
          <button type="submit" className="button button-primary" disabled={record.isPending}>
            {record.isPending ? t('ekatalog.tax.saving') : t('ekatalog.tax.submit')}
          </button>
        </form>
      )}
      {checks.isSuccess && checks.data.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('ekatalog.tax.historyCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ekatalog.tax.checkedOn')}</th>
                <th scope="col">{t('ekatalog.tax.status')}</th>
                <th scope="col">{t('ekatalog.tax.currentUntil')}</th>
                <th scope="col">{t('ekatalog.tax.reference')}</th>
                <th scope="col">{t('ekatalog.tax.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {checks.data.map((c) => (
                <tr key={c.id}>
                  <td>{formatDate(c.checkedOn, locale)}</td>
                  <td>{c.status === 'valid' ? t('ekatalog.tax.valid') : t('ekatalog.tax.invalid')}</td>
                  <td>{formatDate(c.currentUntil, locale)}</td>
                  <td className="mono">{c.reference ?? '—'}</td>
                  <td>{c.recordedByName ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {checks.isSuccess && checks.data.length === 0 && <p className="muted small">{t('ekatalog.tax.none')}</p>}
    </section>
  );
});
