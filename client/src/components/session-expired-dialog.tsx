import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '@/lib/api/client';
import { ApiError, isProblemDetails } from '@/lib/api/problem-details';
import { abandonSignIn, completeSignIn } from '@/lib/auth/session-renewal';
import { sessionStore } from '@/lib/auth/session-store';
import { toSession } from '@/lib/auth/to-session';
import { TextField } from './form-field';

/**
 * Shown over the page when the session ended and could not be renewed. The page underneath stays
 * as it was (a half-filled form keeps its input); its waiting requests go on after signing in.
 */
export function SessionExpiredDialog({ onSignOut }: { onSignOut: () => void }) {
  const { t } = useTranslation();
  const email = sessionStore.get()?.user.email ?? '';
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const node = dialog.current;
    if (node && !node.open) {
      if (typeof node.showModal === 'function') node.showModal();
      else node.setAttribute('open', '');
    }
  }, []);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await api.POST('/api/v1/auth/token', { body: { email, password, useRefreshCookie: true } });
      if (result.response.ok && result.data) {
        completeSignIn(toSession(result.data));
        return;
      }
      const problem = isProblemDetails(result.error) ? result.error : null;
      setError(problem?.detail || problem?.title || t('session.failed'));
    } catch (e) {
      setError(e instanceof ApiError ? t('session.failed') : t('states.networkError'));
    } finally {
      setPending(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="session-dialog"
      aria-labelledby="session-dialog-title"
      onCancel={(e) => e.preventDefault()}
    >
      <form className="login-form" onSubmit={submit} noValidate>
        <h2 id="session-dialog-title">{t('session.expiredTitle')}</h2>
        <p>{t('session.expiredText')}</p>
        {error && (
          <div className="alert alert-error" role="alert">
            {error}
          </div>
        )}
        <TextField label={t('session.email')} name="email" type="email" autoComplete="username" value={email} readOnly />
        <TextField
          label={t('session.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className="session-dialog-actions">
          <button type="submit" className="button button-primary" disabled={pending || password === ''}>
            {pending ? t('session.submitting') : t('session.submit')}
          </button>
          <button
            type="button"
            className="button button-ghost"
            onClick={() => {
              abandonSignIn();
              onSignOut();
            }}
          >
            {t('app.signOut')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
