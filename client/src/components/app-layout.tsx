import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';
import { useAuth } from '@/lib/auth/auth-context';
import { useExtensions } from '@/lib/features/extensions-context';
import { visibleTo } from '@/lib/features/types';
import { roleLabel } from '@/lib/status-labels';
import { LanguageSwitch } from './language-switch';
import { NavMenu } from './nav-menu';
import { LoadingState } from './states';

export function AppLayout() {
  const { t } = useTranslation();
  const { session, signOut } = useAuth();
  const { nav } = useExtensions();
  const visible = visibleTo(nav, session?.user.role);
  const inGroup = (group: 'main' | 'data' | 'admin' | 'account') =>
    visible.filter((entry) => (entry.group ?? 'main') === group).map((entry) => ({ path: entry.path, label: t(entry.labelKey) }));
  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <div className="brand">
            <span className="brand-name">{t('app.name')}</span>
            <span className="brand-tagline">{t('app.tagline')}</span>
          </div>
          <nav className="main-nav" aria-label={t('app.mainNav')}>
            <div className="main-nav-links">
              {inGroup('main').map((entry) => (
                <NavLink key={entry.path} to={entry.path}>
                  {entry.label}
                </NavLink>
              ))}
            </div>
            <NavMenu label={t('app.dataMenu')} items={inGroup('data')} />
            <NavMenu label={t('app.adminMenu')} items={inGroup('admin')} />
          </nav>
          <div className="header-tools">
            <LanguageSwitch />
            {session && (
              <div className="user-box">
                <span className="visually-hidden">{t('app.signedInAs', { name: session.user.name })}</span>
                <span className="user-name" aria-hidden="true">
                  {session.user.name}
                </span>
                <span className="role-badge">{roleLabel(session.user.role, t)}</span>
                {inGroup('account').map((entry) => (
                  <NavLink key={entry.path} to={entry.path} className="account-link">
                    {entry.label}
                  </NavLink>
                ))}
                <button type="button" className="button button-ghost" onClick={signOut}>
                  {t('app.signOut')}
                </button>
              </div>
            )}
          </div>
        </div>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <Suspense fallback={<LoadingState />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
