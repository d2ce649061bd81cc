import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useEffectOn } from '@/lib/use-effect-on';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField, TextField } from '@/components/form-field';
import { KecamatanSelect } from '@/components/kecamatan-select';
import { KelurahanSelect } from '@/components/kelurahan-select';
import { RupiahField } from '@/components/rupiah-field';
import { ApiError, toFieldErrors, type FieldErrors } from '@/lib/api/problem-details';
import type { BusinessInput, BusinessSector, Gender } from '@/lib/api/types';
import { useKecamatan } from '@/lib/reference/list-kecamatan';
import {
  checkFormValues,
  isEntity,
  KBLI_VERSIONS,
  LEGAL_FORMS,
  PKP_STATUSES,
  newKbliRow,
  previewScale,
  toBusinessInput,
  type BusinessFormValues,
  type ClientProblem,
} from '../utils/business-form';
import { genderLabels, label, legalFormLabels, pkpLabels, scaleLabels, sectorLabels } from './labels';

type Props = {
  initial: BusinessFormValues;
  onSubmit: (input: BusinessInput) => void;
  submitting: boolean;
  /** The last error of the save call: field errors go under their fields, the rest on top. */
  error: unknown;
  submitLabel: string;
  cancelTo: string;
  /** Shown above the form, e.g. "someone else changed this business" with a reload button. */
  notice?: ReactNode;
};

type ScalarField = Exclude<keyof BusinessFormValues, 'kbli'>;

const fieldId = (key: string) => `bf-${key.replace(/\[(\d+)\]\./g, '-$1-')}`;

/** Field errors of a failed save: 400 validation errors by field, a 409 (duplicate NIB) on the NIB. */
function errorsOf(error: unknown, duplicateNib: string): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  if (error.status === 400) {
    // "kelurahan" (no name and no code) is shown on the kelurahan select, whose key is kelurahanCode
    const { kelurahan, ...rest } = toFieldErrors(error.problem);
    return kelurahan && !rest.kelurahanCode ? { ...rest, kelurahanCode: kelurahan } : rest;
  }
  if (error.status === 409) return { nib: duplicateNib };
  return {};
}

