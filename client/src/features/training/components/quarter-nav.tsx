import { useTranslation } from 'react-i18next';
import { localeFor } from '@/lib/format';
import { quarterMonths, quarterText, shiftQuarter, type Quarter } from '../utils/time';

/** "2026-Q4 · Oktober–Desember 2026" with previous / this quarter / next. */
export function QuarterNav({ quarter, current, onChange }: { quarter: Quarter; current: Quarter; onChange: (q: Quarter) => void }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const [first, , last] = quarterMonths(quarter);
  const month = (m: number) => new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(quarter.year, m - 1, 1)));
  const isCurrent = quarterText(quarter) === quarterText(current);
  return (
    <nav className="training-quarter-nav" aria-label={t('training.quarterNav.label')}>
      <button type="button" className="button button-secondary" onClick={() => onChange(shiftQuarter(quarter, -1))}>
        ← {t('training.quarterNav.previous')}
      </button>
      <h2 className="training-quarter-title" aria-live="polite">
        {quarterText(quarter)}{' '}
        <span className="muted small">{t('training.quarterNav.months', { first: month(first), last: month(last), year: quarter.year })}</span>
      </h2>
      <button type="button" className="button button-secondary" onClick={() => onChange(shiftQuarter(quarter, 1))}>
        {t('training.quarterNav.next')} →
      </button>
      {!isCurrent && (
        <button type="button" className="button button-ghost" onClick={() => onChange(current)}>
          {t('training.quarterNav.current')}
        </button>
      )}
    </nav>
  );
}
