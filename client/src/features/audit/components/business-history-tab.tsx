import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedResults } from '@/components/paged-results';
import type { BusinessTabProps } from '@/lib/features/types';
import { useAuditEvents } from '../api/list-audit-events';
import { AUDIT_PAGE_SIZE } from '../utils/audit-params';
import { AuditTable } from './audit-table';

/** The business page's "Riwayat" tab: that business's audit events, newest first. */
export default function BusinessHistoryTab({ business }: BusinessTabProps) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const query = useAuditEvents({ entityType: 'business', entityId: business.id, page, pageSize: AUDIT_PAGE_SIZE, sort: '-occurredAt' });
  const fullTrail = `/audit?entityType=business&entityId=${encodeURIComponent(business.id)}`;

  return (
    <section aria-labelledby="business-history-title">
      <h2 id="business-history-title">{t('audit.tab.title')}</h2>
      <PagedResults query={query} empty={t('audit.tab.empty')} onPageChange={setPage}>
        {(data) => <AuditTable items={data.items} busy={query.isPlaceholderData} showEntity={false} />}
      </PagedResults>
      <p>
        <Link to={fullTrail}>{t('audit.tab.openFull')}</Link>
      </p>
    </section>
  );
}
