import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, unwrap } from '@/lib/api/client';
import type { paths } from '@/lib/api/schema';
import { formatNumber, localeFor } from '@/lib/format';
import { sharedKeys } from '@/lib/query-keys';
import { ErrorState, LoadingState } from './states';

type JsonOf<T> = T extends { content: { 'application/json': infer B } } ? B : never;
export type ReadinessByKecamatan = JsonOf<paths['/api/v1/dashboard/readiness-by-kecamatan']['get']['responses'][200]>;

/** Per kecamatan, how many not yet listed businesses miss each e-katalog requirement (GET /dashboard/readiness-by-kecamatan). */
export function useReadinessByKecamatan() {
  return useQuery({
    queryKey: sharedKeys.readinessByKecamatan,
    queryFn: async () => unwrap(await api.GET('/api/v1/dashboard/readiness-by-kecamatan')),
    refetchOnMount: 'always', // other screens change readiness and cannot tell this one
  });
}

type Props = {
  caption: string;
  /** The words for a requirement code (each feature has its own labels). */
  requirementLabel: (code: string) => string;
  /** Where a cell leads: the readiness list filtered by that requirement and kecamatan. */
  linkTo: (requirement: string, kecamatan: string) => string;
};

/**
 * The kecamatan x missing-requirement table (issue #18): where the e-katalog blockers are. Kecamatan
 * with the most businesses not yet listed first; each count leads to the filtered readiness list.
 */
export function ReadinessMatrix({ caption, requirementLabel, linkTo }: Props) {
  const { t, i18n } = useTranslation();
  const locale = localeFor(i18n.language);
  const query = useReadinessByKecamatan();
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const { requirements, rows, totals } = query.data;
  // Requirements nobody misses add nothing but width: leave those columns out.
  const columns = requirements.map((code, index) => ({ code, index })).filter((c) => (totals[c.index] ?? 0) > 0);
  const sorted = [...rows].sort((a, b) => b.notListed - a.notListed || a.name.localeCompare(b.name));
  const num = (n: number) => formatNumber(n, locale);
  const cell = (requirement: string, kecamatan: string, kecamatanName: string, count: number) =>
    count > 0 ? (
      <Link
        to={linkTo(requirement, kecamatan)}
        aria-label={t('readinessMatrix.cellLabel', { n: num(count), requirement: requirementLabel(requirement), kecamatan: kecamatanName })}
      >
        {num(count)}
      </Link>
    ) : (
      '0'
    );
  return (
    <div className="table-wrap readiness-matrix" data-testid="readiness-matrix">
      <table className="data-table">
        <caption className="dash-table-caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('readinessMatrix.kecamatan')}</th>
            <th scope="col" className="num">
              {t('readinessMatrix.notListed')}
            </th>
            {columns.map((c) => (
              <th key={c.code} scope="col" className="num">
                {requirementLabel(c.code)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={row.code}>
              <th scope="row">{row.name}</th>
              <td className="num">{num(row.notListed)}</td>
              {columns.map((c) => (
                <td key={c.code} className="num">
                  {cell(c.code, row.code, row.name, row.missing[c.index] ?? 0)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('readinessMatrix.total')}</th>
            <td className="num">{num(rows.reduce((sum, r) => sum + r.notListed, 0))}</td>
            {columns.map((c) => (
              <td key={c.code} className="num">
                {num(totals[c.index] ?? 0)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
