import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BusinessPicker, type PickedBusiness } from '@/components/business-picker';
import { SelectField, TextField } from '@/components/form-field';
import { KecamatanSelect } from '@/components/kecamatan-select';
import { ApiError, toFieldErrors, type FieldErrors } from '@/lib/api/problem-details';
import { labelOptions } from '@/lib/status-labels';
import { useKecamatan } from '@/lib/reference/list-kecamatan';
import type { GroupInput, GroupKind, GroupStatus } from '../api/types';
import { kindLabels, label, statusLabels, statusValues } from './labels';
import { pickerTexts } from './picker-texts';

export type GroupFormValues = {
  name: string;
  kind: GroupKind | '';
  kecamatanCode: string;
  leader: PickedBusiness | null;
  formedOn: string;
  status: GroupStatus;
};

type Props = {
  initial: GroupFormValues;
  /** Status is only changed on an existing group (a new one starts active). */
  showStatus?: boolean;
  onSubmit: (input: GroupInput) => void;
  submitting: boolean;
  error: unknown;
  submitLabel: string;
  cancelTo: string;
  notice?: ReactNode;
};

const fieldId = (key: string) => `gf-${key}`;

export function toGroupInput(v: GroupFormValues): GroupInput {
  return {
    name: v.name.trim(),
    kind: (v.kind || null)!, // required: the server answers 400 without it
    kecamatanCode: v.kecamatanCode,
    leaderBusinessId: v.leader?.id ?? '',
    formedOn: v.formedOn,
    status: v.status,
  };
}

/** 400: field errors by field; 409 (deactivated leader): the API's detail on the leader field. */
function errorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  if (error.status === 400) {
    const errors = toFieldErrors(error.problem);
    if (errors.leaderBusinessId) errors.leader = errors.leaderBusinessId;
    return errors;
  }
  if (error.status === 409) return { leader: error.problem?.detail ?? error.message };
  return {};
}

export function GroupForm({ initial, showStatus, onSubmit, submitting, error, submitLabel, cancelTo, notice }: Props) {
  const { t } = useTranslation();
  const kecamatan = useKecamatan();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});

  useEffect(() => {
    const fromApi = errorsOf(error);
    setErrors(fromApi);
    const first = ['name', 'kind', 'kecamatanCode', 'leader', 'formedOn', 'status'].find((key) => fromApi[key]);
    if (first) document.getElementById(fieldId(first))?.focus();
  }, [error]);

  function set<K extends keyof GroupFormValues>(key: K, value: GroupFormValues[K]) {
    setValues((current) => ({ ...current, [key]: value }));
    setErrors((current) => {
      if (!(key in current)) return current;
      const next = { ...current };
      delete next[key];
      return next;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldErrors = {};
    const required = t('groups.form.required');
    if (!values.name.trim()) problems.name = required;
    if (!values.kecamatanCode) problems.kecamatanCode = required;
    if (!values.leader) problems.leader = required;
    if (!values.formedOn) problems.formedOn = required;
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      const first = ['name', 'kecamatanCode', 'leader', 'formedOn'].find((key) => problems[key]);
      if (first) document.getElementById(fieldId(first))?.focus();
      return;
    }
    onSubmit(toGroupInput(values));
  }

  const otherError =
    error && Object.keys(errorsOf(error)).length === 0 && !(error instanceof ApiError && error.status === 412)
      ? error instanceof ApiError
        ? error.problem?.detail || error.problem?.title || t('states.error')
        : t('states.networkError')
      : null;
  const choose = { value: '', label: t('groups.form.choose') };

  return (
    <form className="group-form" onSubmit={submit} noValidate>
      {notice}
      {otherError && (
        <div className="alert alert-error" role="alert">
          {otherError}
        </div>
      )}
      {Object.keys(errors).length > 0 && (
        <div className="alert alert-error" role="alert">
          {t('groups.form.hasErrors')}
        </div>
      )}
      <div className="form-grid">
        <TextField id={fieldId('name')} label={t('groups.fields.name')} required value={values.name} error={errors.name} onChange={(e) => set('name', e.target.value)} />
        <SelectField
          id={fieldId('kind')}
          label={t('groups.fields.kind')}
          value={values.kind}
          error={errors.kind}
          onChange={(e) => set('kind', e.target.value as GroupKind | '')}
          options={[choose, ...labelOptions(kindLabels, t)]}
        />
        <KecamatanSelect
          id={fieldId('kecamatanCode')}
          label={t('groups.fields.kecamatan')}
          required
          disabled={kecamatan.isPending}
          value={values.kecamatanCode}
          error={errors.kecamatanCode}
          onChange={(e) => set('kecamatanCode', e.target.value)}
          blank={choose.label}
          loadingBlank
        />
        <TextField
          id={fieldId('formedOn')}
          type="date"
          label={t('groups.fields.formedOn')}
          required
          value={values.formedOn}
          error={errors.formedOn}
          onChange={(e) => set('formedOn', e.target.value)}
        />
        {showStatus && (
          <SelectField
            id={fieldId('status')}
            label={t('groups.fields.status')}
            value={values.status}
            error={errors.status}
            onChange={(e) => set('status', e.target.value as GroupStatus)}
            options={statusValues.map((v) => ({ value: v, label: label(statusLabels, v, t) }))}
          />
        )}
      </div>
      <BusinessPicker id={fieldId('leader')} texts={pickerTexts(t, t('groups.fields.leader'))} value={values.leader} onChange={(v) => set('leader', v)} error={errors.leader} />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t('groups.form.saving') : submitLabel}
        </button>
        <Link to={cancelTo} className="button button-ghost">
          {t('groups.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
