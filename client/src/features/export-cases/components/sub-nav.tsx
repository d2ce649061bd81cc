import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import '../export-cases.css';

/** The export area's own pages: board, cases needing attention, reports, new case. */
export function ExportSubNav() {
  const { t } = useTranslation();
  const { session } = useAuth();
  return (
    <nav className="ec-subnav" aria-label={t('export-cases.subnav.label')}>
      <NavLink to="/export-cases" end>
        {t('export-cases.subnav.board')}
      </NavLink>
      <NavLink to="/export-cases/attention">{t('export-cases.subnav.attention')}</NavLink>
      <NavLink to="/export-cases/reports">{t('export-cases.subnav.reports')}</NavLink>
      {hasRole(session?.user.role, EDITOR_ROLES) && <NavLink to="/export-cases/new">{t('export-cases.subnav.new')}</NavLink>}
    </nav>
  );
}
