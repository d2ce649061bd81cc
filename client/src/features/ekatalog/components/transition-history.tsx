import { useTranslation } from 'react-i18next';
import { ErrorState, LoadingState } from '@/components/states';
import { formatDateTime, localeFor } from '@/lib/format';
import { useTransitions } from '../api/ekatalog';
import { label, statusLabels } from './labels';

export function TransitionHistory({ businessId }: { businessId: string }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const query = useTransitions(businessId);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data.length === 0) return <p className="muted small">{t('ekatalog.history.none')}</p>;
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{t('ekatalog.history.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ekatalog.history.when')}</th>
            <th scope="col">{t('ekatalog.history.step')}</th>
            <th scope="col">{t('ekatalog.history.reason')}</th>
            <th scope="col">{t('ekatalog.history.by')}</th>
          </tr>
        </thead>
        <tbody>
          {query.data.map((entry) => (
            <tr key={entry.id}>
              <td>{formatDateTime(entry.occurredAt, locale)}</td>
              <td>
                {label(statusLabels, entry.from, t)} → {label(statusLabels, entry.to, t)}
              </td>
              <td>{entry.reason ?? '—'}</td>
              <td>{entry.actorName ?? entry.actorType}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
