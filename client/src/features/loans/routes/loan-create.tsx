import { useEffect, useState, type FormEvent } from 'react';
import { useEffectOn } from '@/lib/use-effect-on';
import { labelOptions } from '@/lib/status-labels';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { BusinessPicker, type PickedBusiness } from '@/components/business-picker';
import { SelectField, TextField } from '@/components/form-field';
import { RupiahField } from '@/components/rupiah-field';
import { ApiError, toFieldErrors, type FieldErrors } from '@/lib/api/problem-details';
import { isId } from '@/lib/list-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useBusinessName, useReferLoan } from '../api/loans';
import type { LoanBank, LoanProduct } from '../api/types';
import { bankLabels, productLabels } from '../components/labels';
import { pickerTexts } from '../components/picker-texts';
import '../loans.css';

const fieldId = (key: string) => `lf-${key}`;
const ORDER = ['businessId', 'bank', 'product', 'amountRequestedIdr', 'purpose', 'referredOn'];

function errorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  if (error.status === 400) return toFieldErrors(error.problem);
  if (error.status === 409) return { businessId: error.problem?.detail ?? error.message };
  return {};
}

export default function LoanCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const prefillId = isId(searchParams.get('businessId') ?? '') ? (searchParams.get('businessId') as string) : '';
  const prefill = useBusinessName(prefillId);
  const refer = useReferLoan();
  const [business, setBusiness] = useState<PickedBusiness | null>(null);
  const [bank, setBank] = useState<LoanBank | ''>('');
  const [product, setProduct] = useState<LoanProduct | ''>('');
  const [amount, setAmount] = useState('');
  const [purpose, setPurpose] = useState('');
  const [referredOn, setReferredOn] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  useDocumentTitle(t('loans.form.createTitle'));

  // only when the prefilled business arrives
  useEffectOn(prefill.data, () => {
    if (prefill.data && !business) setBusiness({ id: prefill.data.id, name: prefill.data.name, nib: prefill.data.nib, status: prefill.data.status });
  });

  function focusFirst(found: FieldErrors) {
    const first = ORDER.find((key) => found[key]);
    if (first) document.getElementById(fieldId(first))?.focus();
  }

  useEffect(() => {
    const fromApi = errorsOf(refer.error);
    setErrors(fromApi);
    focusFirst(fromApi);
  }, [refer.error]);

  const clear = (key: string) =>
    setErrors((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const required = t('loans.form.required');
    const problems: FieldErrors = {};
    if (!business) problems.businessId = required;
    if (!bank) problems.bank = required;
    if (!product) problems.product = required;
    if (!(Number(amount) > 0)) problems.amountRequestedIdr = t('loans.form.positive');
    if (!purpose.trim()) problems.purpose = required;
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      focusFirst(problems);
      return;
    }
    refer.mutate(
      { businessId: business!.id, bank: (bank || null)!, product: (product || null)!, amountRequestedIdr: Number(amount), purpose: purpose.trim(), referredOn: referredOn || null },
      { onSuccess: ({ loan }) => void navigate(`/loans/${encodeURIComponent(loan.id)}`, { state: { saved: 'created' } }) },
    );
  }

  const otherError = refer.error && Object.keys(errorsOf(refer.error)).length === 0 ? (refer.error instanceof ApiError ? refer.error.problem?.detail || refer.error.message : t('states.networkError')) : null;
  const choose = { value: '', label: t('loans.form.choose') };
  const cancelTo = prefillId ? `/businesses/${encodeURIComponent(prefillId)}?tab=loans` : '/loans';

  return (
    <div className="page">
      <p>
        <Link to={cancelTo} className="back-link">
          ← {t('loans.backToList')}
        </Link>
      </p>
      <h1>{t('loans.form.createTitle')}</h1>
      <p className="muted">{t('loans.form.intro')}</p>
      <form className="loan-form" onSubmit={submit} noValidate>
        {otherError && (
          <div className="alert alert-error" role="alert">
            {otherError}
          </div>
        )}
        {Object.keys(errors).length > 0 && (
          <div className="alert alert-error" role="alert">
            {t('loans.form.hasErrors')}
          </div>
        )}
        <BusinessPicker
          id={fieldId('businessId')}
          texts={pickerTexts(t, t('loans.fields.business'))}
          value={business}
          onChange={(b) => {
            setBusiness(b);
            clear('businessId');
          }}
          error={errors.businessId}
        />
        <div className="form-grid">
          <SelectField id={fieldId('bank')} label={t('loans.fields.bank')} required value={bank} error={errors.bank} onChange={(e) => { setBank(e.target.value as LoanBank | ''); clear('bank'); }} options={[choose, ...labelOptions(bankLabels, t)]} />
          <SelectField id={fieldId('product')} label={t('loans.fields.product')} required value={product} error={errors.product} onChange={(e) => { setProduct(e.target.value as LoanProduct | ''); clear('product'); }} options={[choose, ...labelOptions(productLabels, t)]} />
          <RupiahField id={fieldId('amountRequestedIdr')} label={t('loans.fields.amountRequested')} required value={amount} error={errors.amountRequestedIdr} onValueChange={(v) => { setAmount(v); clear('amountRequestedIdr'); }} />
          <TextField id={fieldId('referredOn')} type="date" label={t('loans.fields.referredOn')} hint={t('loans.form.referredOnHint')} value={referredOn} error={errors.referredOn} onChange={(e) => { setReferredOn(e.target.value); clear('referredOn'); }} />
        </div>
        <div className="field">
          <label htmlFor={fieldId('purpose')}>{t('loans.fields.purpose')}</label>
          <textarea
            id={fieldId('purpose')}
            rows={3}
            value={purpose}
            aria-invalid={errors.purpose ? true : undefined}
            aria-describedby={errors.purpose ? `${fieldId('purpose')}-error` : undefined}
            onChange={(e) => {
              setPurpose(e.target.value);
              clear('purpose');
            }}
          />
          {errors.purpose && (
            <p className="field-error" id={`${fieldId('purpose')}-error`}>
              {errors.purpose}
            </p>
          )}
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={refer.isPending}>
            {refer.isPending ? t('loans.form.saving') : t('loans.form.create')}
          </button>
          <Link to={cancelTo} className="button button-ghost">
            {t('loans.form.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}