export function BusinessForm({ initial, onSubmit, submitting, error, submitLabel, cancelTo, notice }: Props) {
  const { t } = useTranslation();
  const kecamatan = useKecamatan();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [focusFirst, setFocusFirst] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);
  const focusKbliRow = useRef<number | null>(null);

  const problemText: Record<ClientProblem, string> = {
    required: t('businesses.form.errors.required'),
    nikDigits: t('businesses.form.errors.nikDigits'),
    nibDigits: t('businesses.form.errors.nibDigits'),
    npwpDigits: t('businesses.form.errors.npwpDigits'),
    kbliDigits: t('businesses.form.errors.kbliDigits'),
    yearDigits: t('businesses.form.errors.yearDigits'),
    integer: t('businesses.form.errors.integer'),
    deedDateRequired: t('businesses.form.errors.deedDateRequired'),
    deedNumberRequired: t('businesses.form.errors.deedNumberRequired'),
    ossByRequired: t('businesses.form.errors.ossByRequired'),
    nitkuDigits: t('businesses.form.errors.nitkuDigits'),
    nitkuNpwp: t('businesses.form.errors.nitkuNpwp'),
  };

  // A new answer from the API replaces the errors shown and moves focus to the first field at fault.
  useEffectOn(error, () => {
    const fromApi = errorsOf(error, t('businesses.form.errors.duplicateNib'));
    setErrors(fromApi);
    if (Object.keys(fromApi).length > 0) setFocusFirst((n) => n + 1);
  });

  // Visual order of the fields, so "first in error" is the first a sighted user would see.
  const order: string[] = [
    'name', 'nib', 'npwp', 'sector', 'foundedYear', 'fosteredSince', 'kbli',
    ...values.kbli.flatMap((_, i) => [`kbli[${i}].code`, `kbli[${i}].version`]),
    'ownerName', 'ownerNik', 'ownerGender',
    'kecamatanCode', 'kelurahanCode', 'address', 'phone', 'email',
    'employees', 'businessCapitalIdr', 'annualRevenueIdr',
    'legalForm', 'deedNumber', 'deedDate', 'pkpStatus', 'nitku', 'inaprocVerifiedOn', 'ossVerifiedOn', 'ossVerifiedBy',
  ];
  const orderedErrorKeys = [
    ...order.filter((key) => errors[key]),
    ...Object.keys(errors).filter((key) => !order.includes(key)),
  ];

  // only when a submit produced errors
  useEffectOn(focusFirst, () => {
    if (focusFirst === 0) return;
    const first = orderedErrorKeys.find((key) => order.includes(key));
    const element = first ? document.getElementById(fieldId(first === 'kbli' ? 'kbli-add' : first)) : null;
    (element ?? formRef.current?.querySelector<HTMLElement>('.error-summary'))?.focus();
  });

  useEffect(() => {
    if (focusKbliRow.current === null) return;
    document.getElementById(fieldId(`kbli[${focusKbliRow.current}].code`))?.focus();
    focusKbliRow.current = null;
  }, [values.kbli.length]);

  function clearError(...keys: string[]) {
    if (!keys.some((key) => key in errors)) return;
    setErrors((current) => {
      const next = { ...current };
      for (const key of keys) delete next[key];
      return next;
    });
  }

  function set<K extends ScalarField>(key: K, value: BusinessFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    clearError(key);
  }

  function setKbli(index: number, change: { code?: string; version?: string }) {
    setValues((current) => ({
      ...current,
      kbli: current.kbli.map((row, i) => (i === index ? { ...row, ...change } : row)),
    }));
    clearError(`kbli[${index}].code`, `kbli[${index}].version`, 'kbli');
  }

  function addKbli() {
    focusKbliRow.current = values.kbli.length;
    setValues((current) => ({ ...current, kbli: [...current.kbli, newKbliRow()] }));
    clearError('kbli');
  }

  function removeKbli(index: number) {
    setValues((current) => ({ ...current, kbli: current.kbli.filter((_, i) => i !== index) }));
    // row errors are keyed by position: after a removal they no longer point at the right row
    setErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !key.startsWith('kbli'))));
    document.getElementById(fieldId('kbli-add'))?.focus();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkFormValues(values);
    if (Object.keys(problems).length > 0) {
      setErrors(Object.fromEntries(Object.entries(problems).map(([key, problem]) => [key, problemText[problem]])));
      setFocusFirst((n) => n + 1);
      return;
    }
    setErrors({});
    onSubmit(toBusinessInput(values));
  }

  const fieldLabels: Record<string, string> = {
    name: t('businesses.detail.fields.name'),
    nib: t('businesses.detail.fields.nib'),
    npwp: t('businesses.detail.fields.npwp'),
    sector: t('businesses.detail.fields.sector'),
    foundedYear: t('businesses.detail.fields.foundedYear'),
    fosteredSince: t('businesses.detail.fields.fosteredSince'),
    kbli: t('businesses.detail.fields.kbli'),
    ownerName: t('businesses.detail.fields.ownerName'),
    ownerNik: t('businesses.detail.fields.ownerNik'),
    ownerGender: t('businesses.detail.fields.ownerGender'),
    kecamatanCode: t('businesses.detail.fields.kecamatan'),
    kelurahan: t('businesses.detail.fields.kelurahan'),
    kelurahanCode: t('businesses.detail.fields.kelurahan'),
    address: t('businesses.detail.fields.address'),
    phone: t('businesses.detail.fields.phone'),
    email: t('businesses.detail.fields.email'),
    employees: t('businesses.detail.fields.employees'),
    businessCapitalIdr: t('businesses.detail.fields.businessCapitalIdr'),
    annualRevenueIdr: t('businesses.detail.fields.annualRevenueIdr'),
    legalForm: t('businesses.detail.fields.legalForm'),
    deedNumber: t('businesses.detail.fields.deedNumber'),
    deedDate: t('businesses.detail.fields.deedDate'),
    pkpStatus: t('businesses.detail.fields.pkpStatus'),
    nitku: t('businesses.detail.fields.nitku'),
    inaprocVerifiedOn: t('businesses.detail.fields.inaprocVerifiedOn'),
    ossVerifiedOn: t('businesses.detail.fields.ossVerifiedOn'),
    ossVerifiedBy: t('businesses.detail.fields.ossVerifiedBy'),
  };
  values.kbli.forEach((_, i) => {
    fieldLabels[`kbli[${i}].code`] = t('businesses.form.kbliCodeLabel', { row: i + 1 });
    fieldLabels[`kbli[${i}].version`] = t('businesses.form.kbliVersionLabel', { row: i + 1 });
  });

  // Errors that belong to no field (a 500, the network, a 404) are shown on top; a 412 is the page's notice.
  const otherError =
    error && Object.keys(errorsOf(error, '-')).length === 0 && !(error instanceof ApiError && error.status === 412)
      ? error instanceof ApiError
        ? error.problem?.detail || error.problem?.title || t('states.error')
        : t('states.networkError')
      : null;

  const text = (key: ScalarField) => ({
    id: fieldId(key),
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as never),
  });

  const capital = Number(values.businessCapitalIdr || 0);
  const revenue = Number(values.annualRevenueIdr || 0);
  const scale = previewScale(capital, revenue);
  const scaleText = scale === 'beyond' ? t('businesses.form.scaleBeyond') : label(scaleLabels, scale, t);
  const choose = { value: '', label: t('businesses.form.choose') };

  return (
    <form ref={formRef} className="business-form" onSubmit={submit} noValidate>
      {notice}
      {otherError && (
        <div className="alert alert-error" role="alert">
          {otherError}
        </div>
      )}
      {orderedErrorKeys.length > 0 && (
        <div className="error-summary alert alert-error" role="alert" tabIndex={-1}>
          <h2>{t('businesses.form.summaryTitle', { count: orderedErrorKeys.length })}</h2>
          <ul>
            {orderedErrorKeys.map((key) => (
              <li key={key}>
                {key in fieldLabels ? (
                  <a
                    href={`#${fieldId(key === 'kbli' ? 'kbli-add' : key)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(fieldId(key === 'kbli' ? 'kbli-add' : key))?.focus();
                    }}
                  >
                    {fieldLabels[key]}: {errors[key]}
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
        <legend>{t('businesses.detail.sections.business')}</legend>
        <div className="form-grid">
          <TextField label={fieldLabels.name!} required autoComplete="organization" {...text('name')} />
          <TextField label={fieldLabels.nib!} required inputMode="numeric" maxLength={13} hint={t('businesses.form.hints.nib')} {...text('nib')} />
          <TextField label={fieldLabels.npwp!} inputMode="numeric" hint={t('businesses.form.hints.npwp')} {...text('npwp')} />
          <SelectField
            label={fieldLabels.sector!}
            required
            {...text('sector')}
            options={[choose, ...(Object.keys(sectorLabels) as BusinessSector[]).map((v) => ({ value: v, label: label(sectorLabels, v, t) }))]}
          />
          <TextField label={fieldLabels.foundedYear!} inputMode="numeric" maxLength={4} {...text('foundedYear')} />
          <TextField label={fieldLabels.fosteredSince!} required type="date" {...text('fosteredSince')} />
        </div>
        <fieldset className="kbli-rows">
          <legend>{fieldLabels.kbli}</legend>
          {values.kbli.length === 0 && <p className="muted small">{t('businesses.form.kbliNone')}</p>}
          {values.kbli.map((row, index) => (
            <div className="kbli-row" key={row.key}>
              <TextField
                id={fieldId(`kbli[${index}].code`)}
                label={fieldLabels[`kbli[${index}].code`]!}
                inputMode="numeric"
                maxLength={5}
                value={row.code}
                error={errors[`kbli[${index}].code`]}
                onChange={(e) => setKbli(index, { code: e.target.value })}
              />
              <SelectField
                id={fieldId(`kbli[${index}].version`)}
                label={fieldLabels[`kbli[${index}].version`]!}
                value={row.version}
                error={errors[`kbli[${index}].version`]}
                onChange={(e) => setKbli(index, { version: e.target.value })}
                options={KBLI_VERSIONS.map((v) => ({ value: v, label: t('businesses.form.kbliVersion', { version: v }) }))}
              />
              <button type="button" className="button button-ghost kbli-remove" onClick={() => removeKbli(index)}>
                {t('businesses.form.kbliRemove', { row: index + 1 })}
              </button>
            </div>
          ))}
          {errors.kbli && (
            <p className="field-error" id={`${fieldId('kbli-add')}-error`}>
              {errors.kbli}
            </p>
          )}
          <button
            type="button"
            id={fieldId('kbli-add')}
            className="button button-secondary"
            onClick={addKbli}
            aria-describedby={errors.kbli ? `${fieldId('kbli-add')}-error` : undefined}
          >
            {t('businesses.form.kbliAdd')}
          </button>
        </fieldset>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('businesses.detail.sections.owner')}</legend>
        <div className="form-grid">
          <TextField label={fieldLabels.ownerName!} required autoComplete="off" {...text('ownerName')} />
          <TextField label={fieldLabels.ownerNik!} required inputMode="numeric" maxLength={16} autoComplete="off" hint={t('businesses.form.hints.nik')} {...text('ownerNik')} />
          <SelectField
            label={fieldLabels.ownerGender!}
            required
            {...text('ownerGender')}
            options={[choose, ...(Object.keys(genderLabels) as Gender[]).map((v) => ({ value: v, label: label(genderLabels, v, t) }))]}
          />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('businesses.detail.sections.location')}</legend>
        <div className="form-grid">
          <KecamatanSelect
            label={fieldLabels.kecamatanCode!}
            required
            disabled={kecamatan.isPending}
            hint={kecamatan.isError ? t('businesses.form.kecamatanFailed') : undefined}
            {...text('kecamatanCode')}
            onChange={(e) => {
              // the kelurahan belongs to the kecamatan: another kecamatan needs another kelurahan
              setValues((current) => ({ ...current, kecamatanCode: e.target.value, kelurahanCode: '', kelurahan: '' }));
              clearError('kecamatanCode', 'kelurahanCode', 'kelurahan');
            }}
            blank={choose.label}
            loadingBlank
          />
          <KelurahanSelect
            id={fieldId('kelurahanCode')}
            name="kelurahanCode"
            label={fieldLabels.kelurahan!}
            required
            kecamatanCode={values.kecamatanCode}
            value={values.kelurahanCode}
            unmatchedText={values.kelurahanCode === '' ? values.kelurahan : undefined}
            error={errors.kelurahanCode}
            onChange={(code, name) => {
              setValues((current) => ({ ...current, kelurahanCode: code, kelurahan: name }));
              clearError('kelurahanCode', 'kelurahan');
            }}
          />
          <TextField label={fieldLabels.address!} required autoComplete="street-address" {...text('address')} />
          <TextField label={fieldLabels.phone!} type="tel" autoComplete="tel" hint={t('businesses.form.hints.phone')} {...text('phone')} />
          <TextField label={fieldLabels.email!} type="email" autoComplete="email" {...text('email')} />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('businesses.detail.sections.finance')}</legend>
        <div className="form-grid">
          <TextField label={fieldLabels.employees!} required inputMode="numeric" {...text('employees')} />
          <RupiahField
            id={fieldId('businessCapitalIdr')}
            name="businessCapitalIdr"
            label={fieldLabels.businessCapitalIdr!}
            required
            hint={t('businesses.form.hints.capital')}
            value={values.businessCapitalIdr}
            error={errors.businessCapitalIdr}
            onValueChange={(v) => set('businessCapitalIdr', v)}
          />
          <RupiahField
            id={fieldId('annualRevenueIdr')}
            name="annualRevenueIdr"
            label={fieldLabels.annualRevenueIdr!}
            required
            hint={t('businesses.form.hints.revenue')}
            value={values.annualRevenueIdr}
            error={errors.annualRevenueIdr}
            onValueChange={(v) => set('annualRevenueIdr', v)}
          />
        </div>
        <p className="scale-preview" aria-live="polite">
          {t('businesses.form.scalePreview', { scale: scaleText })}{' '}
          <span className="muted small">
            {revenue > 0 ? t('businesses.form.scaleByRevenue') : t('businesses.form.scaleByCapital')} {t('businesses.form.scaleServer')}
          </span>
        </p>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('businesses.detail.sections.onboarding')}</legend>
        <p className="muted small">{t('businesses.form.onboardingIntro')}</p>
        <div className="form-grid">
          <SelectField
            label={fieldLabels.legalForm!}
            {...text('legalForm')}
            onChange={(e) => {
              // a perorangan business has no deed: its fields go with the choice
              const legalForm = e.target.value as BusinessFormValues['legalForm'];
              setValues((current) => ({ ...current, legalForm, ...(isEntity(legalForm) ? {} : { deedNumber: '', deedDate: '' }) }));
              clearError('legalForm', 'deedNumber', 'deedDate');
            }}
            options={[choose, ...LEGAL_FORMS.map((v) => ({ value: v, label: label(legalFormLabels, v, t) }))]}
          />
          {isEntity(values.legalForm) && (
            <>
              <TextField label={fieldLabels.deedNumber!} maxLength={60} hint={t('businesses.form.hints.deed')} {...text('deedNumber')} />
              <TextField label={fieldLabels.deedDate!} type="date" {...text('deedDate')} />
            </>
          )}
          <SelectField
            label={fieldLabels.pkpStatus!}
            {...text('pkpStatus')}
            options={[choose, ...PKP_STATUSES.map((v) => ({ value: v, label: label(pkpLabels, v, t) }))]}
          />
          <TextField label={fieldLabels.nitku!} inputMode="numeric" maxLength={30} hint={t('businesses.form.hints.nitku')} {...text('nitku')} />
          <TextField label={fieldLabels.inaprocVerifiedOn!} type="date" hint={t('businesses.form.hints.inaproc')} {...text('inaprocVerifiedOn')} />
          <TextField label={fieldLabels.ossVerifiedOn!} type="date" hint={t('businesses.form.hints.oss')} {...text('ossVerifiedOn')} />
          <TextField label={fieldLabels.ossVerifiedBy!} maxLength={150} {...text('ossVerifiedBy')} />
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t('businesses.form.saving') : submitLabel}
        </button>
        <Link to={cancelTo} className="button button-ghost">
          {t('businesses.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
