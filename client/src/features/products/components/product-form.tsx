import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useEffectOn } from '@/lib/use-effect-on';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/form-field';
import { RupiahField } from '@/components/rupiah-field';
import { ApiError, toFieldErrors, type FieldErrors } from '@/lib/api/problem-details';
import type { ProductInput } from '../api/types';
import { categoryValues, checkProductForm, toProductInput, type ProductFormValues, type ProductProblem } from '../utils/product-form';
import { categoryLabel } from './labels';

type Props = {
  initial: ProductFormValues;
  onSubmit: (input: ProductInput) => void;
  onCancel: () => void;
  submitting: boolean;
  error: unknown;
  submitLabel: string;
  notice?: ReactNode;
};

type Key = keyof ProductFormValues;
const ORDER: Key[] = [
  'name', 'category', 'description', 'priceIdr', 'unit', 'minimumOrder', 'kbliCode', 'hsCode', 'tkdnPercent',
  'sniNumber', 'isFood', 'halalCertificateNumber', 'halalCertificateExpiresOn', 'pirtNumber', 'bpomNumber', 'isActive',
];
const fieldId = (key: string) => `pf-${key}`;

export function ProductForm({ initial, onSubmit, onCancel, submitting, error, submitLabel, notice }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [focusFirst, setFocusFirst] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const problemText: Record<ProductProblem, string> = {
    required: t('products.form.errors.required'),
    integer: t('products.form.errors.integer'),
    percent: t('products.form.errors.percent'),
  };

  useEffect(() => {
    const fromApi = error instanceof ApiError && error.status === 400 ? toFieldErrors(error.problem) : {};
    setErrors(fromApi);
    if (Object.keys(fromApi).length > 0) setFocusFirst((n) => n + 1);
  }, [error]);

  // only after a submit that produced errors
  useEffectOn(focusFirst, () => {
    if (focusFirst === 0) return;
    const first = ORDER.find((key) => errors[key]);
    (first ? document.getElementById(fieldId(first)) : formRef.current?.querySelector<HTMLElement>('.error-summary'))?.focus();
  });

  function set<K extends Key>(key: K, value: ProductFormValues[K]) {
    // The category decides whether a product is food (issue #16): choosing one sets the checkbox to its
    // default, which stays an override only when the officer changes it afterwards.
    setValues((current) =>
      key === 'category' ? { ...current, category: value as ProductFormValues['category'], isFood: value === 'food_beverage' } : { ...current, [key]: value },
    );
    if (key in errors) setErrors(({ [key]: _, ...rest }) => rest);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkProductForm(values);
    if (Object.keys(problems).length > 0) {
      setErrors(Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, problemText[p]])));
      setFocusFirst((n) => n + 1);
      return;
    }
    setErrors({});
    onSubmit(toProductInput(values));
  }

  const labels: Record<Key, string> = {
    name: t('products.fields.name'),
    category: t('products.fields.category'),
    description: t('products.fields.description'),
    priceIdr: t('products.fields.priceIdr'),
    unit: t('products.fields.unit'),
    minimumOrder: t('products.fields.minimumOrder'),
    kbliCode: t('products.fields.kbliCode'),
    hsCode: t('products.fields.hsCode'),
    tkdnPercent: t('products.fields.tkdnPercent'),
    sniNumber: t('products.fields.sniNumber'),
    halalCertificateNumber: t('products.fields.halalCertificateNumber'),
    halalCertificateExpiresOn: t('products.fields.halalCertificateExpiresOn'),
    pirtNumber: t('products.fields.pirtNumber'),
    bpomNumber: t('products.fields.bpomNumber'),
    isFood: t('products.fields.isFood'),
    isActive: t('products.fields.isActive'),
  };

  const errorKeys = [...ORDER.filter((k) => errors[k]), ...Object.keys(errors).filter((k) => !ORDER.includes(k as Key))];
  const otherError =
    error instanceof ApiError && error.status !== 400 && error.status !== 412
      ? error.problem?.detail || error.problem?.title || t('states.error')
      : error && !(error instanceof ApiError)
        ? t('states.networkError')
        : null;

  const text = (key: Exclude<Key, 'isFood' | 'isActive' | 'priceIdr'>) => ({
    id: fieldId(key),
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as never),
  });
  const checkbox = (key: 'isFood' | 'isActive', hint: string) => (
    <div className="field product-check">
      <label htmlFor={fieldId(key)}>
        <input id={fieldId(key)} type="checkbox" checked={values[key]} onChange={(e) => set(key, e.target.checked)} /> {labels[key]}
      </label>
      <p className="field-hint">{hint}</p>
      {errors[key] && <p className="field-error">{errors[key]}</p>}
    </div>
  );

  return (
    <form ref={formRef} className="product-form" onSubmit={submit} noValidate>
      {notice}
      {otherError && (
        <div className="alert alert-error" role="alert">
          {otherError}
        </div>
      )}
      {errorKeys.length > 0 && (
        <div className="error-summary alert alert-error" role="alert" tabIndex={-1}>
          <h3>{t('products.form.summaryTitle', { count: errorKeys.length })}</h3>
          <ul>
            {errorKeys.map((key) => (
              <li key={key}>
                {key in labels ? `${labels[key as Key]}: ${errors[key]}` : errors[key]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-grid">
        <TextField label={labels.name} required {...text('name')} />
        <SelectField
          label={labels.category}
          required
          {...text('category')}
          options={[
            { value: '', label: t('products.form.choose') },
            ...categoryValues.map((v) => ({ value: v, label: categoryLabel(v, t) })),
          ]}
        />
        <RupiahField
          id={fieldId('priceIdr')}
          label={labels.priceIdr}
          value={values.priceIdr}
          error={errors.priceIdr}
          hint={t('products.form.hints.price')}
          onValueChange={(digits) => set('priceIdr', digits)}
        />
        <TextField label={labels.unit} required hint={t('products.form.hints.unit')} {...text('unit')} />
        <TextField label={labels.minimumOrder} inputMode="numeric" {...text('minimumOrder')} />
        <TextField label={labels.kbliCode} inputMode="numeric" maxLength={5} hint={t('products.form.hints.kbli')} {...text('kbliCode')} />
        <TextField label={labels.hsCode} hint={t('products.form.hints.hs')} {...text('hsCode')} />
        <TextField label={labels.tkdnPercent} inputMode="decimal" hint={t('products.form.hints.tkdn')} {...text('tkdnPercent')} />
        <TextField label={labels.sniNumber} {...text('sniNumber')} />
      </div>
      <div className={errors.description ? 'field field-invalid' : 'field'}>
        <label htmlFor={fieldId('description')}>{labels.description}</label>
        <textarea
          id={fieldId('description')}
          rows={3}
          value={values.description}
          aria-invalid={errors.description ? true : undefined}
          aria-describedby={`${fieldId('description')}-hint${errors.description ? ` ${fieldId('description')}-error` : ''}`}
          onChange={(e) => set('description', e.target.value)}
        />
        <p className="field-hint" id={`${fieldId('description')}-hint`}>
          {t('products.form.hints.description')}
        </p>
        {errors.description && (
          <p className="field-error" id={`${fieldId('description')}-error`}>
            {errors.description}
          </p>
        )}
      </div>
      <fieldset className="form-section">
        <legend>{t('products.form.foodSection')}</legend>
        {checkbox('isFood', t('products.form.hints.isFood'))}
        <div className="form-grid">
          <TextField label={labels.halalCertificateNumber} {...text('halalCertificateNumber')} />
          <TextField label={labels.halalCertificateExpiresOn} type="date" {...text('halalCertificateExpiresOn')} />
          <TextField label={labels.pirtNumber} {...text('pirtNumber')} />
          <TextField label={labels.bpomNumber} {...text('bpomNumber')} />
        </div>
      </fieldset>
      {checkbox('isActive', t('products.form.hints.isActive'))}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t('products.form.saving') : submitLabel}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('products.form.cancel')}
        </button>
      </div>
    </form>
  );
}
