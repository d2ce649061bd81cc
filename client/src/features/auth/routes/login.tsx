import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { useAuth } from '@/lib/auth/auth-context';
import { toSession } from '@/lib/auth/to-session';
import { useDocumentTitle } from '@/lib/use-document-title';
import { LoginForm } from '../components/login-form';

/** Only same-app paths are accepted as the place to return to (no open redirect). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login') ? next : '/';
}

export default function LoginPage() {
  const { t } = useTranslation();
  const { session, signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  useDocumentTitle(t('auth.title'));

  if (session) return <Navigate to={next} replace />;

  return (
    <div className="sign-in-page">
      <main id="main" className="sign-in-card">
        <div className="sign-in-top">
          <p className="brand-name">{t('app.name')}</p>
          <LanguageSwitch />
        </div>
        <h1>{t('auth.title')}</h1>
        <p className="muted">{t('auth.intro')}</p>
        <LoginForm
          onSignedIn={(token) => {
            signIn(toSession(token));
            void navigate(next, { replace: true });
          }}
        />
        <p className="muted small">{t('app.tagline')}</p>
      </main>
    </div>
  );
}
