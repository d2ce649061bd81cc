import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SortHeader } from '@/components/sort-header';
import type { Business } from '@/lib/api/types';
import { label, scaleLabels } from './labels';
import { StatusBadge } from '@/components/status-badge';

type SortableColumn = 'name' | 'nib' | 'scale';

type Props = {
  items: Business[];
  sort: string;
  onSort: (column: string) => void;
  busy?: boolean;
};

const columnLabels: Record<SortableColumn | 'owner' | 'kecamatan' | 'ekatalogStatus', (t: TFunction) => string> = {
  name: (t) => t('businesses.columns.name'),
  owner: (t) => t('businesses.columns.owner'),
  nib: (t) => t('businesses.columns.nib'),
  kecamatan: (t) => t('businesses.columns.kecamatan'),
  scale: (t) => t('businesses.columns.scale'),
  ekatalogStatus: (t) => t('businesses.columns.ekatalogStatus'),
};

function SortableHeader({ column, sort, onSort }: { column: SortableColumn; sort: string; onSort: (column: string) => void }) {
  const { t } = useTranslation();
  return (
    <SortHeader
      column={column}
      label={columnLabels[column](t)}
      sort={sort}
      onSort={onSort}
      ascendingText={t('businesses.sort.ascending')}
      descendingText={t('businesses.sort.descending')}
    />
  );
}

export function BusinessTable({ items, sort, onSort, busy }: Props) {
  const { t } = useTranslation();

  return (
    <div className="table-wrap" aria-busy={busy || undefined}>
      <table className="data-table">
        <caption className="visually-hidden">{t('businesses.caption')}</caption>
        <thead>
          <tr>
            <SortableHeader column="name" sort={sort} onSort={onSort} />
            <th scope="col">{columnLabels.owner(t)}</th>
            <SortableHeader column="nib" sort={sort} onSort={onSort} />
            <th scope="col">{columnLabels.kecamatan(t)}</th>
            <SortableHeader column="scale" sort={sort} onSort={onSort} />
            <th scope="col">{columnLabels.ekatalogStatus(t)}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((b) => (
            <tr key={b.id}>
              <th scope="row" className="cell-name">
                <Link to={`/businesses/${encodeURIComponent(b.id)}`}>{b.name}</Link>
                {b.status === 'inactive' && <span className="badge badge-muted">{t('status.business.inactive')}</span>}
              </th>
              <td>{b.ownerName}</td>
              <td className="mono">{b.nib}</td>
              <td>{b.kecamatanName}</td>
              <td>{label(scaleLabels, b.scale, t)}</td>
              <td>
                <StatusBadge family="ekatalog" value={b.ekatalogStatus} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
