import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { SelectField, TextField } from '@/components/form-field';
import { ErrorState } from '@/components/states';
import { ApiError, toFieldErrors, type FieldErrors } from '@/lib/api/problem-details';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useCreateUser } from '../api/create-user';
import { roleValues } from '../api/types';
import { roleLabel } from '../components/labels';
import '../users.css';

/** 400: the API's field errors (password policy, e-mail format); 409: the e-mail is taken. */
export function createErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError)) return {};
  if (error.status === 400) return toFieldErrors(error.problem);
  if (error.status === 409) return { email: error.problem?.detail || error.problem?.title || error.message };
  return {};
}

export default function UserCreatePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateUser();
  const [values, setValues] = useState({ email: '', name: '', role: 'officer', password: '' });
  const [required, setRequired] = useState<FieldErrors>({});
  useDocumentTitle(t('users.create.title'));

  const fromApi = createErrors(create.error);
  const errors = { ...fromApi, ...required };
  const other = create.error && Object.keys(fromApi).length === 0;

  function set(key: keyof typeof values, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    setRequired((current) => {
      const next = { ...current };
      delete next[key];
      return next;
    });
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing: FieldErrors = {};
    for (const key of ['email', 'name', 'password'] as const) {
      if (!values[key].trim()) missing[key] = t('users.errors.required');
    }
    setRequired(missing);
    if (Object.keys(missing).length > 0) return;
    create.mutate(
      { email: values.email.trim(), name: values.name.trim(), role: values.role, password: values.password },
      { onSuccess: (created) => void navigate(`/users/${encodeURIComponent(created.user.id)}`, { state: { created: true } }) },
    );
  }

  return (
    <div className="page">
      <p>
        <Link to="/users" className="back-link">
          ← {t('users.back')}
        </Link>
      </p>
      <h1>{t('users.create.title')}</h1>
      {other && <ErrorState error={create.error} />}
      <form className="admin-form" onSubmit={submit} noValidate>
        <TextField
          label={t('users.fields.email')}
          name="email"
          type="email"
          autoComplete="off"
          required
          value={values.email}
          onChange={(e) => set('email', e.target.value)}
          error={errors.email}
        />
        <TextField
          label={t('users.fields.name')}
          name="name"
          required
          value={values.name}
          onChange={(e) => set('name', e.target.value)}
          error={errors.name}
        />
        <SelectField
          label={t('users.fields.role')}
          name="role"
          value={values.role}
          onChange={(e) => set('role', e.target.value)}
          options={roleValues.map((role) => ({ value: role, label: roleLabel(role, t) }))}
          error={errors.role}
        />
        <TextField
          label={t('users.fields.initialPassword')}
          name="password"
          type="password"
          autoComplete="new-password"
          required
          hint={t('users.passwordPolicy')}
          value={values.password}
          onChange={(e) => set('password', e.target.value)}
          error={errors.password}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={create.isPending}>
            {create.isPending ? t('users.saving') : t('users.create.submit')}
          </button>
          <Link to="/users" className="button button-secondary">
            {t('users.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}
