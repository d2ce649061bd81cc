import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SelectField } from '@/components/form-field';
import { KecamatanSelect } from '@/components/kecamatan-select';
import { PagedResults } from '@/components/paged-results';
import { nextSort, SortHeader } from '@/components/sort-header';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { Tabs } from '@/components/tabs';
import { formatNumber, formatRupiah, localeFor } from '@/lib/format';
import { isKecamatanCode, isYear, oneOf, type ListSpec, type ListState } from '@/lib/list-params';
import { useKecamatan } from '@/lib/reference/list-kecamatan';
import { useDocumentTitle } from '@/lib/use-document-title';
import { useListState } from '@/lib/use-list-state';
import { useAidValueReport, useBeneficiaries, useGroupsNeverHelped, useGroupsWithMemberLoans } from '../api/aid';
import type { AidValueBy } from '../api/types';
import { GroupsWithLoansTable } from '../components/groups-with-loans-table';
import { recentYears } from '../components/labels';
import '../aid.css';

const REPORTS = ['member-loans', 'value', 'beneficiaries', 'never-helped'] as const;
type Report = (typeof REPORTS)[number];
const BY: AidValueBy[] = ['group', 'kecamatan', 'programme', 'year'];

type Params = { report: Report; year: number | null; by: AidValueBy; kecamatan: string; page: number; sort: string };

/** The report page's URL: which report, its year ("all" for every year), grouping, kecamatan, sort and page. */
const reportSpec: ListSpec<'report' | 'year' | 'by' | 'kecamatan'> = {
  filters: { report: oneOf(...REPORTS), year: (v) => v === 'all' || isYear(v), by: oneOf(...BY), kecamatan: isKecamatanCode },
  sortKeys: ['name', 'groupAidValue', 'distributions'],
  defaultSort: '-groupAidValue',
};

function paramsOf({ filters: f, page, sort }: ListState<'report' | 'year' | 'by' | 'kecamatan'>): Params {
  return {
    report: (f.report || 'member-loans') as Report,
    // no year: this year; "all": every year (value and beneficiaries only)
    year: f.year === 'all' ? null : f.year ? Number(f.year) : new Date().getFullYear(),
    by: (f.by || 'kecamatan') as AidValueBy,
    kecamatan: f.kecamatan,
    page,
    sort,
  };
}

export default function AidReportsPage() {
  const { t } = useTranslation();
  const list = useListState(reportSpec, { replace: true });
  const params = paramsOf(list.state);
  useDocumentTitle(t('aid.reports.title'));

  /** Sets the values given ('' drops one); any change but the page's goes back to page 1. */
  function update({ page, sort, ...filters }: Record<string, string>) {
    list.update({ ...(page ? { page: Number(page) } : {}), ...(sort !== undefined ? { sort: sort || reportSpec.defaultSort } : {}) }, filters);
  }
  const tabLabels: Record<Report, string> = {
    'member-loans': t('aid.reports.tabs.memberLoans'),
    value: t('aid.reports.tabs.value'),
    beneficiaries: t('aid.reports.tabs.beneficiaries'),
    'never-helped': t('aid.reports.tabs.neverHelped'),
  };

  return (
    <div className="page">
      <p>
        <Link to="/aid" className="back-link">
          ← {t('aid.backToList')}
        </Link>
      </p>
      <h1>{t('aid.reports.title')}</h1>
      <Tabs
        label={t('aid.reports.tabsLabel')}
        idPrefix="aid-report"
        selected={params.report}
        onSelect={(report) => update({ report, sort: '', kecamatan: '' })}
        tabs={REPORTS.map((id) => ({ id, label: tabLabels[id] }))}
      >
        {params.report === 'member-loans' && <MemberLoansReport year={params.year ?? new Date().getFullYear()} onYear={(y) => update({ year: y })} />}
        {params.report === 'value' && <ValueReport params={params} update={update} />}
        {params.report === 'beneficiaries' && <BeneficiariesReport params={params} update={update} />}
        {params.report === 'never-helped' && <NeverHelpedReport params={params} update={update} />}
      </Tabs>
    </div>
  );
}

