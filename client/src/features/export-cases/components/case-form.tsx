import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useEffectOn } from '@/lib/use-effect-on';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField, TextField } from '@/components/form-field';
import { RupiahField } from '@/components/rupiah-field';
import { ApiError, toFieldErrors, type FieldErrors } from '@/lib/api/problem-details';
import { useAuth } from '@/lib/auth/auth-context';
import { localeFor } from '@/lib/format';
import { useAssignableStaff, useBusinessSearch } from '../api/lookups';
import { checkCaseValues, type CaseFormValues, type ClientProblem } from '../utils/case-form';
import { countryOptions } from '../utils/countries';
import { COMMODITIES, commodityLabels, label, UNITS, unitLabels } from './labels';

type Props = {
  mode: 'create' | 'edit';
  initial: CaseFormValues;
  /** The officer now assigned (edit), shown to those who cannot choose. */
  currentOfficerName?: string;
  onSubmit: (values: CaseFormValues) => void;
  submitting: boolean;
  error: unknown;
  submitLabel: string;
  cancelTo: string;
  notice?: ReactNode;
};

const fieldId = (key: string) => `ecf-${key}`;

const ORDER = [
  'businessId', 'commodity', 'hsCode', 'productDescription', 'destinationCountry', 'volume', 'volumeUnit',
  'estimatedValueUsd', 'estimatedValueIdr', 'plannedShipmentOn', 'tppSirNumber', 'assignedOfficerId',
];

