import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LanguageSwitch } from '@/components/language-switch';
import { useAuth } from '@/lib/auth/auth-context';
import '../catalog.css';

/** The public pages' frame: no staff navigation, a way in for staff. */
export function PublicLayout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const { session } = useAuth();
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <div className="brand">
            <Link to="/katalog" className="brand-name catalog-brand">
              {t('catalog.brand')}
            </Link>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </div>
          <div className="header-tools">
            <LanguageSwitch />
            <Link to={session ? '/' : '/login'} className="button button-ghost catalog-staff-link">
              {session ? t('catalog.toApp') : t('catalog.staffSignIn')}
            </Link>
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
