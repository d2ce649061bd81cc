import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '@/components/form-field';
import { ApiError, toFieldErrors, type FieldErrors } from '@/lib/api/problem-details';
import { useAddRequirementVersion, type AddVersionInput, type Requirement, type RequirementScope } from '../api/requirements';

type Values = {
  effectiveFrom: string;
  effectiveTo: string;
  level: '' | 'required' | 'advisory';
  titleId: string;
  titleEn: string;
  nextStepId: string;
  nextStepEn: string;
  legalBasis: string;
  legalArticle: string;
  note: string;
};

const empty: Values = {
  effectiveFrom: '',
  effectiveTo: '',
  level: '',
  titleId: '',
  titleEn: '',
  nextStepId: '',
  nextStepEn: '',
  legalBasis: '',
  legalArticle: '',
  note: '',
};

/** Limits of AddRequirementVersion's validator, so the form says the same as the server. */
const MAX: Partial<Record<keyof Values, number>> = {
  titleId: 200,
  titleEn: 200,
  nextStepId: 500,
  nextStepEn: 500,
  legalBasis: 400,
  legalArticle: 300,
  note: 1000,
};

type Problem = 'required' | 'toBeforeFrom';

/** The same checks as the server: effectiveFrom and note required, effectiveTo not before effectiveFrom. */
export function checkVersion(v: Values): Partial<Record<keyof Values, Problem>> {
  const problems: Partial<Record<keyof Values, Problem>> = {};
  if (v.effectiveFrom === '') problems.effectiveFrom = 'required';
  if (v.note.trim() === '') problems.note = 'required';
  if (v.effectiveTo !== '' && v.effectiveFrom !== '' && v.effectiveTo < v.effectiveFrom) problems.effectiveTo = 'toBeforeFrom';
  return problems;
}

const optional = (s: string) => (s.trim() === '' ? null : s.trim());

/** Fields left empty are copied by the server from the version in force on effectiveFrom. */
export function toVersionInput(v: Values): AddVersionInput {
  return {
    effectiveFrom: v.effectiveFrom,
    effectiveTo: v.effectiveTo || null,
    level: v.level || null,
    titleId: optional(v.titleId),
    titleEn: optional(v.titleEn),
    nextStepId: optional(v.nextStepId),
    nextStepEn: optional(v.nextStepEn),
    legalBasis: optional(v.legalBasis),
    legalArticle: optional(v.legalArticle),
    note: v.note.trim(),
  };
}

/** Admin: adds a dated version of a requirement (e.g. moves a deadline); the history shows it at once. */
export function AddVersionForm({ requirement, scope, onDone }: { requirement: Requirement; scope: RequirementScope; onDone: () => void }) {
  const { t } = useTranslation();
  const [values, setValues] = useState(empty);
  const [errors, setErrors] = useState<FieldErrors>({});
  const add = useAddRequirementVersion(scope);
  const current = requirement.current ?? requirement.upcoming?.[0] ?? requirement.versions?.at(-1);
  const id = (key: keyof Values) => `rv-${requirement.code}-${key}`;

  function field(key: keyof Values) {
    return {
      id: id(key),
      name: key,
      value: values[key],
      error: errors[key],
      maxLength: MAX[key],
      onChange: (e: { target: { value: string } }) => {
        setValues((c) => ({ ...c, [key]: e.target.value }));
        setErrors((c) => {
          const { [key]: _removed, ...rest } = c;
          return rest;
        });
      },
    };
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const problems = checkVersion(values);
    if (Object.keys(problems).length > 0) {
      const text: Record<Problem, string> = { required: t('requirements.add.errors.required'), toBeforeFrom: t('requirements.add.errors.toBeforeFrom') };
      setErrors(Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, text[p]])));
      return;
    }
    add.mutate(
      { code: requirement.code, body: toVersionInput(values) },
      {
        onSuccess: () => {
          setValues(empty);
          onDone();
        },
        onError: (error) => setErrors(error instanceof ApiError ? toFieldErrors(error.problem) : {}),
      },
    );
  }

  const otherError = add.isError && Object.keys(errors).length === 0 ? t('states.error') : null;
  return (
    <form className="card add-version" onSubmit={submit} noValidate aria-label={t('requirements.add.title', { code: requirement.code })}>
      <h3>{t('requirements.add.title', { code: requirement.code })}</h3>
      <p className="muted small">{t('requirements.add.intro')}</p>
      {otherError && (
        <div className="alert alert-error" role="alert">
          {otherError}
        </div>
      )}
      <div className="form-grid">
        <TextField label={t('requirements.add.effectiveFrom')} required type="date" {...field('effectiveFrom')} />
        <TextField label={t('requirements.add.effectiveTo')} type="date" {...field('effectiveTo')} />
        <SelectField
          label={t('requirements.add.level')}
          {...field('level')}
          options={[
            { value: '', label: t('requirements.add.keep') },
            { value: 'required', label: t('requirements.levels.required') },
            { value: 'advisory', label: t('requirements.levels.advisory') },
          ]}
        />
        <TextField label={t('requirements.add.titleId')} placeholder={current?.titleId} {...field('titleId')} />
        <TextField label={t('requirements.add.titleEn')} placeholder={current?.titleEn} {...field('titleEn')} />
        <TextField label={t('requirements.add.nextStepId')} placeholder={current?.nextStepId} {...field('nextStepId')} />
        <TextField label={t('requirements.add.nextStepEn')} placeholder={current?.nextStepEn} {...field('nextStepEn')} />
        <TextField label={t('requirements.add.legalBasis')} placeholder={current?.legalBasis} {...field('legalBasis')} />
        <TextField label={t('requirements.add.legalArticle')} placeholder={current?.legalArticle ?? ''} {...field('legalArticle')} />
        <TextField label={t('requirements.add.note')} required hint={t('requirements.add.noteHint')} {...field('note')} />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={add.isPending}>
          {add.isPending ? t('requirements.add.saving') : t('requirements.add.submit')}
        </button>
        <button type="button" className="button button-ghost" onClick={onDone}>
          {t('requirements.add.cancel')}
        </button>
      </div>
    </form>
  );
}