function BusinessPicker({
  value,
  name,
  error,
  onPick,
}: {
  value: string;
  name: string;
  error?: string;
  onPick: (id: string, name: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const search = useBusinessSearch(q);

  if (value) {
    return (
      <div className="field">
        <span className="field-label-text" id={`${fieldId('businessId')}-label`}>
          {t('export-cases.fields.business')}
        </span>
        <div className="ec-picked">
          <strong>{name}</strong>
          <button type="button" id={fieldId('businessId')} className="button button-ghost button-small" onClick={() => onPick('', '')}>
            {t('export-cases.form.changeBusiness')}
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={fieldId('businessId')}>{t('export-cases.form.businessSearch')}</label>
      <div className="search-row">
        <input
          id={fieldId('businessId')}
          type="search"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${fieldId('businessId')}-hint${error ? ` ${fieldId('businessId')}-error` : ''}`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              setQ(text.trim());
            }
          }}
        />
        <button type="button" className="button button-secondary" onClick={() => setQ(text.trim())}>
          {t('export-cases.form.searchBusiness')}
        </button>
      </div>
      <p className="field-hint" id={`${fieldId('businessId')}-hint`}>
        {t('export-cases.form.businessHint')}
      </p>
      {error && (
        <p className="field-error" id={`${fieldId('businessId')}-error`}>
          {error}
        </p>
      )}
      <div aria-live="polite">
        {q.length >= 2 && search.isPending && <p className="muted small">{t('states.loading')}</p>}
        {search.isError && <p className="field-error">{t('export-cases.form.searchFailed')}</p>}
        {search.data && search.data.length === 0 && <p className="muted small">{t('export-cases.form.noBusiness')}</p>}
        {search.data && search.data.length > 0 && (
          <ul className="plain-list ec-picker-results" aria-label={t('export-cases.form.results')}>
            {search.data.map((b) => (
              <li key={b.id}>
                <button type="button" className="link-button" onClick={() => onPick(b.id, b.name)}>
                  {t('export-cases.form.pick', { name: b.name, nib: b.nib, kecamatan: b.kecamatanName })}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** Opening or editing a case: the API's field errors under their fields, the first one focused. */
export function CaseForm({ mode, initial, currentOfficerName, onSubmit, submitting, error, submitLabel, cancelTo, notice }: Props) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { session } = useAuth();
  // Officers and admins may assign a case to any active colleague.
  const canAssign = session?.user.role === 'admin' || session?.user.role === 'officer';
  const staff = useAssignableStaff(canAssign);
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [focusFirst, setFocusFirst] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const problemText: Record<ClientProblem, string> = {
    required: t('export-cases.form.errors.required'),
    hsDigits: t('export-cases.form.errors.hsDigits'),
    number: t('export-cases.form.errors.number'),
    decimals2: t('export-cases.form.errors.decimals2'),
    decimals3: t('export-cases.form.errors.decimals3'),
    notIndonesia: t('export-cases.form.errors.notIndonesia'),
  };

  useEffect(() => {
    const fromApi = error instanceof ApiError && error.status === 400 ? toFieldErrors(error.problem) : {};
    setErrors(fromApi);
    if (Object.keys(fromApi).length > 0) setFocusFirst((n) => n + 1);
  }, [error]);

  const orderedKeys = [...ORDER.filter((k) => errors[k]), ...Object.keys(errors).filter((k) => !ORDER.includes(k))];

  useEffectOn(focusFirst, () => {
    if (focusFirst === 0) return;
    const first = orderedKeys.find((k) => ORDER.includes(k));
    const element = first ? document.getElementById(fieldId(first)) : null;
    (element ?? formRef.current?.querySelector<HTMLElement>('.error-summary'))?.focus();
  });

  function set<K extends keyof CaseFormValues>(key: K, value: CaseFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    if (key in errors) {
      setErrors((current) => {
        const next = { ...current };
        delete next[key];
        return next;
      });
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = checkCaseValues(values, { needsBusiness: mode === 'create' });
    if (Object.keys(problems).length > 0) {
      setErrors(Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, problemText[p]])));
      setFocusFirst((n) => n + 1);
      return;
    }
    setErrors({});
    onSubmit(values);
  }

  const labels: Record<string, string> = {
    businessId: t('export-cases.fields.business'),
    commodity: t('export-cases.fields.commodity'),
    hsCode: t('export-cases.fields.hsCode'),
    productDescription: t('export-cases.fields.productDescription'),
    destinationCountry: t('export-cases.fields.destinationCountry'),
    volume: t('export-cases.fields.volume'),
    volumeUnit: t('export-cases.fields.volumeUnit'),
    estimatedValueUsd: t('export-cases.fields.estimatedValueUsd'),
    estimatedValueIdr: t('export-cases.fields.estimatedValueIdr'),
    assignedOfficerId: t('export-cases.fields.assignedOfficer'),
    plannedShipmentOn: t('export-cases.fields.plannedShipmentOn'),
    tppSirNumber: t('export-cases.fields.tppSirNumber'),
  };

  const otherError =
    error && !(error instanceof ApiError && (error.status === 400 || error.status === 412))
      ? error instanceof ApiError
        ? error.problem?.detail || error.problem?.title || t('states.error')
        : t('states.networkError')
      : null;

  const text = (key: Exclude<keyof CaseFormValues, 'estimatedValueIdr'>) => ({
    id: fieldId(key),
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as never),
  });
  const choose = { value: '', label: t('export-cases.form.choose') };

  return (
    <form ref={formRef} className="business-form" onSubmit={submit} noValidate>
      {notice}
      {otherError && (
        <div className="alert alert-error" role="alert">
          {otherError}
        </div>
      )}
      {orderedKeys.length > 0 && (
        <div className="error-summary alert alert-error" role="alert" tabIndex={-1}>
          <h2>{t('export-cases.form.summaryTitle', { n: orderedKeys.length })}</h2>
          <ul>
            {orderedKeys.map((key) => (
              <li key={key}>
                {key in labels ? (
                  <a
                    href={`#${fieldId(key)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(fieldId(key))?.focus();
                    }}
                  >
                    {labels[key]}: {errors[key]}
                  </a>
                ) : (
                  errors[key]
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      <fieldset className="form-section">
        <legend>{t('export-cases.form.sections.export')}</legend>
        {mode === 'create' && (
          <BusinessPicker
            value={values.businessId}
            name={values.businessName}
            error={errors.businessId}
            onPick={(id, name) => {
              setValues((v) => ({ ...v, businessId: id, businessName: name }));
              setErrors((current) => {
                const next = { ...current };
                delete next.businessId;
                return next;
              });
            }}
          />
        )}
        <div className="form-grid">
          <SelectField
            label={labels.commodity!}
            required
            {...text('commodity')}
            options={[choose, ...COMMODITIES.map((c) => ({ value: c, label: label(commodityLabels, c, t) }))]}
          />
          <TextField label={labels.hsCode!} required inputMode="numeric" maxLength={10} hint={t('export-cases.form.hints.hsCode')} {...text('hsCode')} />
          <TextField label={labels.productDescription!} required maxLength={300} {...text('productDescription')} />
          <SelectField label={labels.destinationCountry!} required {...text('destinationCountry')} options={[choose, ...countryOptions(locale)]} />
          <TextField label={labels.volume!} required inputMode="decimal" hint={t('export-cases.form.hints.volume')} {...text('volume')} />
          <SelectField
            label={labels.volumeUnit!}
            required
            {...text('volumeUnit')}
            options={[choose, ...UNITS.map((u) => ({ value: u, label: label(unitLabels, u, t) }))]}
          />
          <TextField label={labels.estimatedValueUsd!} required inputMode="decimal" hint={t('export-cases.form.hints.usd')} {...text('estimatedValueUsd')} />
          <RupiahField
            id={fieldId('estimatedValueIdr')}
            name="estimatedValueIdr"
            label={labels.estimatedValueIdr!}
            required
            value={values.estimatedValueIdr}
            error={errors.estimatedValueIdr}
            onValueChange={(v) => set('estimatedValueIdr', v)}
          />
          <TextField label={labels.plannedShipmentOn!} type="date" hint={t('export-cases.form.hints.plannedShipmentOn')} {...text('plannedShipmentOn')} />
          {values.commodity === 'rubber' ? (
            <TextField label={labels.tppSirNumber!} maxLength={50} hint={t('export-cases.form.hints.tppSirNumber')} {...text('tppSirNumber')} />
          ) : null}
          {canAssign ? (
            <SelectField
              label={labels.assignedOfficerId!}
              disabled={staff.isPending}
              hint={staff.isError ? t('export-cases.form.staffFailed') : t('export-cases.form.hints.officer')}
              {...text('assignedOfficerId')}
              options={[
                { value: mode === 'create' ? '' : initial.assignedOfficerId, label: mode === 'create' ? t('export-cases.form.officerMe') : (currentOfficerName ?? '') },
                ...(staff.data ?? [])
                  .filter((u) => mode === 'create' || u.id !== initial.assignedOfficerId)
                  .map((u) => ({ value: u.id, label: u.name })),
              ]}
            />
          ) : (
            <div className="field">
              <span className="field-label-text">{labels.assignedOfficerId}</span>
              <p>{mode === 'create' ? t('export-cases.form.officerYou', { name: session?.user.name ?? '' }) : currentOfficerName}</p>
            </div>
          )}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t('export-cases.saving') : submitLabel}
        </button>
        <Link to={cancelTo} className="button button-ghost">
          {t('export-cases.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