type Update = (changes: Record<string, string>) => void;

function YearSelect({ value, onChange, allowAll }: { value: number | null; onChange: (value: string) => void; allowAll?: boolean }) {
  const { t } = useTranslation();
  const years = recentYears();
  if (value !== null && !years.includes(value)) years.push(value);
  return (
    <SelectField
      label={t('aid.reports.year')}
      value={value === null ? 'all' : String(value)}
      onChange={(e) => onChange(e.target.value)}
      options={[...(allowAll ? [{ value: 'all', label: t('aid.reports.allYears') }] : []), ...years.map((y) => ({ value: String(y), label: String(y) }))]}
    />
  );
}

function MemberLoansReport({ year, onYear }: { year: number; onYear: (value: string) => void }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const report = useGroupsWithMemberLoans(year);
  return (
    <div>
      <h2>{t('aid.reports.loans.title', { year })}</h2>
      <p className="muted">{t('aid.reports.loans.intro')}</p>
      <div className="filter-selects">
        <YearSelect value={year} onChange={onYear} />
      </div>
      {report.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : report.data.items.length === 0 ? (
        <EmptyState>{t('aid.reports.loans.empty', { year })}</EmptyState>
      ) : (
        <>
          <p className="report-summary" aria-live="polite">
            {t('aid.reports.loans.summary', {
              groups: formatNumber(report.data.groups, locale),
              value: formatRupiah(report.data.totalValueIdr),
              members: formatNumber(report.data.membersWithLoans, locale),
            })}
          </p>
          <GroupsWithLoansTable items={report.data.items} year={report.data.year} />
        </>
      )}
    </div>
  );
}

