import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useEffectOn } from '@/lib/use-effect-on';
import { labelOptions } from '@/lib/status-labels';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FieldShell, SelectField, TextField, describedBy } from '@/components/form-field';
import { KecamatanSelect } from '@/components/kecamatan-select';
import { ApiError, toFieldErrors, type FieldErrors } from '@/lib/api/problem-details';
import { useKecamatan } from '@/lib/reference/list-kecamatan';
import type { TrainingSessionInput } from '../api/types';
import { topicLabels } from '../utils/labels';
import { isStatus } from '../utils/problem';
import {
  checkSessionValues,
  SESSION_FIELDS,
  suggestedEnd,
  toSessionInput,
  type SessionFormValues,
  type SessionProblem,
} from '../utils/session-form';

type Props = {
  initial: SessionFormValues;
  onSubmit: (input: TrainingSessionInput) => void;
  submitting: boolean;
  /** The last error of the save call: 400 field errors go under their fields, a 409 on top with the API's words. */
  error: unknown;
  submitLabel: string;
  cancelTo: string;
  notice?: ReactNode;
};

const fieldId = (key: string) => `sf-${key}`;

function errorsOf(error: unknown): FieldErrors {
  return error instanceof ApiError && error.status === 400 ? toFieldErrors(error.problem) : {};
}

export function SessionForm({ initial, onSubmit, submitting, error, submitLabel, cancelTo, notice }: Props) {
  const { t } = useTranslation();
  const kecamatan = useKecamatan();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [focusFirst, setFocusFirst] = useState(0);
  const formRef = useRef<HTMLFormElement>(null);

  const problemText: Record<SessionProblem, string> = {
    required: t('training.form.errors.required'),
    capacity: t('training.form.errors.capacity'),
    endBeforeStart: t('training.form.errors.endBeforeStart'),
  };
  const fieldLabels: Record<(typeof SESSION_FIELDS)[number], string> = {
    title: t('training.fields.title'),
    topic: t('training.fields.topic'),
    description: t('training.fields.description'),
    trainer: t('training.fields.trainer'),
    venue: t('training.fields.venue'),
    kecamatanCode: t('training.fields.kecamatan'),
    startsAt: t('training.fields.startsAt'),
    endsAt: t('training.fields.endsAt'),
    capacity: t('training.fields.capacity'),
  };

  useEffect(() => {
    const fromApi = errorsOf(error);
    setErrors(fromApi);
    if (Object.keys(fromApi).length > 0) setFocusFirst((n) => n + 1);
  }, [error]);

  const orderedKeys = [
    ...SESSION_FIELDS.filter((key) => errors[key]),
    ...Object.keys(errors).filter((key) => !(SESSION_FIELDS as readonly string[]).includes(key)),
  ];

  useEffectOn(focusFirst, () => {
    if (focusFirst === 0) return;
    const first = SESSION_FIELDS.find((key) => errors[key]);
    (first ? document.getElementById(fieldId(first)) : formRef.current?.querySelector<HTMLElement>('.error-summary'))?.focus();
  });

  function set<K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) {
    setValues((current) => {
      const next = { ...current, [key]: value };
      // the end follows a new start until the user sets it
      if (key === 'startsAt' && (current.endsAt === '' || current.endsAt === suggestedEnd(current.startsAt))) {
        next.endsAt = suggestedEnd(String(value));
      }
      return next;
    });
    if (key in errors) {
      setErrors((current) => {
        const next = { ...current };
        delete next[key];
        return next;
      });
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems = checkSessionValues(values);
    if (Object.keys(problems).length > 0) {
      setErrors(Object.fromEntries(Object.entries(problems).map(([key, p]) => [key, problemText[p]])));
      setFocusFirst((n) => n + 1);
      return;
    }
    setErrors({});
    onSubmit(toSessionInput(values));
  }

  // Errors of no field (409 closed / capacity below confirmed, 404, network) on top; a 412 is the page's notice.
  const otherError =
    error && Object.keys(errorsOf(error)).length === 0 && !isStatus(error, 412)
      ? error instanceof ApiError
        ? error.problem?.detail || error.problem?.title || t('states.error')
        : t('states.networkError')
      : null;

  const text = (key: keyof SessionFormValues) => ({
    id: fieldId(key),
    name: key,
    value: values[key],
    error: errors[key],
    onChange: (e: { target: { value: string } }) => set(key, e.target.value as never),
  });
  const choose = { value: '', label: t('training.form.choose') };
  const descriptionError = errors.description;

  return (
    <form ref={formRef} className="training-form" onSubmit={submit} noValidate>
      {notice}
      {otherError && (
        <div className="alert alert-error" role="alert">
          {otherError}
        </div>
      )}
      {orderedKeys.length > 0 && (
        <div className="error-summary alert alert-error" role="alert" tabIndex={-1}>
          <h2>{t('training.form.summaryTitle', { count: orderedKeys.length })}</h2>
          <ul>
            {orderedKeys.map((key) => (
              <li key={key}>
                {key in fieldLabels ? (
                  <a
                    href={`#${fieldId(key)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(fieldId(key))?.focus();
                    }}
                  >
                    {fieldLabels[key as keyof typeof fieldLabels]}: {errors[key]}
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
        <legend>{t('training.form.sectionWhat')}</legend>
        <div className="form-grid">
          <TextField label={fieldLabels.title} required maxLength={200} {...text('title')} />
          <SelectField
            label={fieldLabels.topic}
            required
            {...text('topic')}
            options={[choose, ...labelOptions(topicLabels, t)]}
          />
          <TextField label={fieldLabels.trainer} required maxLength={150} {...text('trainer')} />
        </div>
        <FieldShell id={fieldId('description')} label={fieldLabels.description} error={descriptionError}>
          <textarea
            id={fieldId('description')}
            name="description"
            rows={3}
            maxLength={2000}
            value={values.description}
            aria-invalid={descriptionError ? true : undefined}
            aria-describedby={describedBy(`${fieldId('description')}-error`, '', descriptionError)}
            onChange={(e) => set('description', e.target.value)}
          />
        </FieldShell>
      </fieldset>
      <fieldset className="form-section">
        <legend>{t('training.form.sectionWhere')}</legend>
        <div className="form-grid">
          <TextField label={fieldLabels.venue} required maxLength={200} {...text('venue')} />
          <KecamatanSelect
            label={fieldLabels.kecamatanCode}
            required
            disabled={kecamatan.isPending}
            {...text('kecamatanCode')}
            blank={choose.label}
            loadingBlank
          />
          <TextField
            label={fieldLabels.startsAt}
            required
            type="datetime-local"
            hint={t('training.form.hints.wib')}
            {...text('startsAt')}
          />
          <TextField label={fieldLabels.endsAt} required type="datetime-local" hint={t('training.form.hints.wib')} {...text('endsAt')} />
          <TextField
            label={fieldLabels.capacity}
            required
            inputMode="numeric"
            hint={t('training.form.hints.capacity')}
            {...text('capacity')}
          />
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t('training.form.saving') : submitLabel}
        </button>
        <Link to={cancelTo} className="button button-ghost">
          {t('training.form.cancel')}
        </Link>
      </div>
    </form>
  );
}
