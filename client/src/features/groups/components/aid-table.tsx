import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate, localeFor, formatRupiah } from '@/lib/format';
import type { Aid } from '../api/types';
import { StatusBadge } from '@/components/status-badge';

/** Aid distributions (of a group or reaching a business), newest first as the API gives them. */
export function AidTable({ items, caption, showGroup }: { items: Aid[]; caption: string; showGroup?: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  return (
    <div className="table-wrap">
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('groups.aid.columns.programme')}</th>
            {showGroup && <th scope="col">{t('groups.aid.columns.group')}</th>}
            <th scope="col">{t('groups.aid.columns.budgetYear')}</th>
            <th scope="col">{t('groups.aid.columns.items')}</th>
            <th scope="col" className="num">{t('groups.aid.columns.total')}</th>
            <th scope="col">{t('groups.aid.columns.status')}</th>
            <th scope="col">{t('groups.aid.columns.handedOverOn')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((a) => (
            <tr key={a.id}>
              <th scope="row" className="cell-name">
                <Link to={`/aid/${encodeURIComponent(a.id)}`}>{a.programme}</Link>
              </th>
              {showGroup && (
                <td>
                  <Link to={`/groups/${encodeURIComponent(a.groupId)}`}>{a.groupName}</Link>
                </td>
              )}
              <td>{a.budgetYear}</td>
              <td>{a.items.map((item) => `${item.name} (${item.quantity} ${item.unit})`).join(', ')}</td>
              <td className="num">{formatRupiah(a.totalValueIdr)}</td>
              <td>
                <StatusBadge family="aid" value={a.status} />
              </td>
              <td>{formatDate(a.handedOverOn, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
