import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import '../export-cases.css';

/** The export area's own pages: board, cases needing attention, reports (the board offers "open a new case"). */
export function ExportSubNav() {
  const { t } = useTranslation();
  return (
    <nav className="ec-subnav" aria-label={t('export-cases.subnav.label')}>
      <NavLink to="/export-cases" end>
        {t('export-cases.subnav.board')}
      </NavLink>
      <NavLink to="/export-cases/attention">{t('export-cases.subnav.attention')}</NavLink>
      <NavLink to="/export-cases/reports">{t('export-cases.subnav.reports')}</NavLink>
    </nav>
  );
}