function ValueReport({ params, update }: { params: Params; update: Update }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const report = useAidValueReport(params.by, params.year);
  const byLabels: Record<AidValueBy, string> = {
    group: t('aid.reports.value.by.group'),
    kecamatan: t('aid.reports.value.by.kecamatan'),
    programme: t('aid.reports.value.by.programme'),
    year: t('aid.reports.value.by.year'),
  };
  const total = (report.data ?? []).reduce((sum, line) => sum + line.totalValueIdr, 0);
  return (
    <div>
      <h2>{t('aid.reports.value.title')}</h2>
      <p className="muted">{t('aid.reports.value.intro')}</p>
      <div className="filter-selects">
        <SelectField label={t('aid.reports.value.byLabel')} value={params.by} onChange={(e) => update({ by: e.target.value })} options={BY.map((b) => ({ value: b, label: byLabels[b] }))} />
        <YearSelect value={params.year} allowAll onChange={(year) => update({ year })} />
      </div>
      {report.isPending ? (
        <LoadingState />
      ) : report.isError ? (
        <ErrorState error={report.error} onRetry={() => void report.refetch()} />
      ) : report.data.length === 0 ? (
        <EmptyState>{t('aid.reports.value.empty')}</EmptyState>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t('aid.reports.value.caption', { by: byLabels[params.by] })}</caption>
            <thead>
              <tr>
                <th scope="col">{byLabels[params.by]}</th>
                <th scope="col" className="num">{t('aid.reports.value.distributions')}</th>
                <th scope="col" className="num">{t('aid.reports.value.groups')}</th>
                <th scope="col" className="num">{t('aid.reports.value.total')}</th>
              </tr>
            </thead>
            <tbody>
              {report.data.map((line) => (
                <tr key={line.key}>
                  <th scope="row">{params.by === 'group' ? <Link to={`/groups/${encodeURIComponent(line.key)}`}>{line.label}</Link> : line.label}</th>
                  <td className="num">{formatNumber(line.distributions, locale)}</td>
                  <td className="num">{formatNumber(line.groups, locale)}</td>
                  <td className="num">{formatRupiah(line.totalValueIdr)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  {t('aid.reports.value.sum')}
                </th>
                <td className="num">
                  <strong>{formatRupiah(total)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </div>
  );
}

function BeneficiariesReport({ params, update }: { params: Params; update: Update }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const kecamatan = useKecamatan();
  const report = useBeneficiaries({ year: params.year, kecamatan: params.kecamatan, page: params.page, sort: params.sort });
  const names = new Map((kecamatan.data ?? []).map((k) => [k.code, k.name]));
  const sortProps = {
    sort: params.sort,
    onSort: (column: string) => update({ sort: nextSort(params.sort, column) }),
    ascendingText: t('aid.sort.ascending'),
    descendingText: t('aid.sort.descending'),
  };
  return (
    <div>
      <h2>{t('aid.reports.beneficiaries.title')}</h2>
      <p className="muted">{t('aid.reports.beneficiaries.intro')}</p>
      <div className="filter-selects">
        <YearSelect value={params.year} allowAll onChange={(year) => update({ year })} />
        <KecamatanSelect label={t('aid.filters.kecamatan')} blank={t('aid.filters.all')} value={params.kecamatan} onChange={(e) => update({ kecamatan: e.target.value })} />
      </div>
      <PagedResults query={report} empty={t('aid.reports.beneficiaries.empty')} onPageChange={(page) => update({ page: String(page) })}>
        {(data) => (
          <>
            <div className="table-wrap" aria-busy={report.isPlaceholderData || undefined}>
              <table className="data-table">
                <caption className="visually-hidden">{t('aid.reports.beneficiaries.title')}</caption>
                <thead>
                  <tr>
                    <SortHeader column="name" label={t('aid.reports.beneficiaries.name')} {...sortProps} />
                    <th scope="col">{t('aid.filters.kecamatan')}</th>
                    <th scope="col" className="num">{t('aid.reports.beneficiaries.groups')}</th>
                    <SortHeader column="distributions" label={t('aid.reports.beneficiaries.distributions')} {...sortProps} />
                    <SortHeader column="groupAidValue" label={t('aid.reports.beneficiaries.value')} {...sortProps} />
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((line) => (
                    <tr key={line.businessId}>
                      <th scope="row">
                        <Link to={`/businesses/${encodeURIComponent(line.businessId)}?tab=groups-aid`}>{line.name}</Link>
                      </th>
                      <td>{names.get(line.kecamatanCode) ?? line.kecamatanCode}</td>
                      <td className="num">{formatNumber(line.groups, locale)}</td>
                      <td className="num">{formatNumber(line.distributions, locale)}</td>
                      <td className="num">{formatRupiah(line.groupAidValueIdr)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p className="muted small">{t('aid.reports.beneficiaries.note')}</p>
          </>
        )}
      </PagedResults>
    </div>
  );
}

function NeverHelpedReport({ params, update }: { params: Params; update: Update }) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const report = useGroupsNeverHelped({ kecamatan: params.kecamatan, page: params.page });
  return (
    <div>
      <h2>{t('aid.reports.never.title')}</h2>
      <p className="muted">{t('aid.reports.never.intro')}</p>
      <div className="filter-selects">
        <KecamatanSelect label={t('aid.filters.kecamatan')} blank={t('aid.filters.all')} value={params.kecamatan} onChange={(e) => update({ kecamatan: e.target.value })} />
      </div>
      <PagedResults query={report} empty={t('aid.reports.never.empty')} onPageChange={(page) => update({ page: String(page) })}>
        {(data) => (
          <>
            <p>{t('aid.reports.never.count', { total: formatNumber(data.totalCount, locale) })}</p>
            <div className="table-wrap" aria-busy={report.isPlaceholderData || undefined}>
              <table className="data-table">
                <caption className="visually-hidden">{t('aid.reports.never.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('aid.reports.loans.group')}</th>
                    <th scope="col">{t('aid.filters.kecamatan')}</th>
                    <th scope="col">{t('aid.reports.never.leader')}</th>
                    <th scope="col" className="num">{t('aid.reports.loans.members')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.items.map((g) => (
                    <tr key={g.id}>
                      <th scope="row">
                        <Link to={`/groups/${encodeURIComponent(g.id)}`}>{g.name}</Link>
                      </th>
                      <td>{g.kecamatanName}</td>
                      <td>{g.leaderBusinessName}</td>
                      <td className="num">{formatNumber(g.memberCount, locale)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </PagedResults>
    </div>
  );
}
