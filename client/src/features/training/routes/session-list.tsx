import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PagedResults } from '@/components/paged-results';
import { EmptyState, QueryResult } from '@/components/states';
import { useAuth } from '@/lib/auth/auth-context';
import { EDITOR_ROLES, hasRole } from '@/lib/auth/roles';
import { formatNumber, localeFor } from '@/lib/format';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useListState } from '@/lib/use-list-state';
import { useTrainingSessions } from '../api/list-training-sessions';
import { QuarterNav } from '../components/quarter-nav';
import { SessionCalendar } from '../components/session-calendar';
import { SessionFilters } from '../components/session-filters';
import { SessionTable } from '../components/session-table';
import {
  CALENDAR_PAGE_SIZE,
  hasSessionFilters,
  sessionListSpec,
  sessionParams,
  toSessionApiQuery,
  toSessionSearchParams,
  type SessionListParams,
} from '../utils/session-list-params';
import { quarterMonths, quarterOf } from '../utils/time';
import '../training.css';

export default function SessionListPage() {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const { state, replace } = useListState(sessionListSpec);
  const params = sessionParams(state);
  const query = useTrainingSessions(toSessionApiQuery(params));
  const { session } = useAuth();
  const canPlan = hasRole(session?.user.role, EDITOR_ROLES);
  useDocumentTitle(t('training.title'));

  function update(changes: Partial<SessionListParams>, resetPage = true) {
    replace(toSessionSearchParams({ ...params, ...(resetPage ? { page: 1 } : {}), ...changes }));
  }

  const months = quarterMonths(params.quarter);
  const monthName = (m: number) =>
    new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(params.quarter.year, m - 1, 1)));
  const calendar = params.view === 'calendar';

  return (
    <div className="page">
      <div className="page-header">
        <h1>{t('training.title')}</h1>
        {query.data && (
          <p className="muted" aria-live="polite">
            {t('training.list.count', { total: formatNumber(query.data.totalCount, locale) })}
          </p>
        )}
        <div className="page-actions page-header-action">
          <Link to="/training/reports" className="button button-secondary">
            {t('training.list.reports')}
          </Link>
          {canPlan && (
            <Link to="/training/new" className="button button-primary">
              {t('training.list.plan')}
            </Link>
          )}
        </div>
      </div>

      <QuarterNav quarter={params.quarter} current={quarterOf(new Date())} onChange={(quarter) => update({ quarter })} />

      <div className="training-toolbar">
        <div className="training-toggle" role="group" aria-label={t('training.view.label')}>
          <button type="button" className="button button-secondary" aria-pressed={!calendar} onClick={() => update({ view: 'list' })}>
            {t('training.view.list')}
          </button>
          <button type="button" className="button button-secondary" aria-pressed={calendar} onClick={() => update({ view: 'calendar' })}>
            {t('training.view.calendar')}
          </button>
        </div>
        {calendar && (
          <div className="training-toggle" role="group" aria-label={t('training.view.spanLabel')}>
            <button
              type="button"
              className="button button-secondary"
              aria-pressed={params.span === 'quarter'}
              onClick={() => update({ span: 'quarter' })}
            >
              {t('training.view.quarter')}
            </button>
            {months.map((m, i) => (
              <button
                key={m}
                type="button"
                className="button button-secondary"
                aria-pressed={params.span === 'month' && params.month === i + 1}
                onClick={() => update({ span: 'month', month: (i + 1) as SessionListParams['month'] })}
              >
                {monthName(m)}
              </button>
            ))}
          </div>
        )}
      </div>

      <SessionFilters params={params} onChange={(changes) => update(changes)} />

      {calendar ? (
        <QueryResult query={query}>
          {(data) => (
            <>
              {data.totalCount > CALENDAR_PAGE_SIZE && (
                <p className="alert alert-warning" role="status">
                  {t('training.view.truncated', { shown: CALENDAR_PAGE_SIZE, total: data.totalCount })}
                </p>
              )}
              {data.items.length === 0 && <EmptyState>{t('training.list.empty')}</EmptyState>}
              <SessionCalendar
                quarter={params.quarter}
                months={params.span === 'month' ? [months[params.month - 1]!] : months}
                sessions={data.items}
              />
            </>
          )}
        </QueryResult>
      ) : (
        <PagedResults
          query={query}
          empty={t('training.list.empty')}
          clearFilters={hasSessionFilters(params) ? { label: t('training.filters.clear'), onClear: () => update({ topic: '', status: '', kecamatan: '' }) } : undefined}
          onPageChange={(page) => update({ page }, false)}
        >
          {(data) => <SessionTable items={data.items} sort={params.sort} onSort={(sort) => update({ sort })} busy={query.isPlaceholderData} />}
        </PagedResults>
      )}
    </div>
  );
}
