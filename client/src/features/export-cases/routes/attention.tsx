import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PagedResults } from '@/components/paged-results';
import { formatNumber, localeFor } from '@/lib/format';
import { pageFrom, withPage } from '@/lib/list-params';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useExportCases } from '../api/list-export-cases';
import type { ExportCaseListQuery } from '../api/types';
import { CaseTable } from '../components/case-table';
import { ExportSubNav } from '../components/sub-nav';

type View = 'overdue' | 'expiring';
const PAGE_SIZE = 25;

export function attentionQuery(view: View, page: number): ExportCaseListQuery {
  return view === 'overdue'
    ? { overdue: true, sort: 'stageEnteredAt', page, pageSize: PAGE_SIZE }
    : { stage: 'open', expiringWithinDays: 30, sort: 'stageEnteredAt', page, pageSize: PAGE_SIZE };
}

/** Which cases are stuck and for how long: overdue in their stage, or with documents about to expire. */
export default function ExportAttentionPage() {
  const { t, i18n } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const view: View = searchParams.get('view') === 'expiring' ? 'expiring' : 'overdue';
  const page = pageFrom(searchParams);
  const setPage = (next: number) => setSearchParams(withPage(searchParams, next));
  const query = useExportCases(attentionQuery(view, page));
  useDocumentTitle(t('export-cases.attention.title'));

  const tab = (value: View, text: string) => (
    <Link to={value === 'overdue' ? '/export-cases/attention' : '/export-cases/attention?view=expiring'} aria-current={view === value ? 'page' : undefined}>
      {text}
    </Link>
  );

  return (
    <div className="page ec-page">
      <div className="page-header">
        <h1>{t('export-cases.attention.title')}</h1>
        {query.data && (
          <p className="muted" aria-live="polite">
            {t('export-cases.attention.count', { total: formatNumber(query.data.totalCount, localeFor(i18n.language)) })}
          </p>
        )}
      </div>
      <ExportSubNav />
      <nav className="ec-subnav" aria-label={t('export-cases.attention.views')}>
        {tab('overdue', t('export-cases.attention.overdue'))}
        {tab('expiring', t('export-cases.attention.expiring'))}
      </nav>
      <p className="muted">{view === 'overdue' ? t('export-cases.attention.overdueIntro') : t('export-cases.attention.expiringIntro')}</p>
      <PagedResults query={query} empty={view === 'overdue' ? t('export-cases.attention.noneOverdue') : t('export-cases.attention.noneExpiring')} onPageChange={setPage}>
        {(data) => (
          <CaseTable
            items={data.items}
            caption={view === 'overdue' ? t('export-cases.attention.overdue') : t('export-cases.attention.expiring')}
            expiringIds={view === 'expiring' ? new Set(data.items.map((c) => c.id)) : undefined}
            busy={query.isPlaceholderData}
          />
        )}
      </PagedResults>
    </div>
  );
}
