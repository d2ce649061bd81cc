import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/form-field';
import { ErrorState } from '@/components/states';
import { ApiError, toFieldErrors, type FieldErrors } from '@/lib/api/problem-details';
import { useAuth } from '@/lib/auth/auth-context';
import { toSession } from '@/lib/auth/to-session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useChangePassword } from '../api/change-password';
import '../users.css';

const EMPTY = { currentPassword: '', newPassword: '', confirm: '' };

/** "Ganti kata sandi": for every signed-in user; the fresh token replaces the in-memory session's. */
export default function ChangePasswordPage() {
  const { t } = useTranslation();
  const { signIn } = useAuth();
  const mutation = useChangePassword();
  const [values, setValues] = useState(EMPTY);
  const [local, setLocal] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);
  useDocumentTitle(t('users.password.title'));

  const apiError = mutation.error instanceof ApiError ? mutation.error : null;
  const fromApi = apiError?.status === 400 ? toFieldErrors(apiError.problem) : {};
  const errors = { ...fromApi, ...local };

  function set(key: keyof typeof EMPTY, value: string) {
    setValues((current) => ({ ...current, [key]: value }));
    setLocal({});
    setDone(false);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: FieldErrors = {};
    if (!values.currentPassword) problems.currentPassword = t('users.errors.required');
    if (!values.newPassword) problems.newPassword = t('users.errors.required');
    else if (values.confirm !== values.newPassword) problems.confirm = t('users.password.mismatch');
    setLocal(problems);
    if (Object.keys(problems).length > 0) return;
    mutation.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: (token) => {
          signIn(toSession(token));
          setValues(EMPTY);
          setDone(true);
        },
      },
    );
  }

  return (
    <div className="page">
      <h1>{t('users.password.title')}</h1>
      <p className="muted">{t('users.password.intro')}</p>
      {done && (
        <div className="alert alert-success" role="status">
          {t('users.password.changed')}
        </div>
      )}
      {mutation.isError && Object.keys(fromApi).length === 0 && <ErrorState error={mutation.error} />}
      <form className="admin-form" onSubmit={submit} noValidate>
        <TextField
          label={t('users.password.current')}
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          value={values.currentPassword}
          onChange={(e) => set('currentPassword', e.target.value)}
          error={errors.currentPassword}
        />
        <TextField
          label={t('users.password.new')}
          name="newPassword"
          type="password"
          autoComplete="new-password"
          hint={t('users.passwordPolicy')}
          value={values.newPassword}
          onChange={(e) => set('newPassword', e.target.value)}
          error={errors.newPassword}
        />
        <TextField
          label={t('users.password.confirm')}
          name="confirm"
          type="password"
          autoComplete="new-password"
          value={values.confirm}
          onChange={(e) => set('confirm', e.target.value)}
          error={errors.confirm}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={mutation.isPending}>
            {mutation.isPending ? t('users.saving') : t('users.password.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}
