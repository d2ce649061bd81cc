import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '@/components/form-field';
import { ApiError, toFieldErrors } from '@/lib/api/problem-details';
import type { TokenResponse } from '@/lib/api/types';
import { useIssueToken } from '../api/issue-token';

export function LoginForm({ onSignedIn }: { onSignedIn: (token: TokenResponse) => void }) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const signIn = useIssueToken({ onSuccess: onSignedIn });

  const error = signIn.error;
  const problem = error instanceof ApiError ? error.problem : null;
  const fieldErrors = toFieldErrors(problem);
  let message: string | null = null;
  if (error) {
    if (error instanceof ApiError) {
      message = problem?.detail || problem?.title || t('auth.failed');
    } else {
      message = t('states.networkError');
    }
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    signIn.mutate({ email: email.trim(), password });
  }

  return (
    <form className="login-form" onSubmit={submit} noValidate>
      {message && (
        <div className="alert alert-error" role="alert">
          {message}
        </div>
      )}
      <TextField
        label={t('auth.email')}
        name="email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={fieldErrors.email}
      />
      <TextField
        label={t('auth.password')}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={fieldErrors.password}
      />
      <button type="submit" className="button button-primary" disabled={signIn.isPending}>
        {signIn.isPending ? t('auth.submitting') : t('auth.submit')}
      </button>
    </form>
  );
}
