import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatNumber, localeFor } from '@/lib/format';
import type { TrainingSession } from '../api/types';
import { label, topicLabels } from '../utils/labels';
import type { SessionSort } from '../utils/session-list-params';
import { StatusBadge } from '@/components/status-badge';

type Column = 'title' | 'startsAt' | 'capacity';
type Props = { items: TrainingSession[]; sort: SessionSort; onSort: (sort: SessionSort) => void; busy?: boolean };

export function SessionTable({ items, sort, onSort, busy }: Props) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);

  function header(column: Column, text: string) {
    const direction = sort === column ? 'ascending' : sort === `-${column}` ? 'descending' : 'none';
    return (
      <th scope="col" aria-sort={direction}>
        <button type="button" className="sort-button" onClick={() => onSort((sort === column ? `-${column}` : column))}>
          {text}
          <span className="sort-indicator" aria-hidden="true">
            {direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕'}
          </span>
        </button>
      </th>
    );
  }

  return (
    <div className="table-wrap" aria-busy={busy || undefined}>
      <table className="data-table">
        <caption className="visually-hidden">{t('training.list.caption')}</caption>
        <thead>
          <tr>
            {header('title', t('training.columns.title'))}
            <th scope="col">{t('training.columns.topic')}</th>
            {header('startsAt', t('training.columns.startsAt'))}
            <th scope="col">{t('training.columns.kecamatan')}</th>
            <th scope="col">{t('training.columns.status')}</th>
            {header('capacity', t('training.columns.seats'))}
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id}>
              <th scope="row" className="cell-name">
                <Link to={`/training/${encodeURIComponent(s.id)}`}>{s.title}</Link>
                <span className="muted small training-cell-sub">{s.trainer}</span>
              </th>
              <td>{label(topicLabels, s.topic, t)}</td>
              <td>{formatDateTime(s.startsAt, locale)}</td>
              <td>{s.kecamatanName}</td>
              <td>
                <StatusBadge family="training" value={s.status} />
              </td>
              <td>
                {t('training.list.seats', { confirmed: formatNumber(s.confirmedCount, locale), capacity: formatNumber(s.capacity, locale) })}
                {s.waitlistedCount > 0 && (
                  <span className="muted small training-cell-sub">
                    {t('training.list.waitlisted', { n: s.waitlistedCount })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
