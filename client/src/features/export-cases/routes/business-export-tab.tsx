import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PagedResults } from '@/components/paged-results';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import type { BusinessTabProps } from '@/lib/features/types';
import { useExportCases } from '../api/list-export-cases';
import { CaseTable } from '../components/case-table';
import '../export-cases.css';

/** The business page's "Pendampingan ekspor" tab: that business's export cases, newest first. */
export default function BusinessExportTab({ business }: BusinessTabProps) {
  const { t } = useTranslation();
  const { session } = useAuth();
  const [searchParams, setSearchParams] = useSearchParams();
  const pageText = searchParams.get('exportPage') ?? '1';
  const page = /^\d+$/.test(pageText) && Number(pageText) >= 1 ? Number(pageText) : 1;
  const query = useExportCases({ businessId: business.id, sort: '-openedOn', page, pageSize: 25 });
  const canOpen = hasRole(session?.user.role, EDITOR_ROLES) && business.status === 'active';

  return (
    <section aria-labelledby="ec-tab-heading">
      <div className="page-header">
        <h2 id="ec-tab-heading">{t('export-cases.businessTab.heading')}</h2>
        {canOpen && (
          <Link to={`/export-cases/new?businessId=${encodeURIComponent(business.id)}`} className="button button-primary page-header-action">
            {t('export-cases.businessTab.open')}
          </Link>
        )}
      </div>
      <PagedResults query={query} empty={t('export-cases.businessTab.empty')} onPageChange={(next) => {
              const search = new URLSearchParams(searchParams);
              if (next === 1) search.delete('exportPage');
              else search.set('exportPage', String(next));
              setSearchParams(search, { replace: true });
            }}>
        {(data) => (
          <CaseTable items={data.items} caption={t('export-cases.businessTab.heading')} columns={['product', 'overdue', 'opened']} busy={query.isPlaceholderData} />
        )}
      </PagedResults>
    </section>
  );
}
