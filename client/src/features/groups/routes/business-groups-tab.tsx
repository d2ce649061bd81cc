import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import type { BusinessTabProps } from '@/lib/features/types';
import { formatRupiah } from '@/lib/format';
import { useBusinessAid, useBusinessGroups } from '../api/groups';
import { AidTable } from '../components/aid-table';
import { kindLabels, label, statusLabels } from '../components/labels';
import '../groups.css';

/** Business page tab "Kelompok & bantuan": the groups it belongs to and the aid those groups received. */
export default function BusinessGroupsTab({ business }: BusinessTabProps) {
  const { t } = useTranslation();
  const groups = useBusinessGroups(business.id);
  const aid = useBusinessAid(business.id);
  const delivered = (aid.data ?? []).filter((a) => a.status === 'delivered').reduce((sum, a) => sum + a.totalValueIdr, 0);
  return (
    <div className="business-groups-tab">
      <section className="detail-section" aria-labelledby="bg-groups-title">
        <h2 id="bg-groups-title">{t('groups.tab.groupsTitle')}</h2>
        {groups.isPending ? (
          <LoadingState />
        ) : groups.isError ? (
          <ErrorState error={groups.error} onRetry={() => void groups.refetch()} />
        ) : groups.data.length === 0 ? (
          <EmptyState>{t('groups.tab.noGroups')}</EmptyState>
        ) : (
          <ul className="plain-list">
            {groups.data.map((g) => (
              <li key={g.id}>
                <Link to={`/groups/${encodeURIComponent(g.id)}`}>{g.name}</Link> · {label(kindLabels, g.kind, t)} · {g.kecamatanName}
                {g.leaderBusinessId === business.id && <span className="badge badge-status-active">{t('groups.members.leader')}</span>}
                {g.status === 'inactive' && <span className="badge badge-muted">{label(statusLabels, g.status, t)}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="detail-section" aria-labelledby="bg-aid-title">
        <h2 id="bg-aid-title">{t('groups.tab.aidTitle')}</h2>
        <p className="muted small">{t('groups.tab.aidNote')}</p>
        {aid.isPending ? (
          <LoadingState />
        ) : aid.isError ? (
          <ErrorState error={aid.error} onRetry={() => void aid.refetch()} />
        ) : aid.data.length === 0 ? (
          <EmptyState>{t('groups.tab.noAid')}</EmptyState>
        ) : (
          <>
            <p>{t('groups.aid.deliveredTotal', { total: formatRupiah(delivered) })}</p>
            <AidTable items={aid.data} showGroup caption={t('groups.tab.aidTitle')} />
          </>
        )}
      </section>
    </div>
  );
}
